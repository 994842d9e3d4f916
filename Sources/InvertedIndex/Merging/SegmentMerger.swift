public import IndexStorage
public import SearchCore
import Glibc

/// Merges segments into one, dropping deleted docs and renumbering the rest densely (segment
/// order, then doc order). Works term by term: a k-way merge over the sorted dictionaries, each
/// term's postings re-read and re-encoded into a `SegmentSink` that streams the new file out.
/// Positions are not re-encoded: a document keeps its positions when it is renumbered, so each
/// document's position bytes are copied as they are.
/// Memory: one merged term's postings and positions, the sink's buffers, and 24 bytes per input
/// document (the renumbering map, ids and field lengths) — not the size of the segment.
public enum SegmentMerger {
    /// Output bytes between two releases of the inputs' resident pages. The inputs are mapped,
    /// and every page a merge reads counts in the process's resident memory until released; the
    /// merge touches about 2.5 bytes of input per byte it writes (measured: 10–20 MB resident
    /// between releases every 8 MiB, with 8 inputs), so releasing every 4 MiB keeps the inputs
    /// near 10 MB however large the merge. A release is cheap: `madvise` walks the page tables
    /// (~10 µs for 100 MB), and only the pages each input is reading at that moment (three or
    /// four per input) are faulted in again, from the page cache.
    static let residentInputReleaseBytes = 4 << 20
    /// Terms merged between two looks at the output size: keeps the check off the per-term path.
    static let termsBetweenReleaseChecks = 256

