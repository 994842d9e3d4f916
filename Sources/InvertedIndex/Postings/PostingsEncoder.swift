internal import IndexStorage

/// Encodes one term's postings and positions (format in `PostingsFormat`), appending to the
/// segment's postings and positions regions.
struct PostingsEncoder {
    var postings: [UInt8] = []
    var positions: [UInt8] = []

    private var docBuffer = [UInt32](repeating: 0, count: PostingsFormat.blockSize)
    private var freqBuffer = [UInt32](repeating: 0, count: PostingsFormat.blockSize)
    /// Reused per term: where each block's positions start (an allocation per term was a
    /// measurable part of flushing and merging, where most terms are in one or two docs).
    private var blockPositionOffsets: [Int] = []

    /// The most bytes a position gap takes as a varint (a `UInt32`).
    static let maximumVarintBytes = 5

    /// Appends a term. `docs` ascending; `freqs[i]` ≥ 1 positions of `docs[i]` are the next
    /// `freqs[i]` entries of `positionList` (ascending within a doc). `lengths[doc]` is the field
    /// length of each doc, for the block-max bounds.
    mutating func addTerm(
        docs: UnsafeBufferPointer<UInt32>, freqs: UnsafeBufferPointer<UInt32>,
        positionList: UnsafeBufferPointer<UInt32>, lengths: UnsafeBufferPointer<UInt32>
    ) -> TermInfo {
        let docFreq = docs.count
        precondition(docFreq > 0 && freqs.count == docFreq)
        let positionsStart = positions.count
        let block = PostingsFormat.blockSize

        // Positions: identical layout for blocked and tail docs. Written through a pointer
        // into room reserved for the longest encoding, then trimmed: an array append per
        // varint byte checked uniqueness and capacity each time.
        blockPositionOffsets.removeAll(keepingCapacity: true)
        let reserved = positionList.count * Self.maximumVarintBytes
        positions.append(contentsOf: repeatElement(0, count: reserved))
        let written = positions.withUnsafeMutableBytes { out -> Int in
            let base = out.baseAddress!
            var o = positionsStart
            var p = 0
            for i in 0..<docFreq {
                if i % block == 0 { blockPositionOffsets.append(o - positionsStart) }
                var prev: UInt32 = 0
                for k in 0..<Int(freqs[i]) {
                    let pos = positionList[p + k]
                    Varint.store(UInt64(k == 0 ? pos : pos &- prev), at: &o, in: base)
                    prev = pos
                }
                p += Int(freqs[i])
            }
            return o - positionsStart
        }
        positions.removeLast(reserved - written)
        return blockPositionOffsets.withUnsafeBufferPointer { offsets in
            addPostings(docs: docs, freqs: freqs, lengths: lengths, positionsStart: positionsStart,
                        positionsLength: written, blockPositionOffsets: offsets)
        }
    }

    /// Appends a term's postings whose positions are already encoded (`PostingsFormat`'s
    /// per-doc varints): what a merge has, since a document's positions do not change when it
    /// is renumbered. The caller stores those `positionsLength` bytes itself, right after the
    /// positions this encoder holds; `blockPositionOffsets[b]` is where the positions of doc
    /// `b * blockSize` start in them (one entry per started block, the tail's included).
    mutating func addTerm(
        docs: UnsafeBufferPointer<UInt32>, freqs: UnsafeBufferPointer<UInt32>,
        encodedPositionsLength positionsLength: Int, blockPositionOffsets: UnsafeBufferPointer<Int>,
        lengths: UnsafeBufferPointer<UInt32>
    ) -> TermInfo {
        precondition(docs.count > 0 && freqs.count == docs.count)
        precondition(blockPositionOffsets.count == (docs.count + PostingsFormat.blockSize - 1) / PostingsFormat.blockSize)
        return addPostings(docs: docs, freqs: freqs, lengths: lengths, positionsStart: positions.count,
                           positionsLength: positionsLength, blockPositionOffsets: blockPositionOffsets)
    }

