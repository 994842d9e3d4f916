/// The layout of a surface key (``Analyzer/forEachSurfaceKey(in:_:)``). The filters depend on
/// the tokenizer's normalised term and its ``TokenKind`` only, so the pair is all a memo needs
/// to key on:
/// - a word (most tokens) is its term alone, so a word of up to seven bytes still fits a
///   memo slot whole (`TermTable.inlineLength`);
/// - any other kind is its term followed by one byte, the kind's code (1–8). A word's term
///   never ends in a byte below 0x20 (it ends in a letter, a digit or a combining mark), so
///   the two layouts cannot collide, and a number and a word with the same bytes stay apart.
enum SurfaceKey {
    /// Most bytes a key adds after the term.
    static let suffixBytes = 1

    /// Kinds by their key byte (`code(of:)`).
    static let kinds: [TokenKind] = TokenKind.allCases.sorted { code(of: $0) < code(of: $1) }

    /// Writes `term` and `kind` into `memory` (which holds at least `term.count + suffixBytes`
    /// bytes) and returns the key.
    @inline(__always)
    static func write(_ term: UnsafeBufferPointer<UInt8>, kind: TokenKind, into memory: UnsafeMutableRawBufferPointer) -> UnsafeRawBufferPointer {
        let base = memory.baseAddress!
        if let source = term.baseAddress {
            base.copyMemory(from: source, byteCount: term.count)
        }
        let code = code(of: kind)
        guard code != wordCode else {
            return UnsafeRawBufferPointer(start: base, count: term.count)
        }
        base.storeBytes(of: code, toByteOffset: term.count, as: UInt8.self)
        return UnsafeRawBufferPointer(start: base, count: term.count + suffixBytes)
    }

    /// The code of ``TokenKind/word``, which is never written.
    static let wordCode: UInt8 = 0

    /// Last bytes below this are kind codes; a word's term never ends in one.
    static let firstTermByte: UInt8 = 0x20

    /// The term and kind of a key, or nil when the bytes are not a key.
    static func read(_ key: UnsafeRawBufferPointer) -> (UnsafeBufferPointer<UInt8>, TokenKind)? {
        guard let last = key.last, let base = key.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            return nil
        }
        guard last < firstTermByte else {
            return (UnsafeBufferPointer(start: base, count: key.count), .word)
        }
        guard last != wordCode, Int(last) < kinds.count, key.count > suffixBytes else {
            return nil
        }
        return (UnsafeBufferPointer(start: base, count: key.count - suffixBytes), kinds[Int(last)])
    }

    /// The key byte of `kind`; `kinds` is ordered by it.
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
        case .lawName: 8
        }
    }
}
