import Foundation
import IndexStorage
import SearchCore

@testable import InvertedIndex

/// The segment encoder and merger as they were before output streamed (whole file built in a
/// `ByteWriter`), kept verbatim as the reference the streaming writer must match byte for byte.
enum LegacySegmentEncoder {
    static func encode(_ builder: SegmentBuilder) -> [UInt8] {
        let termCount = builder.termCount
        let docCount = builder.documentCount
        var order = Array(0..<termCount)
        let keys: [[UInt8]] = (0..<termCount).map { builder.termKey($0) }
        order.sort { a, b in
            keys[a].withUnsafeBufferPointer { x in
                keys[b].withUnsafeBufferPointer { y in
                    let c = memcmp(x.baseAddress!, y.baseAddress!, min(x.count, y.count))
                    return c != 0 ? c < 0 : x.count < y.count
                }
            }
        }
        var starts = [Int](repeating: 0, count: termCount + 1)
        for occ in builder.occurrences { starts[Int(occ >> 32) + 1] += 1 }
        for t in 0..<termCount { starts[t + 1] += starts[t] }
        var fill = starts
        var docOf = [UInt32](repeating: 0, count: builder.occurrences.count)
        var positionOf = [UInt32](repeating: 0, count: builder.occurrences.count)
        for d in 0..<docCount {
            for i in builder.documentStarts[d]..<builder.documentStarts[d + 1] {
                let occ = builder.occurrences[i]
                let t = Int(occ >> 32)
                docOf[fill[t]] = UInt32(d)
                positionOf[fill[t]] = UInt32(truncatingIfNeeded: occ)
                fill[t] += 1
            }
        }
        var sink = LegacySink(fieldLengths: builder.fieldLengths, documentIDs: builder.documentIDs)
        var docs: [UInt32] = []
        var freqs: [UInt32] = []
        for t in order {
            docs.removeAll(keepingCapacity: true)
            freqs.removeAll(keepingCapacity: true)
            for i in starts[t]..<starts[t + 1] {
                if let last = docs.last, last == docOf[i] {
                    freqs[freqs.count - 1] += 1
                } else {
                    docs.append(docOf[i])
                    freqs.append(1)
                }
            }
            positionOf.withUnsafeBufferPointer { all in
                sink.addTerm(key: keys[t], docs: docs, freqs: freqs, positions: UnsafeBufferPointer(rebasing: all[starts[t]..<starts[t + 1]]))
            }
        }
        return sink.finish()
    }

    static func merge(_ segments: [SegmentReader], deletions: [DeletionSet?]) throws -> [UInt8] {
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
        var sink = LegacySink(fieldLengths: fieldLengths, documentIDs: documentIDs)
        var docs: [UInt32] = []
        var freqs: [UInt32] = []
        var positions: [UInt32] = []
        var scratch: [UInt32] = []
        for field in FieldID.allCases {
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
                    live[i] = enumerators[i].next()
                }
                guard !docs.isEmpty else { continue }
                positions.withUnsafeBufferPointer { p in sink.addTerm(key: key, docs: docs, freqs: freqs, positions: p) }
            }
        }
        return sink.finish()
    }

    struct LegacySink {
        var encoder = PostingsEncoder()
        var dictionary = TermDictionaryWriter()
        let fieldLengths: [[UInt32]]
        let documentIDs: [DocumentID]

        mutating func addTerm(key: [UInt8], docs: [UInt32], freqs: [UInt32], positions: UnsafeBufferPointer<UInt32>) {
            let field = Int(key[0])
            let info = docs.withUnsafeBufferPointer { d in
                freqs.withUnsafeBufferPointer { f in
                    fieldLengths[field].withUnsafeBufferPointer { l in
                        encoder.addTerm(docs: d, freqs: f, positionList: positions, lengths: l)
                    }
                }
            }
            dictionary.add(key: key, info: info)
        }

        mutating func finish() -> [UInt8] {
            let fieldCount = FieldID.allCases.count
            var w = FileEnvelope.begin(kind: SegmentFormat.kind, version: SegmentFormat.version)
            var regions: [(Int, Int)] = []
            func region(_ bytes: [UInt8]) {
                regions.append((w.count, bytes.count))
                w.write(bytes)
            }
            region(encoder.postings)
            region(encoder.positions)
            region(dictionary.bytes)
            w.align(to: 4)
            let indexStart = w.count
            for o in dictionary.blockOffsets { w.writeUInt32(o) }
            regions.append((indexStart, w.count - indexStart))
            var lengthOffsets: [(Int, UInt64)] = []
            for f in 0..<fieldCount {
                lengthOffsets.append((w.count, fieldLengths[f].reduce(0) { $0 + UInt64($1) }))
                for l in fieldLengths[f] { w.writeUInt32(l) }
            }
            w.align(to: 8)
            let docmapStart = w.count
            for id in documentIDs { w.writeUInt64(UInt64(bitPattern: id.rawValue)) }
            regions.append((docmapStart, w.count - docmapStart))
            for (offset, length) in regions {
                w.writeUInt64(UInt64(offset))
                w.writeUInt64(UInt64(length))
            }
            for (offset, sum) in lengthOffsets {
                w.writeUInt64(UInt64(offset))
                w.writeUInt64(sum)
            }
            w.writeUInt32(UInt32(documentIDs.count))
            w.writeUInt32(UInt32(fieldCount))
            w.writeUInt64(UInt64(dictionary.termCount))
            return FileEnvelope.finish(&w)
        }
    }
}
