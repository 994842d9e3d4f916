import SearchCore

/// The Norwegian tokenizer (with its offset-preserving char filters: lower-casing and folding)
/// followed by a statically composed chain of token filters.
///
/// Deliberately not an ``AnalysisPipeline`` itself: a generic type's protocol witnesses run
/// unspecialised (generic metadata lookups and a retain/release per filter per token, measured
/// at half the analyzer's time). A concrete wrapper such as `NorwegianPipeline` conforms
/// instead, and calls these methods specialised.
struct TokenizerPipeline<Filter: TokenFilter>: Sendable {
    let tokenizer: NorwegianTokenizer
    let filter: Filter

    @inline(__always)
    func forEachToken(in text: String, _ body: (Token) -> Void) {
        tokenizer.tokenize(text) { raw in
            var term = raw.term
            if filter.apply(to: &term, kind: raw.kind) == .keep {
                body(Token(term: term, position: raw.position, byteStart: raw.byteStart, byteEnd: raw.byteEnd))
            }
        }
    }

    @inline(__always)
    func forEachAnalyzedToken(in text: String, _ body: (AnalyzedToken) -> Void) {
        tokenizer.tokenize(text) { raw in
            var term = raw.term
            let decision = filter.apply(to: &term, kind: raw.kind)
            let token = Token(term: term, position: raw.position, byteStart: raw.byteStart, byteEnd: raw.byteEnd)
            body(AnalyzedToken(token: token, normalized: raw.term, kind: raw.kind, isStopWord: decision == .remove))
        }
    }
}
