public import IndexStorage
public import SearchCore

/// Merges segments into one, dropping deleted docs and renumbering the rest densely (segment
/// order, then doc order). Works term by term: a k-way merge over the sorted dictionaries, each
/// term's postings re-read and re-encoded into a `SegmentSink` that streams the new file out.
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
        // Doc renumbering.
        var newDoc: [[UInt32]] = []
        var documentIDs: [DocumentID] = []
        var fieldLengths: [[UInt32]] = Array(repeating: [], count: FieldID.allCases.count)
        for (i, seg) in segments.enumerated() {
            var map = [UInt32](repeating: PostingsIterator.exhausted, count: seg.documentCount)
            for d in 0..<seg.documentCount where !(deletions[i]?.contains(UInt32(d)) ?? false) {
                map[d] = UInt32(documentIDs.count)
                documentIDs.append(seg.documentID(UInt32(d)))
                for f in FieldID.allCases { fieldLengths[Int(f.rawValue)].append(seg.fieldLength(f, UInt32(d))) }
            }
            newDoc.append(map)
        }
        guard !documentIDs.isEmpty else { return MergedSegment(sizeInBytes: 0, documentIDs: []) }

        var sink = try SegmentSink(directory: directory, name: name, fieldLengths: fieldLengths, documentIDs: documentIDs)
        var docs: [UInt32] = []
        var freqs: [UInt32] = []
        var positions: [UInt32] = []
        var termsSinceCheck = 0
        var releasedAt = 0
        for field in FieldID.allCases {
            // k-way merge of the segments' sorted term lists: only one key per segment is held
            // at a time (k is small, so a linear scan for the minimum beats a heap).
            var enumerators = segments.map { TermEnumerator($0.dictionary, field: field.rawValue) }
            var live = enumerators.indices.map { enumerators[$0].next() }
            // Each enumerator's current key, read once per step (reading it copies the key).
            var keys = enumerators.indices.map { live[$0] ? enumerators[$0].key : [] }
            while true {
                var minimumIndex = -1
                for i in enumerators.indices where live[i] {
                    if minimumIndex < 0 || keys[i].lexicographicallyPrecedes(keys[minimumIndex]) { minimumIndex = i }
                }
                guard minimumIndex >= 0 else { break }
                let key = keys[minimumIndex]
                docs.removeAll(keepingCapacity: true)
                freqs.removeAll(keepingCapacity: true)
                positions.removeAll(keepingCapacity: true)
                for i in enumerators.indices where live[i] && keys[i] == key {
                    let it = segments[i].makeIterator(field, enumerators[i].info)
                    // The segment's renumbering map, bound once per term: indexing `newDoc[i]`
                    // per document retained and released the inner array each time.
                    let docOutOfRange = newDoc[i].withUnsafeBufferPointer { map -> Bool in
                        while it.doc != PostingsIterator.exhausted {
                            guard Int(it.doc) < map.count else { return true }
                            let mapped = map[Int(it.doc)]
                            if mapped != PostingsIterator.exhausted {
                                docs.append(mapped)
                                freqs.append(it.freq)
                                it.appendPositions(to: &positions)
                            }
                            it.next()
                        }
                        return false
                    }
                    if it.isCorrupted || docOutOfRange { throw .corrupted(segments[i].name, "postinger kan ikke leses under sammenslåing") }
                    live[i] = enumerators[i].next()
                    if live[i] { keys[i] = enumerators[i].key }
                    if enumerators[i].isDamaged { throw .corrupted(segments[i].name, "termlisten kan ikke leses under sammenslåing") }
                }
                guard !docs.isEmpty else { continue }
                try positions.withUnsafeBufferPointer { (p) throws(IndexError) in
                    try sink.addTerm(key: key, docs: docs, freqs: freqs, positions: p)
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
