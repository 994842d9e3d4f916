import TextAnalysis
import BenchmarkSupport

/// One analyzer configuration the benchmark times, with the token count it must produce on
/// NoReC train (measured once; a different count stops the run).
struct AnalyzerVariant {
    let name: String
    let configuration: NorwegianAnalyzerConfiguration
    let expectedTokens: Int

    static let all = [
        AnalyzerVariant(
            name: "full (default: stop words, Nynorsk, stemming)",
            configuration: NorwegianAnalyzerConfiguration(),
            expectedTokens: NoReCCorpus.defaultAnalyzerTokenCount
        ),
        AnalyzerVariant(
            name: "no stemming (stop words, Nynorsk)",
            configuration: NorwegianAnalyzerConfiguration(stemming: false),
            expectedTokens: NoReCCorpus.defaultAnalyzerTokenCount
        ),
        // No token filter at all: no stop words, no Nynorsk mapping, no stemming, and folding
        // `.diacritics` rather than `.scandinavian`, whose `aa` → `å` step is a token filter.
        // Lower-casing and diacritic folding stay: they run inside the tokenizer's read loop.
        AnalyzerVariant(
            name: "tokenizer only (no token filters)",
            configuration: NorwegianAnalyzerConfiguration(stopWords: .none, stemming: false, nynorsk: false, folding: .diacritics),
            expectedTokens: 13_803_513
        ),
    ]
}
