import SearchCore

/// Char filters → tokenizer → token filters, behind one seam so ``Analyzer`` can hold any
/// composition. Called once per text, so the existential costs nothing per token.
protocol AnalysisPipeline: Sendable {
    /// Emits the UTF-8 bytes (valid only during the call) and position of each indexable term.
    func forEachTerm(in text: String, _ body: (UnsafeRawBufferPointer, UInt32) -> Void)
    /// Emits the surface key (valid only during the call) and position of every token.
    func forEachSurfaceKey(in text: String, _ body: (UnsafeRawBufferPointer, UInt32) -> Void)
    /// Calls `body` with the indexed term of a surface key, or nil when the token is removed.
    func withIndexedTerm(forSurfaceKey key: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer?) -> Void)
    /// Emits the indexable tokens of `text`.
    func forEachToken(in text: String, _ body: (Token) -> Void)
    /// Emits every token of `text`, stop words included, with what the pipeline knew about it.
    func forEachAnalyzedToken(in text: String, _ body: (AnalyzedToken) -> Void)
}
