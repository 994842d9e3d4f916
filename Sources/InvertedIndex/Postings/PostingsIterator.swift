/// Walks one term's postings in a segment: doc, freq, positions, and block-max bounds.
///
/// Doc numbers are segment-local and ascending; `PostingsIterator.exhausted` (UInt32.max) marks
/// the end, so a segment holds at most UInt32.max − 1 docs. Blocks are decoded lazily: `advance`
/// uses the skip entries to jump over whole blocks without decoding them.
///
/// Files are CRC-checked when opened, so damage is caught before iteration; still every block
/// offset is bounds-checked, and a failed check ends the iteration with `isCorrupted` set, which
/// the query engine turns into an error: never a crash, never a silent wrong answer.
///
/// Its mutable state is `@exclusivity(unchecked)`: an iterator belongs to one query on one
/// thread and is never accessed re-entrantly, and the dynamic exclusivity checks Swift would
/// otherwise run on every `next`/`advance` cost more than the decoding itself.
public final class PostingsIterator {
    public static let exhausted = UInt32.max

    private let base: UnsafeRawPointer
    private let regionCount: Int
    private let positionsBase: UnsafeRawPointer
    private let positionsCount: Int
    private let lengths: UnsafePointer<UInt32>

    // The term's: set by `init` and by `reset(to:)`, which points the iterator at another term of
    // the same segment and field (a merge walks every term with one iterator per input).
    @exclusivity(unchecked) private var termStart = 0
    @exclusivity(unchecked) private var positionsStart = 0
    @exclusivity(unchecked) public private(set) var docFreq = 0
    @exclusivity(unchecked) private(set) var numBlocks = 0
    @exclusivity(unchecked) private var tailOffset = 0
    @exclusivity(unchecked) private var tailPositionsOffset = 0

    /// The current doc, or `exhausted`.
    @exclusivity(unchecked) public private(set) var doc: UInt32 = 0
    @exclusivity(unchecked) public private(set) var isCorrupted = false

    private let docs: UnsafeMutablePointer<UInt32>
    private let freqs: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var bufferCount = 0
    @exclusivity(unchecked) private var cursor = 0
    /// Which block is in the buffer: 0..<numBlocks, `numBlocks` for the tail, -1 for none.
    @exclusivity(unchecked) private var decodedBlock = -1
    /// The block `advance`/`shallowAdvance` is positioned on (may be ahead of `decodedBlock`).
    @exclusivity(unchecked) private var currentBlock = 0

    // Positions cursor inside the decoded block.
    @exclusivity(unchecked) private var positionsOffset = 0
    @exclusivity(unchecked) private var positionsDoc = 0
    @exclusivity(unchecked) private var blockPositionsStart = 0
    private let docCount: Int

    /// Largest freq and smallest field length of the tail (for blocked terms from the header,
    /// for tail-only terms computed when decoded).
    @exclusivity(unchecked) private var tailMaxFreq: UInt32 = 0
    @exclusivity(unchecked) private var tailMinLength: UInt32 = .max
    @exclusivity(unchecked) private var tailLastDoc: UInt32 = 0

    init(
        postings: UnsafeRawBufferPointer, termInfo: TermInfo, positions: UnsafeRawBufferPointer,
        lengths: UnsafePointer<UInt32>, docCount: Int
    ) {
        self.docCount = docCount
        base = postings.baseAddress!
        regionCount = postings.count
        positionsBase = positions.baseAddress ?? postings.baseAddress!
        positionsCount = positions.count
        self.lengths = lengths
        docs = .allocate(capacity: PostingsFormat.blockSize)
        freqs = .allocate(capacity: PostingsFormat.blockSize)
        reset(to: termInfo)
    }

