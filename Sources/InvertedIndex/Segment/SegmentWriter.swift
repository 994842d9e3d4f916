#if canImport(Glibc)
import Glibc
#endif
internal import IndexStorage
internal import SearchCore

/// Writes a `SegmentBuilder`'s documents as a segment file (`SegmentFormat`), streaming: term
/// by term through a `SegmentSink`, so the encoded segment is never held in memory whole.
enum SegmentWriter {
    /// The segment file bytes, for tests and tools (streams into an `InMemoryDirectory`).
    static func encode(_ builder: SegmentBuilder) -> [UInt8] {
        let directory = InMemoryDirectory()
        do {
            _ = try write(builder, to: directory, name: "segment")
            let file = try directory.openFile("segment")
            return file.copyBytes()
        } catch {
            preconditionFailure("an in-memory directory does not fail: \(error)")
        }
    }

    /// Writes the segment as `name` in `directory` (durable when this returns); returns its size.
    static func write(_ builder: SegmentBuilder, to directory: some IndexDirectory, name: String) throws(IndexError) -> Int {
        let termCount = builder.termCount
        let docCount = builder.documentCount
        // Sort terms by (field, UTF-8 bytes).
        let order = builder.sortedTermOrder()

        // Counting sort of the occurrence log by the term's rank in segment order; stable, so
        // docs and positions stay ascending. Sorting by rank (not by interning order) lays
        // each term's occurrences out in the order the terms are written, so the loop below
        // reads `docOf` and `positionOf` front to back instead of jumping per term.
        // On raw buffers: the scatter misses the cache for every rare term, and array accessors
        // add a bounds and a uniqueness check to each of those stores.
        var rank = [UInt32](repeating: 0, count: termCount)
        for (r, t) in order.enumerated() { rank[t] = UInt32(r) }
        var starts = [Int](repeating: 0, count: termCount + 1)
        var docOf = [UInt32](repeating: 0, count: builder.occurrences.count)
        var positionOf = [UInt32](repeating: 0, count: builder.occurrences.count)
        builder.occurrences.withUnsafeBufferPointer { occurrences in
            rank.withUnsafeBufferPointer { rank in
                starts.withUnsafeMutableBufferPointer { starts in
                    for occ in occurrences { starts[Int(rank[Int(occ >> 32)]) + 1] += 1 }
                    for r in 0..<termCount { starts[r + 1] += starts[r] }
                    var fill = Array(starts.dropLast())
                    fill.withUnsafeMutableBufferPointer { fill in
                        docOf.withUnsafeMutableBufferPointer { docOf in
                            positionOf.withUnsafeMutableBufferPointer { positionOf in
                                builder.documentStarts.withUnsafeBufferPointer { documentStarts in
                                    for d in 0..<docCount {
                                        for i in documentStarts[d]..<documentStarts[d + 1] {
                                            let occ = occurrences[i]
                                            let r = Int(rank[Int(occ >> 32)])
                                            let slot = fill[r]
                                            docOf[slot] = UInt32(d)
                                            positionOf[slot] = UInt32(truncatingIfNeeded: occ)
                                            fill[r] = slot + 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        var sink = try SegmentSink(directory: directory, name: name, fieldLengths: builder.fieldLengths, documentIDs: builder.documentIDs)
        var docs: [UInt32] = []
        var freqs: [UInt32] = []
        var key: [UInt8] = []
        for (r, t) in order.enumerated() {
            docs.removeAll(keepingCapacity: true)
            freqs.removeAll(keepingCapacity: true)
            docOf.withUnsafeBufferPointer { docOf in
                var last = UInt32.max
                for i in starts[r]..<starts[r + 1] {
                    let doc = docOf[i]
                    if doc == last {
                        freqs[freqs.count - 1] += 1
                    } else {
                        docs.append(doc)
                        freqs.append(1)
                        last = doc
                    }
                }
            }
            builder.replaceWithTermKey(t, &key)
            try positionOf.withUnsafeBufferPointer { (all) throws(IndexError) in
                try sink.addTerm(
                    key: key, docs: docs, freqs: freqs,
                    positions: UnsafeBufferPointer(rebasing: all[starts[r]..<starts[r + 1]]))
            }
        }
        return try sink.finish()
    }
}

