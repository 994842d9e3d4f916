internal import Dispatch
internal import Foundation
internal import IndexStorage
internal import InvertedIndex
internal import SearchCore

extension IndexWriter {
    /// Runs the merges the merge policy asks for (or, with `force`, merges everything into one
    /// segment), each as its own atomic commit. Returns the number of merges done.
    ///
    /// Merges stream the new segment to disk (`SegmentMerger`), so their memory does not grow
    /// with segment size and merged segments need no cap below the policy's own
    /// `maxMergedSegmentBytes`: the tiered policy keeps the segment count logarithmic.
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
                groups = index.configuration.mergePolicy.merges(for: manifest.segments)
            }
            guard let group = groups.first else { return done }
            try mergeGroup(group)
            done += 1
        }
    }

    private func mergeGroup(_ numbers: [Int]) throws(SearchEngineError) {
        let parts = manifest.segments.filter { numbers.contains($0.number) }
        do {
            let readers = try parts.map { s throws(IndexError) in
                let reader = try index.cache.reader(s.fileName)
                // Opening verified the whole checksum: release those pages before the next
                // input is opened, or all inputs are resident at once before the merge starts.
                reader.advise(.releaseResidentPages)
                return reader
            }
            let dels = parts.map { currentDeletions($0.number) }
            // The writer is the only one taking segment numbers, so the batch below starts from
            // this one: the merge can stream to its final name before the batch opens (keeping
            // the SQLite write transaction short).
            let number = manifest.nextSegmentNumber
            let name = SegmentManifest.segmentFileName(number)
            let merged: MergedSegment
            let t0 = DispatchTime.now().uptimeNanoseconds
            defer {
                if Trace.enabled {
                    Trace.log(String(format: "merge of %d segments (%.1f MB) %.2f s", parts.count,
                                     Double(parts.reduce(0) { $0 + $1.sizeInBytes }) / 1_048_576,
                                     Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9))
                }
            }
            do {
                merged = try SegmentMerger.merge(readers, deletions: dels, into: index.directory, name: name)
            } catch {
                try? index.directory.deleteFile(name)
                throw error
            }
            try commitBatch { b in
                if merged.documentCount > 0 { b.writtenFiles.append(name) }
                b.manifest.segments.removeAll { numbers.contains($0.number) }
                for n in numbers { b.deletions[n] = nil }
                for r in readers {
                    for d in 0..<r.documentCount { b.removedLocations.append(r.documentID(UInt32(d))) }
                }
                guard merged.documentCount > 0 else { return }
                precondition(b.manifest.nextSegmentNumber == number, "segment numbers are taken by the writer only")
                b.manifest.nextSegmentNumber += 1
                b.manifest.segments.append(.init(number: number, documentCount: merged.documentCount, sizeInBytes: merged.sizeInBytes))
                for (d, id) in merged.documentIDs.enumerated() { b.newLocations[id] = (number, UInt32(d)) }
            }
            // Unmap the merged-away inputs now (snapshots still using them keep their own
            // references); otherwise their pages stay mapped until the next snapshot.
            index.cache.retain(only: manifest.referencedFiles)
        } catch {
            throw SearchEngineError.wrap(error)
        }
    }
}
