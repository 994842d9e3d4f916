/// Reads the term dictionary written by `TermDictionaryWriter`, straight from the mapped file.
struct TermDictionaryReader {
    let terms: UnsafeRawBufferPointer
    let index: UnsafeRawBufferPointer
    let blockCount: Int
    let file: String

    init(terms: UnsafeRawBufferPointer, index: UnsafeRawBufferPointer, file: String) throws(IndexError) {
        self.terms = terms
        self.index = index
        self.file = file
        guard index.count % 4 == 0 else { throw .corrupted(file, "termindeksen har feil lengde") }
        blockCount = index.count / 4
        for b in 0..<blockCount where Int(blockOffset(b)) >= max(terms.count, 1) {
            throw .corrupted(file, "termindeksen peker utenfor termlisten")
        }
    }

    @inline(__always) func blockOffset(_ b: Int) -> UInt32 {
        UInt32(littleEndian: index.loadUnaligned(fromByteOffset: b * 4, as: UInt32.self))
    }

    /// A cursor decoding entries of one block in order.
    struct Cursor {
        var offset: Int
        let end: Int
        var key: [UInt8] = []
        var info = TermInfo(docFreq: 0, totalTermFreq: 0, postingsOffset: 0, positionsOffset: 0)
        var remainingInBlock: Int
        var first = true

        /// Decodes the next entry; false at the end of the block or on damage (`damaged` set).
        mutating func next(_ base: UnsafeRawBufferPointer, damaged: inout Bool) -> Bool {
            guard remainingInBlock > 0, offset < end else { return false }
            remainingInBlock -= 1
            let p = base.baseAddress!
            let shared = Int(readVarint(p, &offset, end: end))
            let suffixLength = Int(readVarint(p, &offset, end: end))
            guard offset <= end, shared <= key.count, suffixLength <= end - offset else {
                damaged = true
                return false
            }
            key.removeLast(key.count - shared)
            key.append(contentsOf: UnsafeRawBufferPointer(start: p + offset, count: suffixLength))
            offset += suffixLength
            let df = readVarint(p, &offset, end: end)
            let extra = readVarint(p, &offset, end: end)
            let pd = readVarint(p, &offset, end: end)
            let qd = readVarint(p, &offset, end: end)
            guard offset <= end, df > 0, df < UInt64(UInt32.max) else {
                damaged = true
                return false
            }
            info = TermInfo(
                docFreq: UInt32(df), totalTermFreq: df + extra,
                postingsOffset: first ? pd : info.postingsOffset &+ pd,
                positionsOffset: first ? qd : info.positionsOffset &+ qd
            )
            first = false
            return true
        }
    }

    func cursor(atBlock b: Int) -> Cursor {
        let start = Int(blockOffset(b))
        let end = b + 1 < blockCount ? Int(blockOffset(b + 1)) : terms.count
        return Cursor(offset: start, end: max(start, end), remainingInBlock: TermDictionaryWriter.termsPerBlock)
    }

    /// Compares the first key of block `b` with `key` (bytewise).
    private func compareFirstKey(ofBlock b: Int, with key: UnsafeRawBufferPointer) -> Int {
        var offset = Int(blockOffset(b))
        let p = terms.baseAddress!
        _ = readVarint(p, &offset, end: terms.count)
        let length = Int(readVarint(p, &offset, end: terms.count))
        let available = max(0, min(length, terms.count - offset))
        let first = UnsafeRawBufferPointer(rebasing: terms[offset..<(offset + available)])
        let n = min(first.count, key.count)
        for i in 0..<n where first[i] != key[i] { return first[i] < key[i] ? -1 : 1 }
        return first.count == key.count ? 0 : (first.count < key.count ? -1 : 1)
    }

    /// The last block whose first key is ≤ `key`, or -1 when `key` sorts before every term.
    private func block(for key: UnsafeRawBufferPointer) -> Int {
        lastBlock(withFirstKeyAtMost: key, in: 0..<blockCount, orElse: -1)
    }

    /// Binary search: the last block of `range` whose first key is ≤ `key`, else `fallback`.
    private func lastBlock(withFirstKeyAtMost key: UnsafeRawBufferPointer, in range: Range<Int>, orElse fallback: Int) -> Int {
        var lo = range.lowerBound
        var hi = range.upperBound - 1
        var found = fallback
        while lo <= hi {
            let mid = (lo + hi) / 2
            if compareFirstKey(ofBlock: mid, with: key) <= 0 {
                found = mid
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        return found
    }

    /// The last block at or after `start` whose first key is ≤ `key`, or `start` when the next
    /// block's first key is already greater: a galloping search (1, 2, 4, … blocks ahead, then
    /// binary), so a seek to a nearby key reads a few block heads, not log₂(blocks).
    func lastBlock(withFirstKeyAtMost key: UnsafeRawBufferPointer, from start: Int) -> Int {
        var found = start
        var step = 1
        var beyond = start + 1
        while beyond < blockCount, compareFirstKey(ofBlock: beyond, with: key) <= 0 {
            found = beyond
            step *= 2
            beyond = found + step
        }
        return lastBlock(withFirstKeyAtMost: key, in: (found + 1)..<min(beyond, blockCount), orElse: found)
    }

    /// Looks a key up exactly.
    func lookup(_ key: [UInt8]) throws(IndexError) -> TermInfo? {
        guard blockCount > 0 else { return nil }
        let b = key.withUnsafeBytes { block(for: $0) }
        guard b >= 0 else { return nil }
        var c = cursor(atBlock: b)
        var damaged = false
        while c.next(terms, damaged: &damaged) {
            if c.key == key { return c.info }
            if !c.key.lexicographicallyPrecedes(key) { break }
        }
        if damaged { throw .corrupted(file, "termlisten kan ikke leses") }
        return nil
    }

    /// Calls `body` for every key ≥ `start` in order until it returns false.
    func forEachKey(from start: [UInt8], _ body: (_ key: [UInt8], _ info: TermInfo) -> Bool) throws(IndexError) {
        guard blockCount > 0 else { return }
        var b = max(0, start.withUnsafeBytes { block(for: $0) })
        var damaged = false
        while b < blockCount {
            var c = cursor(atBlock: b)
            while c.next(terms, damaged: &damaged) {
                if c.key.lexicographicallyPrecedes(start) { continue }
                if !body(c.key, c.info) { return }
            }
            if damaged { throw .corrupted(file, "termlisten kan ikke leses") }
            b += 1
        }
    }
}
