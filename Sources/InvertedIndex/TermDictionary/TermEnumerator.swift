/// Pulls the terms of one field in byte order, block by block, holding only the current key:
/// what a merge walks instead of collecting every term of every segment first.
struct TermEnumerator {
    private let reader: TermDictionaryReader
    private let field: UInt8
    private var block: Int
    private var cursor: TermDictionaryReader.Cursor?
    private(set) var isDamaged = false

    init(_ reader: TermDictionaryReader, field: UInt8) {
        self.reader = reader
        self.field = field
        // Start at the block holding the field's first key (keys start with the field byte).
        var b = 0
        var lo = 0
        var hi = reader.blockCount - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if reader.firstByte(ofBlock: mid) < field {
                b = mid
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        block = b
        cursor = reader.blockCount > 0 ? reader.cursor(atBlock: b) : nil
    }

    /// The current key (field byte first) and its info, after `next()` returned true.
    var key: [UInt8] { cursor?.key ?? [] }
    var info: TermInfo { cursor!.info }

    /// Moves to the next key of the field; false at its end (or on damage, with `isDamaged`).
    mutating func next() -> Bool {
        while cursor != nil {
            if cursor!.next(reader.terms, damaged: &isDamaged) {
                guard let first = cursor!.key.first else { continue }
                if first < field { continue }
                if first > field {
                    cursor = nil
                    return false
                }
                return true
            }
            if isDamaged { return false }
            block += 1
            cursor = block < reader.blockCount ? reader.cursor(atBlock: block) : nil
        }
        return false
    }
}

extension TermDictionaryReader {
    /// The first byte of block `b`'s first key (its field), or 255 for an empty block.
    func firstByte(ofBlock b: Int) -> UInt8 {
        var offset = Int(blockOffset(b))
        let p = terms.baseAddress!
        _ = readVarint(p, &offset, end: terms.count)
        let length = Int(readVarint(p, &offset, end: terms.count))
        guard length > 0, offset < terms.count else { return 255 }
        return terms[offset]
    }
}
