internal import IndexStorage
internal import InvertedIndex
internal import SearchCore

extension IndexWriter {
    /// Runs the merges the merge policy asks for (or, with `force`, merges everything into one
    /// segment), each as its own atomic commit. Returns the number of merges done.
    @discardableResult
    public func merge(force: Bool = false) throws(SearchEngineError) -> Int {
        var done = 0
        while true {
            let groups: [[Int]]
            if force {
                let all = manifest.segments
                let needed = all.count > 1 || all.contains { $0.deletedCount > 0 }
                groups = needed && done == 0 ? [all.map(\.number)] : []
            } else {
                groups = effectivePolicy.merges(for: manifest.segments)
            }
            guard let group = groups.first else { return done }
            try mergeGroup(group)
            done += 1
        }
    }

    /// Share of the indexing memory budget one merged segment may reach. Merges build the new
    /// segment in memory (postings, positions, then the file), about 3× its size at the peak, so
    /// a third of the budget keeps merging within it; beyond that, segments stay side by side.
    static let mergedSegmentShareOfBudget = 3

    /// The configured policy with merged segments capped so a merge fits the memory budget.
    var effectivePolicy: TieredMergePolicy {
        var p = index.configuration.mergePolicy
        p.maxMergedSegmentBytes = min(p.maxMergedSegmentBytes, index.configuration.indexingMemoryBudgetBytes / Self.mergedSegmentShareOfBudget)
        return p
    }

    private func mergeGroup(_ numbers: [Int]) throws(SearchEngineError) {
        let parts = manifest.segments.filter { numbers.contains($0.number) }
        do {
            let readers = try parts.map { s throws(IndexError) in try index.cache.reader(s.fileName) }
            let dels = parts.map { currentDeletions($0.number) }
            let (bytes, count) = try SegmentMerger.merge(readers, deletions: dels)
            try commitBatch { b in
                b.manifest.segments.removeAll { numbers.contains($0.number) }
                for n in numbers { b.deletions[n] = nil }
                for r in readers {
                    for d in 0..<r.documentCount { b.removedLocations.append(r.documentID(UInt32(d))) }
                }
                guard count > 0 else { return }
                let number = b.manifest.nextSegmentNumber
                b.manifest.nextSegmentNumber += 1
                let name = SegmentManifest.segmentFileName(number)
                try index.directory.writeFile(name, bytes)
                b.writtenFiles.append(name)
                b.manifest.segments.append(.init(number: number, documentCount: count, sizeInBytes: bytes.count))
                let merged = try index.cache.reader(name)
                for d in 0..<merged.documentCount { b.newLocations[merged.documentID(UInt32(d))] = (number, UInt32(d)) }
            }
        } catch {
            throw SearchEngineError.wrap(error)
        }
    }
}
