import SearchCore

/// The filters of ``Analyzer/norwegian(_:)`` up to stemming: `aa` → `å`, Nynorsk spellings →
/// Bokmål, stop words, stemming. A step the configuration switches off is `nil`.
typealias NorwegianStemmingChain = TokenFilterChain<
    DoubleAFilter?, TokenFilterChain<NynorskFilter?, TokenFilterChain<StopWordFilter?, StemFilter?>>
>

/// The filter chain of ``Analyzer/norwegian(_:)``: the stemming chain, then the Nynorsk → Bokmål
/// word pairs on stems (``WordPairFilter``).
typealias NorwegianFilterChain = TokenFilterChain<NorwegianStemmingChain, WordPairFilter?>

/// The concrete pipeline behind ``Analyzer/norwegian(_:)``; non-generic, so the whole chain is
/// specialised and inlined into these methods.
struct NorwegianPipeline: AnalysisPipeline {
    let pipeline: TokenizerPipeline<NorwegianFilterChain>

    func forEachTerm(in text: String, _ body: (UnsafeRawBufferPointer, UInt32) -> Void) {
        pipeline.forEachTerm(in: text, body)
    }

    func forEachSurfaceKey(in text: String, _ body: (UnsafeRawBufferPointer, UInt32) -> Void) {
        pipeline.forEachSurfaceKey(in: text, body)
    }

    func withIndexedTerm(forSurfaceKey key: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer?) -> Void) {
        pipeline.withIndexedTerm(forSurfaceKey: key, body)
    }

    func forEachToken(in text: String, _ body: (Token) -> Void) {
        pipeline.forEachToken(in: text, body)
    }

    func forEachAnalyzedToken(in text: String, _ body: (AnalyzedToken) -> Void) {
        pipeline.forEachAnalyzedToken(in: text, body)
    }
}
