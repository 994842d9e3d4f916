/// One step after the tokenizer: rewrites a token's term, or removes the token.
///
/// A removed token keeps its position (the tokenizer assigned it), so phrase queries keep gaps.
/// Filters are composed statically with `TokenFilterChain` and `Optional`, so the hot path has
/// no dynamic dispatch. They work on the term's UTF-8 bytes in place (``TermBuffer``): the
/// pipeline makes a `String` only where a caller asks for one.
protocol TokenFilter: Sendable {
    /// Rewrites `term` (of a token of `kind`) in place, or tells the pipeline to remove it.
    func apply(to term: inout TermBuffer, kind: TokenKind) -> TokenFilterDecision

    /// The longest term, in bytes, this filter can make of a term of at most `inputBytes` bytes; sizes
    /// the pipeline's ``TermBuffer``.
    func maximumOutputBytes(forInputBytes inputBytes: Int) -> Int
}

extension TokenFilter {
    /// Most filters never lengthen a term.
    func maximumOutputBytes(forInputBytes inputBytes: Int) -> Int {
        inputBytes
    }
}

/// What a ``TokenFilter`` decided about a token.
enum TokenFilterDecision: Sendable, Hashable {
    /// Pass the (possibly rewritten) token on.
    case keep
    /// Remove the token from the stream (a stop word); its position stays consumed.
    case remove
}
