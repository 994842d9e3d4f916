internal import NorwegianStemmer

/// Reduces word tokens with the Snowball Norwegian stemmer (`kommunene` → `kommun`).
/// Numbers, dates, references, abbreviations, URLs and e-mail addresses are left as they are.
struct StemFilter: TokenFilter {
    @inline(__always)
    func apply(to term: inout TermBuffer, kind: TokenKind) -> TokenFilterDecision {
        if kind == .word {
            // The stem is a prefix of the word: only the length changes.
            term.truncate(to: term.withMutableBytes { NorwegianStemmer.stem(utf8: $0) })
        }
        return .keep
    }
}
