internal import Dispatch
internal import Foundation
internal import IndexStorage
internal import InvertedIndex
internal import SearchCore
import Synchronization

extension IndexWriter {
    /// Runs the merges the merge policy asks for (or, with `force`, merges everything into one
    /// segment), returning the number of merges done. Merges the policy finds together are
    /// disjoint, so up to `concurrentMerges` of them run at once, and they commit together
    /// as one atomic change of the manifest.
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
            guard !groups.isEmpty else { return done }
            let round = Array(groups.prefix(Self.concurrentMerges))
            try mergeGroups(round)
            done += round.count
        }
    }

    /// Merges running at once: one per core. A merge is one thread of decoding and encoding
    /// with bounded memory (~1.5 MB of buffers plus 24 bytes per input document), so a second
    /// one uses the other core instead of waiting: NoReC ×10 ends with four merges of ten
    /// segments, 8.3 s one after another.
    static var concurrentMerges: Int { max(1, System.coreCount) }

    private func mergeGroups(_ groups: [[Int]]) throws(SearchEngineError) {
        let parts = groups.map { numbers in manifest.segments.filter { numbers.contains($0.number) } }
        // The writer is the only one taking segment numbers, so the batch below starts from
        // these: the merges stream to their final names before the batch opens (keeping the
        // SQLite write transaction short).
        let firstNumber = manifest.nextSegmentNumber
        let names = groups.indices.map { SegmentManifest.segmentFileName(firstNumber + $0) }
        do {
            let readers = try parts.map { group throws(IndexError) in
                try group.map { s throws(IndexError) in
                    let reader = try index.cache.reader(s.fileName)
                    // Opening verified the whole checksum: release those pages before the next
                    // input is opened, or all inputs are resident at once before the merge starts.
                    reader.advise(.releaseResidentPages)
                    return reader
                }
            }
            let deletions = parts.map { group in group.map { currentDeletions($0.number) } }
            let results = Mutex([Result<MergedSegment, IndexError>?](repeating: nil, count: groups.count))
            let directory = index.directory
            DispatchQueue.concurrentPerform(iterations: groups.count) { i in
                let t0 = DispatchTime.now().uptimeNanoseconds
                let result = Result { () throws(IndexError) -> MergedSegment in
                    try SegmentMerger.merge(readers[i], deletions: deletions[i], into: directory, name: names[i])
                }
                if Trace.enabled {
                    Trace.log(String(format: "merge of %d segments (%.1f MB) %.2f s", parts[i].count,
                                     Double(parts[i].reduce(0) { $0 + $1.sizeInBytes }) / 1_048_576,
                                     Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9))
                }
                results.withLock { $0[i] = result }
            }
            let merged: [MergedSegment]
            do {
                merged = try results.withLock { $0 }.map { result throws(IndexError) in try result!.get() }
            } catch {
                for name in names { try? directory.deleteFile(name) }
                throw error
            }
            try commitBatch { b in
                precondition(b.manifest.nextSegmentNumber == firstNumber, "segment numbers are taken by the writer only")
                b.manifest.nextSegmentNumber = firstNumber + groups.count
                for (i, numbers) in groups.enumerated() {
                    b.manifest.segments.removeAll { numbers.contains($0.number) }
                    for n in numbers { b.deletions[n] = nil }
                    for r in readers[i] {
                        for d in 0..<r.documentCount { b.removedLocations.append(r.documentID(UInt32(d))) }
                    }
                    guard merged[i].documentCount > 0 else { continue }
                    b.writtenFiles.append(names[i])
                    let number = firstNumber + i
                    b.manifest.segments.append(.init(number: number, documentCount: merged[i].documentCount, sizeInBytes: merged[i].sizeInBytes))
                    for (d, id) in merged[i].documentIDs.enumerated() { b.newLocations[id] = (number, UInt32(d)) }
                }
            }
            // Unmap the merged-away inputs now (snapshots still using them keep their own
            // references); otherwise their pages stay mapped until the next snapshot.
            index.cache.retain(only: manifest.referencedFiles)
        } catch {
            throw SearchEngineError.wrap(error)
        }
    }
}
