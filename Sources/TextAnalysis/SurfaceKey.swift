/// The layout of a surface key (``Analyzer/forEachSurfaceKey(in:_:)``): the tokenizer's
/// normalised term, then one byte naming its ``TokenKind``. The filters depend on the term and
/// the kind only, so the pair is all a memo needs to key on; the kind byte keeps a word and a
/// number with the same bytes apart.
enum SurfaceKey {
    /// Bytes after the term.
    static let suffixBytes = 1

    /// Kinds by their key byte.
    static let kinds = TokenKind.allCases

    /// Writes `term` and `kind` into `memory` (which holds at least `term.count + suffixBytes`
    /// bytes) and returns the key.
    @inline(__always)
    static func write(_ term: UnsafeBufferPointer<UInt8>, kind: TokenKind, into memory: UnsafeMutableRawBufferPointer) -> UnsafeRawBufferPointer {
        let base = memory.baseAddress!
        if let source = term.baseAddress {
            base.copyMemory(from: source, byteCount: term.count)
        }
        base.storeBytes(of: code(of: kind), toByteOffset: term.count, as: UInt8.self)
        return UnsafeRawBufferPointer(start: base, count: term.count + suffixBytes)
    }

    /// The term and kind of a key, or nil when the bytes are not a key.
    static func read(_ key: UnsafeRawBufferPointer) -> (UnsafeBufferPointer<UInt8>, TokenKind)? {
        guard key.count >= suffixBytes, let base = key.baseAddress else {
            return nil
        }
        let code = Int(key[key.count - 1])
        guard code < kinds.count else {
            return nil
        }
        return (UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: key.count - suffixBytes), kinds[code])
    }

    /// The key byte of `kind`: its index in `TokenKind.allCases`.
    @inline(__always)
    static func code(of kind: TokenKind) -> UInt8 {
        switch kind {
        case .word: 0
        case .number: 1
        case .abbreviation: 2
        case .date: 3
        case .sectionReference: 4
        case .caseNumber: 5
        case .url: 6
        case .email: 7
        }
    }
}
