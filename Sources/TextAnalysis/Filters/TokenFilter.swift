/// One step after the tokenizer: rewrites a token's term, or removes the token.
///
/// A removed token keeps its position (the tokenizer assigned it), so phrase queries keep gaps.
/// Filters are composed statically with `TokenFilterChain` and `Optional`, so the hot path has
/// no dynamic dispatch.
protocol TokenFilter: Sendable {
    /// Rewrites `term` (of a token of `kind`) in place, or tells the pipeline to remove it.
    func apply(to term: inout String, kind: TokenKind) -> TokenFilterDecision
}

/// What a ``TokenFilter`` decided about a token.
enum TokenFilterDecision: Sendable, Hashable {
    /// Pass the (possibly rewritten) token on.
    case keep
    /// Remove the token from the stream (a stop word); its position stays consumed.
    case remove
}
