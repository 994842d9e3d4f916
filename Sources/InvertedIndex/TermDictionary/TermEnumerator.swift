/// Pulls the terms of one field in byte order, block by block, holding only the current key:
/// what a merge walks instead of collecting every term of every segment first. `advance(to:)`
/// seeks forward (what an automaton intersection such as the fuzzy query's needs); the current
/// term is read in place with `withCurrentTerm`, so a walk allocates nothing per term.
package struct TermEnumerator {
    private let reader: TermDictionaryReader
    private let field: UInt8
    private var block: Int
    private var cursor: TermDictionaryReader.Cursor?
    /// The seek target with its field byte, reused between seeks.
    private var target: [UInt8] = []
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

    /// The current term's doc frequency, after `next()` or `advance(to:)` returned true.
    package var documentFrequency: Int { Int(cursor!.info.docFreq) }

    /// Calls `body` with the current term's UTF-8 bytes (without the field byte), valid only
    /// during the call; after `next()` or `advance(to:)` returned true.
    package func withCurrentTerm<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        cursor!.key.withUnsafeBufferPointer { key in body(UnsafeBufferPointer(rebasing: key.dropFirst())) }
    }

    /// Moves to the next key of the field; false at its end (or on damage, with `isDamaged`).
    package mutating func next() -> Bool {
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

    /// Moves forward to the first term ≥ `term` (UTF-8 bytes, no field byte); false when the
    /// field has none (or on damage, with `isDamaged`). Never moves backwards: a `term` at or
    /// before the current one moves to the next term, so a walk always makes progress.
    ///
    /// Decodes forward inside the current block when the target lies there; otherwise gallops
    /// over the block index from the current block (targets of a walk are usually near) and
    /// decodes at most one block.
    package mutating func advance(to term: [UInt8]) -> Bool {
        guard cursor != nil else { return false }
        target.removeAll(keepingCapacity: true)
        target.append(field)
        target.append(contentsOf: term)
        let b = target.withUnsafeBytes { reader.lastBlock(withFirstKeyAtMost: $0, from: block) }
        if b > block {
            block = b
            cursor = reader.cursor(atBlock: b)
        }
        while next() {
            let before = cursor!.key.withUnsafeBufferPointer { key in
                target.withUnsafeBufferPointer { Self.precedes(key, $0) }
            }
            if !before { return true }
        }
        return false
    }

    /// Throws when a step of the enumeration met a damaged block.
    package func checkIntegrity() throws(IndexError) {
        if isDamaged { throw .corrupted(reader.file, "termlisten kan ikke leses") }
    }

    /// Whether `a` sorts strictly before `b`, bytewise.
    @inline(__always) private static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(a.count, b.count)
        var i = 0
        while i < n {
            if a[i] != b[i] { return a[i] < b[i] }
            i += 1
        }
        return a.count < b.count
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