    /// Merges `segments` into a new file `name` in `directory` (durable when this returns).
    /// `deletions[i]` are the deleted docs of `segments[i]`. When no document is live, nothing
    /// is written and the result has `documentCount` 0. On failure no file of that name exists.
    public static func merge(
        _ segments: [SegmentReader], deletions: [DeletionSet?], into directory: some IndexDirectory, name: String
    ) throws(IndexError) -> MergedSegment {
        for s in segments {
            s.advise(.sequential)
            s.advise(.releaseResidentPages)
        }
        defer { for s in segments { s.advise(.releaseResidentPages) } }
        // Doc renumbering: `newDoc[i][d]` is the new number of doc `d` of segment `i`
        // (`exhausted` when deleted). A segment without deletions keeps its docs in order,
        // shifted by `docBase[i]`, and gets an empty map instead: that spares a load per posting
        // from a map that misses the cache.
        var newDoc: [[UInt32]] = []
        var docBase: [UInt32] = []
        var documentIDs: [DocumentID] = []
        var fieldLengths: [[UInt32]] = Array(repeating: [], count: FieldID.allCases.count)
        for (i, seg) in segments.enumerated() {
            docBase.append(UInt32(documentIDs.count))
            let hasDeletions = (deletions[i]?.deletedCount ?? 0) > 0
            var map = [UInt32](repeating: PostingsIterator.exhausted, count: hasDeletions ? seg.documentCount : 0)
            for d in 0..<seg.documentCount where !(deletions[i]?.contains(UInt32(d)) ?? false) {
                if hasDeletions { map[d] = UInt32(documentIDs.count) }
                documentIDs.append(seg.documentID(UInt32(d)))
                for f in FieldID.allCases { fieldLengths[Int(f.rawValue)].append(seg.fieldLength(f, UInt32(d))) }
            }
            newDoc.append(map)
        }
        guard !documentIDs.isEmpty else { return MergedSegment(sizeInBytes: 0, documentIDs: []) }

        var sink = try SegmentSink(directory: directory, name: name, fieldLengths: fieldLengths, documentIDs: documentIDs)
        // One merged term's docs and freqs, written through pointers: sized to the largest
        // term so far (the inputs' doc frequencies bound it), so no append checks capacity.
        var docs: [UInt32] = []
        var freqs: [UInt32] = []
        var positions: [UInt8] = []
        var blockPositionOffsets: [Int] = []
        var matching: [Int] = []
        var key: [UInt8] = []
        var termsSinceCheck = 0
        var releasedAt = 0
        for field in FieldID.allCases {
            // k-way merge of the segments' sorted term lists: only one key per segment is held
            // at a time (k is small, so a linear scan for the minimum beats a heap).
            var enumerators = segments.map { TermEnumerator($0.dictionary, field: field.rawValue) }
            var live = enumerators.indices.map { enumerators[$0].next() }
            // Each enumerator's current key, copied into a buffer of its own once per step.
            var keys = enumerators.indices.map { live[$0] ? enumerators[$0].key : [] }
            // One postings iterator per input, pointed at each term in turn.
            var iterators = [PostingsIterator?](repeating: nil, count: segments.count)
            while true {
                // The inputs whose current key is the smallest, in segment order.
                matching.removeAll(keepingCapacity: true)
                for i in enumerators.indices where live[i] {
                    let order = matching.isEmpty ? -1 : Self.compare(keys[i], keys[matching[0]])
                    if order < 0 { matching.removeAll(keepingCapacity: true) }
                    if order <= 0 { matching.append(i) }
                }
                guard let first = matching.first else { break }
                key.removeAll(keepingCapacity: true)
                key.append(contentsOf: keys[first])
                var total = 0
                for i in matching { total += Int(enumerators[i].info.docFreq) }
                if docs.count < total {
                    docs = [UInt32](repeating: 0, count: max(total, 2 * docs.count))
                    freqs = docs
                }
                var count = 0
                positions.removeAll(keepingCapacity: true)
                blockPositionOffsets.removeAll(keepingCapacity: true)
                for i in matching {
                    let info = enumerators[i].info
                    let it: PostingsIterator
                    if let reused = iterators[i] {
                        reused.reset(to: info)
                        it = reused
                    } else {
                        it = segments[i].makeIterator(field, info)
                        iterators[i] = it
                    }
                    var runs = PositionRuns(region: segments[i].positions, start: Int(info.positionsOffset))
                    let base = docBase[i]
                    let documentCount = segments[i].documentCount
                    // The segment's renumbering map is bound once per term: indexing `newDoc[i]`
                    // per document retained and released the inner array each time.
                    let docOutOfRange = docs.withUnsafeMutableBufferPointer { docs in
                        freqs.withUnsafeMutableBufferPointer { freqs in
                            newDoc[i].withUnsafeBufferPointer { map -> Bool in
                                while it.doc != PostingsIterator.exhausted {
                                    guard Int(it.doc) < documentCount, count < docs.count else { return true }
                                    let mapped = map.isEmpty ? base + it.doc : map[Int(it.doc)]
                                    if mapped != PostingsIterator.exhausted {
                                        if count % PostingsFormat.blockSize == 0 {
                                            blockPositionOffsets.append(runs.outputOffsetOfNextDoc(outputCount: positions.count))
                                        }
                                        docs[count] = mapped
                                        freqs[count] = it.freq
                                        count += 1
                                        runs.keep(freq: it.freq)
                                    } else {
                                        runs.drop(freq: it.freq, appendingRunTo: &positions)
                                    }
                                    it.next()
                                }
                                return false
                            }
                        }
                    }
                    runs.finish(appendingTo: &positions)
                    if it.isCorrupted || runs.isDamaged || docOutOfRange { throw .corrupted(segments[i].name, "postinger kan ikke leses under sammenslåing") }
                    live[i] = enumerators[i].next()
                    if live[i] { enumerators[i].copyKey(into: &keys[i]) }
                    if enumerators[i].isDamaged { throw .corrupted(segments[i].name, "termlisten kan ikke leses under sammenslåing") }
                }
                guard count > 0 else { continue }
                try docs.withUnsafeBufferPointer { (d) throws(IndexError) in
                    try freqs.withUnsafeBufferPointer { (f) throws(IndexError) in
                        try sink.addTerm(
                            key: key, docs: UnsafeBufferPointer(rebasing: d[..<count]), freqs: UnsafeBufferPointer(rebasing: f[..<count]),
                            encodedPositions: positions, blockPositionOffsets: blockPositionOffsets)
                    }
                }
                termsSinceCheck += 1
                if termsSinceCheck >= Self.termsBetweenReleaseChecks {
                    termsSinceCheck = 0
                    if sink.bytesWritten - releasedAt >= residentInputReleaseBytes {
                        releasedAt = sink.bytesWritten
                        for s in segments { s.advise(.releaseResidentPages) }
                    }
                }
            }
        }
        let size = try sink.finish()
        return MergedSegment(sizeInBytes: size, documentIDs: documentIDs)
    }

    /// Byte order of two keys (memcmp, then length): negative, zero or positive.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order != 0 ? Int(order) : a.count - b.count
            }
        }
    }

    /// The merged segment's file bytes (streamed into an `InMemoryDirectory`): for tests and
    /// tools. `documentCount` 0 still yields a valid empty segment.
    public static func merge(_ segments: [SegmentReader], deletions: [DeletionSet?]) throws(IndexError) -> (bytes: [UInt8], documentCount: Int) {
        let directory = InMemoryDirectory()
        let merged = try merge(segments, deletions: deletions, into: directory, name: "merged")
        if merged.documentCount == 0 {
            let empty = SegmentBuilder()
            return (empty.encode(), 0)
        }
        do {
            return (try directory.openFile("merged").copyBytes(), merged.documentCount)
        } catch {
            throw IndexError(error)
        }
    }
}
