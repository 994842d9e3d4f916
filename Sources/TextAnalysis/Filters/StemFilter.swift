internal import NorwegianStemmer

/// Reduces word tokens with the Snowball Norwegian stemmer (`kommunene` → `kommun`).
/// Numbers, dates, references, abbreviations, URLs and e-mail addresses are left as they are.
struct StemFilter: TokenFilter {
    @inline(__always)
    func apply(to term: inout String, kind: TokenKind) -> TokenFilterDecision {
        if kind == .word {
            term = NorwegianStemmer.stem(term)
        }
        return .keep
    }
}
