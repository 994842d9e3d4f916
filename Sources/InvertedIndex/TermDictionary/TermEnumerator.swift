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
    /// The first key of block `nextFirstKeyBlock`, cached: every seek compares with the next
    /// block's first key to know whether it stays in the current block.
    private var nextFirstKey: [UInt8] = []
    private var nextFirstKeyBlock = -1
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

    /// Replaces `buffer` with the current key (field byte first), keeping its capacity: a walk
    /// that holds keys reuses their buffers instead of allocating one per term.
    func copyKey(into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        if let cursor { buffer.append(contentsOf: cursor.key) }
    }

    /// The current term's doc frequency, after `next()` or `advance(to:)` returned true.
    package var documentFrequency: Int { Int(cursor!.info.docFreq) }

    /// Calls `body` with the current term's UTF-8 bytes (without the field byte), valid only
    /// during the call; after `next()` or `advance(to:)` returned true.
    package func withCurrentTerm<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        cursor!.key.withUnsafeBufferPointer { key in body(UnsafeBufferPointer(rebasing: key.dropFirst())) }
    }

    /// Replaces `buffer` with the current term's UTF-8 bytes (without the field byte), keeping
    /// its capacity, and returns how many leading bytes it shares with what `buffer` held: a
    /// walk that keeps per-prefix state resumes from there. After `next()` or `advance(to:)`
    /// returned true.
    package func copyCurrentTerm(into buffer: inout [UInt8]) -> Int {
        cursor!.key.withUnsafeBufferPointer { key in
            let term = UnsafeBufferPointer(rebasing: key.dropFirst())
            var shared = 0
            let limit = min(term.count, buffer.count)
            buffer.withUnsafeBufferPointer { old in
                while shared < limit, old[shared] == term[shared] { shared += 1 }
            }
            buffer.removeLast(buffer.count - shared)
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: term[shared...]))
            return shared
        }
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
            guard block + 1 < reader.blockCount else {
                cursor = nil
                return false
            }
            enter(block: block + 1)
        }
        return false
    }

    /// Moves forward to the first term ≥ `term` (UTF-8 bytes, no field byte); false when the
    /// field has none (or on damage, with `isDamaged`). Never moves backwards: a `term` at or
    /// before the current one moves to the next term, so a walk always makes progress.
    ///
    /// Stays in the current block when the target lies there; otherwise gallops over the block
    /// index from the current block (targets of a walk are usually near). Inside a block,
    /// entries before the target are skipped without rebuilding their keys (`Cursor.seek`).
    package mutating func advance(to term: [UInt8]) -> Bool {
        guard cursor != nil else { return false }
        target.removeAll(keepingCapacity: true)
        target.append(field)
        target.append(contentsOf: term)
        let bytes = target  // a local reference, so the closure below may mutate `self`
        return bytes.withUnsafeBytes { target in
            // Where the current key stands against the target.
            var matched = 0
            if !cursor!.first {
                let order = cursor!.key.withUnsafeBytes { key in
                    let n = min(key.count, target.count)
                    while matched < n, key[matched] == target[matched] { matched += 1 }
                    return matched < n ? (key[matched] < target[matched] ? -1 : 1) : (key.count < target.count ? -1 : key.count == target.count ? 0 : 1)
                }
                if order >= 0 { return next() }
            }
            if block + 1 < reader.blockCount {
                if nextFirstKeyBlock != block + 1 {
                    reader.firstKey(ofBlock: block + 1, into: &nextFirstKey)
                    nextFirstKeyBlock = block + 1
                }
                let beyond = nextFirstKey.withUnsafeBytes { first in
                    var i = 0
                    let n = min(first.count, target.count)
                    while i < n, first[i] == target[i] { i += 1 }
                    return i < n ? first[i] < target[i] : first.count <= target.count
                }
                if beyond {
                    enter(block: reader.lastBlock(withFirstKeyAtMost: target, from: block + 1))
                    matched = 0
                }
            }
            while true {
                switch cursor!.seek(to: target, matched: matched, reader.terms) {
                case .found:
                    guard let first = cursor!.key.first else {
                        isDamaged = true  // every key starts with its field byte
                        return false
                    }
                    if first > field {
                        cursor = nil
                        return false
                    }
                    return true
                case .damaged:
                    isDamaged = true
                    return false
                case .endOfBlock:
                    guard block + 1 < reader.blockCount else {
                        cursor = nil
                        return false
                    }
                    enter(block: block + 1)
                    matched = 0
                }
            }
        }
    }

    /// Puts the cursor at the start of block `b`, keeping the key buffer's capacity.
    private mutating func enter(block b: Int) {
        block = b
        var fresh = reader.cursor(atBlock: b)
        if cursor != nil {
            swap(&fresh.key, &cursor!.key)
            fresh.key.removeAll(keepingCapacity: true)
        }
        cursor = fresh
    }

    /// Throws when a step of the enumeration met a damaged block.
    package func checkIntegrity() throws(IndexError) {
        if isDamaged { throw .corrupted(reader.file, "termlisten kan ikke leses") }
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
