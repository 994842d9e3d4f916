#if canImport(Glibc)
import Glibc
#endif
internal import IndexStorage
internal import SearchCore

/// Encodes a `SegmentBuilder`'s documents into segment file bytes (`SegmentFormat`).
enum SegmentWriter {
    static func encode(_ builder: SegmentBuilder) -> [UInt8] {
        let termCount = builder.termCount
        let docCount = builder.documentCount
        // Sort terms by (field, UTF-8 bytes).
        let order = builder.sortedTermOrder()

        // Counting sort of the occurrence log by term; stable, so docs and positions stay ascending.
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

        var sink = SegmentSink(fieldLengths: builder.fieldLengths, documentIDs: builder.documentIDs)
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
                sink.addTerm(
                    key: builder.termKey(t), docs: docs, freqs: freqs,
                    positions: UnsafeBufferPointer(rebasing: all[starts[t]..<starts[t + 1]]))
            }
        }
        return sink.finish()
    }
}

/// Collects encoded terms (from a builder or a merge) and lays out the segment file.
struct SegmentSink {
    var encoder = PostingsEncoder()
    var dictionary = TermDictionaryWriter()
    let fieldLengths: [[UInt32]]
    let documentIDs: [DocumentID]

    init(fieldLengths: [[UInt32]], documentIDs: [DocumentID]) {
        self.fieldLengths = fieldLengths
        self.documentIDs = documentIDs
    }

    /// Adds one term; keys must arrive in ascending bytewise order.
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
        let estimate = encoder.postings.count + encoder.positions.count + dictionary.bytes.count
            + documentIDs.count * (8 + 4 * fieldCount) + 4096
        var w = FileEnvelope.begin(kind: SegmentFormat.kind, version: SegmentFormat.version, capacity: estimate)
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