    /// Points the iterator at the start of another term of the same segment and field.
    func reset(to termInfo: TermInfo) {
        termStart = Int(termInfo.postingsOffset)
        positionsStart = Int(termInfo.positionsOffset)
        docFreq = Int(termInfo.docFreq)
        numBlocks = docFreq / PostingsFormat.blockSize
        isCorrupted = false
        decodedBlock = -1
        currentBlock = 0
        positionsOffset = 0
        positionsDoc = 0
        blockPositionsStart = 0
        tailMaxFreq = 0
        tailMinLength = .max
        tailLastDoc = 0
        bufferCount = 0
        if numBlocks > 0, termStart + PostingsFormat.blockHeaderSize + numBlocks * PostingsFormat.skipEntrySize <= regionCount {
            let raw = base
            let at = termStart
            func word(_ k: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 4 * k, as: UInt32.self)) }
            tailOffset = Int(word(0))
            tailPositionsOffset = Int(word(1))
            tailMaxFreq = word(2)
            tailMinLength = word(3)
        } else {
            tailOffset = 0
            tailPositionsOffset = 0
            if numBlocks > 0 { isCorrupted = true }
        }
        if !isCorrupted { decodeBlock(0) }
        doc = isCorrupted || bufferCount == 0 ? Self.exhausted : docs[0]
        cursor = 0
    }

    deinit {
        docs.deallocate()
        freqs.deallocate()
    }

    @inline(__always) private func load32(_ at: Int) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }

    @inline(__always) private func skipEntry(_ b: Int) -> Int {
        termStart + PostingsFormat.blockHeaderSize + b * PostingsFormat.skipEntrySize
    }

    /// The last doc of block `b` (the tail's when `b == numBlocks`).
    @inline(__always) private func lastDoc(ofBlock b: Int) -> UInt32 {
        b < numBlocks ? load32(skipEntry(b)) : Self.exhausted
    }

    /// The freq of the current doc.
    public var freq: UInt32 { freqs[cursor] }

    /// The current doc's length (tokens) in this term's field, for BM25.
    @inline(__always)
    public var fieldLength: UInt32 { lengths[Int(doc)] }

    private func fail() {
        isCorrupted = true
        bufferCount = 0
        doc = Self.exhausted
    }

    /// Decodes block `b` (or the tail) into the buffers.
    private func decodeBlock(_ b: Int) {
        decodedBlock = b
        currentBlock = b
        cursor = 0
        positionsDoc = 0
        if b < numBlocks {
            let entry = skipEntry(b)
            let start = termStart + Int(load32(entry + 4))
            positionsOffset = positionsStart + Int(load32(entry + 8))
            blockPositionsStart = positionsOffset
            guard start + 2 <= regionCount else { return fail() }
            let dw = Int(base.load(fromByteOffset: start, as: UInt8.self))
            let fw = Int(base.load(fromByteOffset: start + 1, as: UInt8.self))
            let n = PostingsFormat.blockSize
            let docBytes = BitPacking.packedSize(count: n, width: dw)
            let freqBytes = BitPacking.packedSize(count: n, width: fw)
            guard dw <= 32, fw <= 32, start + 2 + docBytes + freqBytes <= regionCount else { return fail() }
            BitPacking.unpack(base + start + 2, count: n, width: dw, into: docs)
            BitPacking.unpack(base + start + 2 + docBytes, count: n, width: fw, into: freqs)
            var prev: UInt32 = b == 0 ? 0 : load32(skipEntry(b - 1))
            for i in 0..<n {
                prev &+= docs[i]
                docs[i] = prev
                freqs[i] &+= 1
            }
            guard Int(prev) < docCount, prev == load32(entry) else { return fail() }
            bufferCount = n
        } else {
            var offset = termStart + tailOffset
            positionsOffset = positionsStart + tailPositionsOffset
            blockPositionsStart = positionsOffset
            var prev: UInt32 = numBlocks == 0 ? 0 : load32(skipEntry(numBlocks - 1))
            let count = docFreq - numBlocks * PostingsFormat.blockSize
            var maxFreq: UInt32 = 0
            var minLength = UInt32.max
            for i in 0..<count {
                let v = readVarint(base, &offset, end: regionCount)
                var f: UInt64 = 1
                if v & 1 == 0 { f = readVarint(base, &offset, end: regionCount) }
                guard offset <= regionCount, f > 0, f <= UInt64(UInt32.max) else { return fail() }
                prev &+= UInt32(truncatingIfNeeded: v >> 1)
                guard Int(prev) < docCount, i == 0 || prev > docs[i - 1] else { return fail() }
                docs[i] = prev
                freqs[i] = UInt32(f)
                maxFreq = max(maxFreq, freqs[i])
                minLength = min(minLength, lengths[Int(prev)])
            }
            bufferCount = count
            tailLastDoc = count > 0 ? docs[count - 1] : 0
            if numBlocks == 0 {
                tailMaxFreq = maxFreq
                tailMinLength = minLength
            }
        }
    }

    /// Moves to the next doc; returns it (or `exhausted`).
    @discardableResult
    public func next() -> UInt32 {
        guard doc != Self.exhausted else { return doc }
        cursor += 1
        if cursor >= bufferCount {
            if decodedBlock >= numBlocks {
                doc = Self.exhausted
                return doc
            }
            decodeBlock(decodedBlock + 1)
            if bufferCount == 0 {
                doc = Self.exhausted
                return doc
            }
        }
        doc = docs[cursor]
        return doc
    }

    /// Moves to the first doc ≥ `target`; returns it (or `exhausted`).
    @discardableResult
    public func advance(to target: UInt32) -> UInt32 {
        guard doc < target else { return doc }
        // Skip whole blocks whose last doc is below the target.
        if decodedBlock < numBlocks && lastDoc(ofBlock: decodedBlock) < target {
            var b = decodedBlock + 1
            while b < numBlocks && lastDoc(ofBlock: b) < target { b += 1 }
            decodeBlock(b)
            if bufferCount == 0 {
                doc = Self.exhausted
                return doc
            }
        }
        while cursor < bufferCount && docs[cursor] < target { cursor += 1 }
        if cursor >= bufferCount {
            // Only the tail can run out here (a block's last doc is ≥ target by the skip above).
            doc = Self.exhausted
            return doc
        }
        doc = docs[cursor]
        return doc
    }

    // MARK: Block-max bounds

    /// Positions the bound on the block that contains `target` (without decoding it) and
    /// returns that block's last doc; `exhausted` when past the end.
    public func shallowAdvance(to target: UInt32) -> UInt32 {
        var b = max(currentBlock, decodedBlock)
        while b < numBlocks && lastDoc(ofBlock: b) < target { b += 1 }
        currentBlock = b
        return b < numBlocks ? lastDoc(ofBlock: b) : Self.exhausted
    }

    /// Largest freq and smallest field length in the block `shallowAdvance` positioned on.
    public var blockBound: (maxFreq: UInt32, minLength: UInt32) {
        currentBlock < numBlocks
            ? (load32(skipEntry(currentBlock) + 12), load32(skipEntry(currentBlock) + 16))
            : (tailMaxFreq, tailMinLength)
    }

    /// Largest freq and smallest field length over the whole term.
    public var termBound: (maxFreq: UInt32, minLength: UInt32) {
        var maxFreq = tailMaxFreq
        var minLength = tailMinLength
        for b in 0..<numBlocks {
            maxFreq = max(maxFreq, load32(skipEntry(b) + 12))
            minLength = min(minLength, load32(skipEntry(b) + 16))
        }
        return (maxFreq, minLength)
    }

    // MARK: Positions

    /// Writes the current doc's positions into `out` (replacing its contents). On damaged data
    /// `isCorrupted` is set and `out` is left empty.
    public func positions(into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        guard doc != Self.exhausted else { return }
        // Skip the positions of the docs before the cursor that were not read yet.
        if positionsDoc > cursor {
            positionsOffset = blockPositionsStart
            positionsDoc = 0
        }
        var skipped = 0
        while positionsDoc < cursor {
            skipped += Int(freqs[positionsDoc])
            positionsDoc += 1
        }
        let end = positionsCount
        if skipped > 0 {
            let bytes = positionsBase.assumingMemoryBound(to: UInt8.self)
            // Past the end marks damage, as `readVarint` does.
            positionsOffset = skipVarints(skipped, in: bytes, from: positionsOffset, end: end) ?? end + 1
        }
        var pos: UInt32 = 0
        for k in 0..<Int(freqs[cursor]) {
            let v = UInt32(truncatingIfNeeded: readVarint(positionsBase, &positionsOffset, end: end))
            pos = k == 0 ? v : pos &+ v
            out.append(pos)
        }
        positionsDoc += 1
        if positionsOffset > end {
            isCorrupted = true
            out.removeAll()
        }
    }
}