    /// The postings half of `addTerm`: blocks, skip entries and tail, given where the term's
    /// positions start and where each block's positions start within them.
    private mutating func addPostings(
        docs: UnsafeBufferPointer<UInt32>, freqs: UnsafeBufferPointer<UInt32>, lengths: UnsafeBufferPointer<UInt32>,
        positionsStart: Int, positionsLength: Int, blockPositionOffsets: UnsafeBufferPointer<Int>
    ) -> TermInfo {
        let docFreq = docs.count
        let postingsStart = postings.count
        let block = PostingsFormat.blockSize
        let numBlocks = docFreq / block
        var totalTermFreq: UInt64 = 0
        for f in freqs { totalTermFreq += UInt64(f) }

        var prevDoc: UInt32 = 0
        if numBlocks > 0 {
            let headerAt = postings.count
            postings.append(contentsOf: repeatElement(0, count: PostingsFormat.blockHeaderSize + numBlocks * PostingsFormat.skipEntrySize))
            for b in 0..<numBlocks {
                let blockStart = postings.count - postingsStart
                var maxFreq: UInt32 = 0
                var minLength = UInt32.max
                for j in 0..<block {
                    let i = b * block + j
                    docBuffer[j] = docs[i] &- prevDoc
                    prevDoc = docs[i]
                    freqBuffer[j] = freqs[i] - 1
                    maxFreq = max(maxFreq, freqs[i])
                    minLength = min(minLength, lengths[Int(docs[i])])
                }
                docBuffer.withUnsafeBufferPointer { d in
                    freqBuffer.withUnsafeBufferPointer { f in
                        let dw = BitPacking.width(of: d)
                        let fw = BitPacking.width(of: f)
                        postings.append(UInt8(dw))
                        postings.append(UInt8(fw))
                        BitPacking.pack(d, width: dw, into: &postings)
                        BitPacking.pack(f, width: fw, into: &postings)
                    }
                }
                let entry = headerAt + PostingsFormat.blockHeaderSize + b * PostingsFormat.skipEntrySize
                patch(entry, docs[b * block + block - 1])
                patch(entry + 4, UInt32(blockStart))
                patch(entry + 8, UInt32(blockPositionOffsets[b]))
                patch(entry + 12, maxFreq)
                patch(entry + 16, minLength)
            }
            patch(headerAt, UInt32(postings.count - postingsStart))
            patch(headerAt + 4, UInt32(numBlocks * block < docFreq ? blockPositionOffsets[numBlocks] : positionsLength))
            var tailMaxFreq: UInt32 = 0
            var tailMinLength = UInt32.max
            for i in (numBlocks * block)..<docFreq {
                tailMaxFreq = max(tailMaxFreq, freqs[i])
                tailMinLength = min(tailMinLength, lengths[Int(docs[i])])
            }
            patch(headerAt + 8, tailMaxFreq)
            patch(headerAt + 12, tailMinLength)
        }
        for i in (numBlocks * block)..<docFreq {
            let delta = UInt64(docs[i] &- prevDoc)
            prevDoc = docs[i]
            if freqs[i] == 1 {
                writeVarint(&postings, delta << 1 | 1)
            } else {
                writeVarint(&postings, delta << 1)
                writeVarint(&postings, UInt64(freqs[i]))
            }
        }
        return TermInfo(
            docFreq: UInt32(docFreq), totalTermFreq: totalTermFreq,
            postingsOffset: UInt64(postingsStart), positionsOffset: UInt64(positionsStart)
        )
    }

    private mutating func patch(_ at: Int, _ v: UInt32) {
        postings[at] = UInt8(truncatingIfNeeded: v)
        postings[at + 1] = UInt8(truncatingIfNeeded: v >> 8)
        postings[at + 2] = UInt8(truncatingIfNeeded: v >> 16)
        postings[at + 3] = UInt8(truncatingIfNeeded: v >> 24)
    }
}

@inline(__always)
func writeVarint(_ out: inout [UInt8], _ value: UInt64) {
    var v = value
    while v >= 0x80 {
        out.append(UInt8(truncatingIfNeeded: v) | 0x80)
        v >>= 7
    }
    out.append(UInt8(v))
}

/// Reads a varint from raw memory at `offset`, advancing it. The caller guarantees bounds by
/// checking `offset < end` before each value (a varint longer than `end` sets `offset` past it).
@inline(__always)
func readVarint(_ base: UnsafeRawPointer, _ offset: inout Int, end: Int) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while offset < end {
        let b = base.load(fromByteOffset: offset, as: UInt8.self)
        offset += 1
        result |= UInt64(b & 0x7F) << shift
        if b < 0x80 { return result }
        shift += 7
        if shift > 63 { break }
    }
    offset = end + 1  // marks a damaged varint: callers see offset > end
    return 0
}

/// The offset just past `count` varints starting at `from`, or nil when `end` comes first. A
/// varint ends at its first byte below 0x80, so this counts those bytes without decoding any
/// value, eight at a time (the high bits of the complemented word), then finds the last one
/// inside the final word. Document boundaries in a position list are found this way.
func skipVarints(_ count: Int, in bytes: UnsafePointer<UInt8>, from: Int, end: Int) -> Int? {
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var remaining = count
    var o = from
    while remaining > 0 && o + 8 <= end {
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes + o).loadUnaligned(as: UInt64.self))
        var last = ~word & highBits
        let found = last.nonzeroBitCount
        if found < remaining {
            remaining -= found
            o += 8
            continue
        }
        for _ in 1..<remaining { last &= last - 1 }
        return o + last.trailingZeroBitCount / 8 + 1
    }
    while remaining > 0 && o < end {
        if bytes[o] < 0x80 { remaining -= 1 }
        o += 1
    }
    return remaining == 0 ? o : nil
}
