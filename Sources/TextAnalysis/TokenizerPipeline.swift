public import SearchCore

/// The Norwegian tokenizer (with its offset-preserving char filters: lower-casing and folding)
/// followed by a statically composed chain of token filters.
struct TokenizerPipeline<Filter: TokenFilter>: AnalysisPipeline {
    let tokenizer: NorwegianTokenizer
    let filter: Filter

    func forEachToken(in text: String, _ body: (Token) -> Void) {
        tokenizer.tokenize(text) { raw in
            var term = raw.term
            if filter.apply(to: &term, kind: raw.kind) == .keep {
                body(Token(term: term, position: raw.position, byteStart: raw.byteStart, byteEnd: raw.byteEnd))
            }
        }
    }

    func forEachAnalyzedToken(in text: String, _ body: (AnalyzedToken) -> Void) {
        tokenizer.tokenize(text) { raw in
            var term = raw.term
            let decision = filter.apply(to: &term, kind: raw.kind)
            let token = Token(term: term, position: raw.position, byteStart: raw.byteStart, byteEnd: raw.byteEnd)
            body(AnalyzedToken(token: token, normalized: raw.term, kind: raw.kind, isStopWord: decision == .remove))
        }
    }
}
