extension TermDictionaryReader.Cursor {
    /// Where a forward seek inside one block ended.
    enum SeekResult {
        /// On the first entry ≥ the target (decoded: `key` and `info` are set).
        case found
        /// Every remaining entry of the block sorts before the target.
        case endOfBlock
        /// The block is damaged.
        case damaged
    }

    /// Moves to the first entry of the rest of this block whose key is ≥ `target`, starting
    /// after the current entry; the current key (if any) must sort before `target`, and
    /// `matched` is the length of their common prefix (0 at a block's start).
    ///
    /// Skips entries without rebuilding their keys (the front-coding trick of Lucene's block
    /// tree): while the previous key < target shares `matched` bytes with it, an entry sharing
    /// more than `matched` bytes with the previous key is still smaller, one sharing fewer is
    /// already greater, and only one sharing exactly `matched` bytes needs its suffix compared.
    /// Doc-frequency and offset fields are still read, since offsets are deltas.
    mutating func seek(to target: UnsafeRawBufferPointer, matched startMatched: Int, _ base: UnsafeRawBufferPointer) -> SeekResult {
        let p = base.baseAddress!
        var matched = startMatched
        var length = key.count  // length of the previous key, materialised or not
        var postingsOffset = info.postingsOffset
        var positionsOffset = info.positionsOffset
        while remainingInBlock > 0, offset < end {
            remainingInBlock -= 1
            let shared = Int(readVarint(p, &offset, end: end))
            let suffixLength = Int(readVarint(p, &offset, end: end))
            guard offset <= end, shared <= length, suffixLength <= end - offset else { return .damaged }
            let suffix = offset
            offset += suffixLength
            let df = readVarint(p, &offset, end: end)
            let extra = readVarint(p, &offset, end: end)
            let pd = readVarint(p, &offset, end: end)
            let qd = readVarint(p, &offset, end: end)
            guard offset <= end, df > 0, df < UInt64(UInt32.max) else { return .damaged }
            postingsOffset = first ? pd : postingsOffset &+ pd
            positionsOffset = first ? qd : positionsOffset &+ qd
            first = false
            length = shared + suffixLength
            var greaterOrEqual = shared < matched
            if shared == matched {
                // Compare the suffix with the rest of the target.
                var i = 0
                let rest = target.count - matched
                while i < suffixLength, i < rest, p.load(fromByteOffset: suffix + i, as: UInt8.self) == target[matched + i] { i += 1 }
                if i == suffixLength, i < rest {
                    matched += i  // a proper prefix of the target: smaller
                } else if i == rest || p.load(fromByteOffset: suffix + i, as: UInt8.self) > target[matched + i] {
                    greaterOrEqual = true
                } else {
                    matched += i
                }
            }
            guard greaterOrEqual else { continue }
            // The key's first `shared` bytes are the target's (shared ≤ matched).
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: UnsafeRawBufferPointer(rebasing: target[0..<shared]))
            key.append(contentsOf: UnsafeRawBufferPointer(start: p + suffix, count: suffixLength))
            info = TermInfo(
                docFreq: UInt32(df), totalTermFreq: df + extra,
                postingsOffset: postingsOffset, positionsOffset: positionsOffset)
            return .found
        }
        // Skipped entries leave `key` stale; nothing reads it before the next block starts.
        return .endOfBlock
    }
}

extension TermDictionaryReader {
    /// Copies block `b`'s first key into `key` (reusing its capacity); empty when damaged.
    func firstKey(ofBlock b: Int, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        var offset = Int(blockOffset(b))
        let p = terms.baseAddress!
        _ = readVarint(p, &offset, end: terms.count)
        let length = Int(readVarint(p, &offset, end: terms.count))
        guard length >= 0, offset <= terms.count, length <= terms.count - offset else { return }
        key.append(contentsOf: UnsafeRawBufferPointer(start: p + offset, count: length))
    }
}
