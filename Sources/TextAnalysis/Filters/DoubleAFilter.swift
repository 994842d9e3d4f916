/// Rewrites the old spelling `aa` as `å` in word tokens (``FoldingMode/scandinavian``):
/// `aasen` → `åsen`, `aalesund` → `ålesund`, `paa` → `på`.
///
/// Applied everywhere in the word, as Lucene's ScandinavianNormalizationFilter does. A compound
/// boundary (`dataanalyse` → `datånalyse`) is rewritten the same way on the index and the query
/// side, so the word still matches itself; the only loss would be a word with `aa` colliding with
/// a different word with `å`, which modern Norwegian practically never has. Restricting the rule
/// to the start of words would miss names like `Braathen`, `Haakon` and `Kaasa`.
/// Words shorter than ``minimumWordLength`` bytes are left alone (the abbreviation `AA`).
/// Unlike Lucene, `ae`, `oe`, `ao`, `oo` are not rewritten: `poet`, `israel`, `zoo`.
struct DoubleAFilter: TokenFilter {
    /// `aa` alone is an abbreviation (Anonyme Alkoholikere), not an old `å`.
    static let minimumWordLength = 3

    @inline(__always)
    func apply(to term: inout String, kind: TokenKind) -> TokenFilterDecision {
        guard kind == .word, term.utf8.count >= Self.minimumWordLength, Self.containsDoubleA(term) else {
            return .keep
        }
        var output: [UInt8] = []
        output.reserveCapacity(term.utf8.count)
        var previousWasA = false
        for byte in term.utf8 {
            if byte == UInt8(ascii: "a") && previousWasA {
                output.removeLast()
                output.append(0xC3)
                output.append(0xA5)
                previousWasA = false
            } else {
                output.append(byte)
                previousWasA = byte == UInt8(ascii: "a")
            }
        }
        term = String(decoding: output, as: UTF8.self)
        return .keep
    }

    @inline(__always)
    static func containsDoubleA(_ term: String) -> Bool {
        var previousWasA = false
        for byte in term.utf8 {
            let isA = byte == UInt8(ascii: "a")
            if isA && previousWasA {
                return true
            }
            previousWasA = isA
        }
        return false
    }
}
