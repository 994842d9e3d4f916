public import SearchCore

/// A token with what the pipeline knew about it: the form before the token filters, its kind
/// and the stop-word decision. Used for highlighting and by `kommunesok analyze`.
public struct AnalyzedToken: Sendable, Hashable {
    /// The token as ``Analyzer/forEachToken(in:_:)`` emits it. For a stop word, `term` is the
    /// normalised form (the token is not indexed).
    public var token: Token
    /// The lower-cased, folded form the tokenizer produced, before Nynorsk mapping, stop-word
    /// removal and stemming (`Kommunane` → `kommunane`).
    public var normalized: String
    /// What kind of text the token was read from.
    public var kind: TokenKind
    /// True when the stop-word filter removed the token: it is not indexed and not searched,
    /// but its position is consumed, so phrase queries keep the gap.
    public var isStopWord: Bool

    /// Creates an analysed token.
    public init(token: Token, normalized: String, kind: TokenKind, isStopWord: Bool) {
        self.token = token
        self.normalized = normalized
        self.kind = kind
        self.isStopWord = isStopWord
    }
}
