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
    func apply(to term: inout TermBuffer, kind: TokenKind) -> TokenFilterDecision {
        guard kind == .word || kind == .lawName, term.count >= Self.minimumWordLength else {
            return .keep
        }
        // `aa` and `å` are both two bytes, so the rewrite works in place.
        term.withMutableBytes { bytes in
            var previousWasA = false
            for index in bytes.indices {
                if bytes[index] == UInt8(ascii: "a") && previousWasA {
                    bytes[index - 1] = Self.ringA.lead
                    bytes[index] = Self.ringA.tail
                    previousWasA = false
                } else {
                    previousWasA = bytes[index] == UInt8(ascii: "a")
                }
            }
        }
        return .keep
    }

    /// `å` in UTF-8.
    static let ringA: (lead: UInt8, tail: UInt8) = (0xC3, 0xA5)
}
