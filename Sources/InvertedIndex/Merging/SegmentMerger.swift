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

        var sink = SegmentSink(fieldLengths: fieldLengths, documentIDs: documentIDs)
        var docs: [UInt32] = []
        var freqs: [UInt32] = []
        var positions: [UInt32] = []
        var scratch: [UInt32] = []
        for field in FieldID.allCases {
            // k-way merge of the segments' sorted term lists: only one key per segment is held
            // at a time (k is small, so a linear scan for the minimum beats a heap).
            var enumerators = segments.map { TermEnumerator($0.dictionary, field: field.rawValue) }
            var live = enumerators.indices.map { enumerators[$0].next() }
            while true {
                var minimum: [UInt8]? = nil
                for i in enumerators.indices where live[i] {
                    let k = enumerators[i].key
                    if minimum == nil || k.lexicographicallyPrecedes(minimum!) { minimum = k }
                }
                guard let key = minimum else { break }
                docs.removeAll(keepingCapacity: true)
                freqs.removeAll(keepingCapacity: true)
                positions.removeAll(keepingCapacity: true)
                for i in enumerators.indices where live[i] && enumerators[i].key == key {
                    let it = segments[i].makeIterator(field, enumerators[i].info)
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
                    live[i] = enumerators[i].next()
                    if enumerators[i].isDamaged { throw .corrupted(segments[i].name, "termlisten kan ikke leses under sammenslåing") }
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
