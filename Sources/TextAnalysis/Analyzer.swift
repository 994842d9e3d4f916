public import SearchCore

/// Turns text into the terms the index stores and the query parser looks up.
///
/// The index and the query side must use the same analyzer (same configuration), so that a
/// query word and the text it should match produce the same term. Positions count words in the
/// original text; several tokens may share a position (a hyphenated word's joined form and its
/// first part; `§5-1` and `5-1`; a date's ISO form and its year). Removed stop words still
/// consume their position.
public struct Analyzer: Sendable {
    /// The concrete pipeline; an existential only at this configuration edge; everything inside
    /// a pipeline is generic and specialised.
    let pipeline: any AnalysisPipeline

    init(pipeline: any AnalysisPipeline) {
        self.pipeline = pipeline
    }

    /// The default Norwegian analyzer, the same as `Analyzer.norwegian()`.
    public init() {
        self = .norwegian()
    }

    /// Analyses `text` and returns the indexable tokens (stop words removed), in text order with
    /// non-decreasing positions.
    public func analyze(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / Self.estimatedBytesPerToken)
        pipeline.forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` for each indexable token of `text`, without collecting them in an array.
    public func forEachToken(in text: String, _ body: (Token) -> Void) {
        pipeline.forEachToken(in: text, body)
    }

    /// Calls `body` with the UTF-8 bytes and the position of each indexable term of `text`: the
    /// same terms and positions as ``forEachToken(in:_:)``, in the same order, without making a
    /// `String` per term (the hot path of the indexer). The bytes are valid only during the call
    /// and must be copied to be kept.
    public func forEachTerm(in text: String, _ body: (UnsafeRawBufferPointer, UInt32) -> Void) {
        pipeline.forEachTerm(in: text, body)
    }

    /// Calls `body` with the *surface key* and position of every token of `text`, removed stop
    /// words included, before any token filter runs. A surface key is opaque bytes (valid only
    /// during the call) that determine the token's indexed term: equal keys always give the
    /// same term, which ``withIndexedTerm(forSurfaceKey:_:)`` computes. An indexer that
    /// memoises that per key runs the filters (Nynorsk, stop words, stemming) once per distinct
    /// word form instead of once per token: the same terms and positions as
    /// ``forEachTerm(in:_:)``, in the same order, for a fraction of the work.
    public func forEachSurfaceKey(in text: String, _ body: (UnsafeRawBufferPointer, UInt32) -> Void) {
        pipeline.forEachSurfaceKey(in: text, body)
    }

    /// Calls `body` with the indexed term of a surface key from ``forEachSurfaceKey(in:_:)``
    /// (valid only during the call), or with nil when the token is not indexed (a stop word).
    public func withIndexedTerm(forSurfaceKey key: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer?) -> Void) {
        pipeline.withIndexedTerm(forSurfaceKey: key, body)
    }

    /// Analyses `text` and returns every token including removed stop words, each with its
    /// normalised (unstemmed) form, kind and stop-word decision. Slower than ``analyze(_:)``;
    /// meant for highlighting, phrase diagnostics and `kommunesok analyze`.
    public func analyzeDetailed(_ text: String) -> [AnalyzedToken] {
        var tokens: [AnalyzedToken] = []
        pipeline.forEachAnalyzedToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` for every token of `text` including removed stop words (see
    /// ``analyzeDetailed(_:)``).
    public func forEachAnalyzedToken(in text: String, _ body: (AnalyzedToken) -> Void) {
        pipeline.forEachAnalyzedToken(in: text, body)
    }

    /// Average UTF-8 bytes per emitted token in Norwegian prose (about 5 letters plus a space,
    /// minus the stop words); only sizes the first allocation of ``analyze(_:)``.
    static let estimatedBytesPerToken = 8
}
