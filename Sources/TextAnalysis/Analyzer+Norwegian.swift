extension Analyzer {
    /// The Norwegian analyzer, composed explicitly from `configuration`:
    ///
    /// 1. char filters (inside the tokenizer's read loop, so byte offsets stay exact):
    ///    Unicode lower-casing and ``FoldingMode`` folding;
    /// 2. `NorwegianTokenizer`: words, numbers, hyphenated words (joined form + parts), dates,
    ///    `§` references, case numbers, abbreviations, URLs and e-mail addresses;
    /// 3. token filters on word tokens: `aa` → `å` (``FoldingMode/scandinavian``), Nynorsk →
    ///    Bokmål spellings, stop-word removal, Snowball stemming, then the Nynorsk → Bokmål word
    ///    pairs on stems (``NynorskWordPairs``; on with ``NorwegianAnalyzerConfiguration/nynorsk``).
    public static func norwegian(_ configuration: NorwegianAnalyzerConfiguration = .init()) -> Analyzer {
        configuration == NorwegianAnalyzerConfiguration() ? defaultNorwegian : build(configuration)
    }

    /// Built once: the query side asks for the default analyzer per query.
    static let defaultNorwegian = build(NorwegianAnalyzerConfiguration())

    static func build(_ configuration: NorwegianAnalyzerConfiguration) -> Analyzer {
        let folding = CharacterFolding(mode: configuration.folding)
        let doubleA: DoubleAFilter? = configuration.folding == .scandinavian ? DoubleAFilter() : nil
        let nynorsk: NynorskFilter? = configuration.nynorsk ? NynorskFilter(folding: folding) : nil
        let stopWords: StopWordFilter?
        switch configuration.stopWords {
        case .none:
            stopWords = nil
        case .norwegian:
            stopWords = StopWordFilter(words: NorwegianStopWords.all, folding: folding)
        case .custom(let words):
            stopWords = StopWordFilter(words: words, folding: folding)
        }
        let stemmer: StemFilter? = configuration.stemming ? StemFilter() : nil
        let stemming: NorwegianStemmingChain = TokenFilterChain(doubleA, TokenFilterChain(nynorsk, TokenFilterChain(stopWords, stemmer)))
        let pairs: WordPairFilter? = configuration.nynorsk
            ? WordPairFilter(pairs: NynorskWordPairs.pairs, folding: folding, analysis: stemming) : nil
        let chain: NorwegianFilterChain = TokenFilterChain(stemming, pairs)
        let pipeline = TokenizerPipeline(tokenizer: NorwegianTokenizer(folding: folding), filter: chain)
        return Analyzer(pipeline: NorwegianPipeline(pipeline: pipeline))
    }
}
