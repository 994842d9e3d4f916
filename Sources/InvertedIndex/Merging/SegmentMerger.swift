internal import IndexStorage
internal import SearchCore

/// Merges segments into one, dropping deleted docs and renumbering the rest densely (segment
/// order, then doc order). Works term by term: a k-way merge over the sorted dictionaries, each
/// term's postings re-read and re-encoded into the new segment.
public enum SegmentMerger {
    /// The merged segment's file bytes. `deletions[i]` are the deleted docs of `segments[i]`.
    public static func merge(_ segments: [SegmentReader], deletions: [DeletionSet?]) throws(IndexError) -> (bytes: [UInt8], documentCount: Int) {
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

        // Gather every term key of every segment, sorted and unique (per field, in order).
        var sink = SegmentSink(fieldLengths: fieldLengths, documentIDs: documentIDs)
        var docs: [UInt32] = []
        var freqs: [UInt32] = []
        var positions: [UInt32] = []
        var scratch: [UInt32] = []
        for field in FieldID.allCases {
            var keys: [[UInt8]: [(Int, TermInfo)]] = [:]
            for (i, seg) in segments.enumerated() {
                try seg.forEachTerm(field) { key, info in
                    keys[key, default: []].append((i, info))
                    return true
                }
            }
            let sorted = keys.keys.sorted { $0.lexicographicallyPrecedes($1) }
            for key in sorted {
                docs.removeAll(keepingCapacity: true)
                freqs.removeAll(keepingCapacity: true)
                positions.removeAll(keepingCapacity: true)
                for (i, info) in keys[key]! {
                    let it = segments[i].makeIterator(field, info)
                    while it.doc != PostingsIterator.exhausted {
                        let mapped = newDoc[i][Int(it.doc)]
                        if mapped != PostingsIterator.exhausted {
                            docs.append(mapped)
                            freqs.append(it.freq)
                            it.positions(into: &scratch)
                            positions.append(contentsOf: scratch)
                        }
                        it.next()
                    }
                    if it.isCorrupted { throw .corrupted(segments[i].name, "postinger kan ikke leses under sammenslåing") }
                }
                guard !docs.isEmpty else { continue }
                positions.withUnsafeBufferPointer { p in
                    sink.addTerm(key: key, docs: docs, freqs: freqs, positions: p)
                }
            }
        }
        return (sink.finish(), documentIDs.count)
    }
}
