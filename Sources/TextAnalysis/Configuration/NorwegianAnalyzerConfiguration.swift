/// The typed configuration of ``Analyzer/norwegian(_:)``: which steps the pipeline runs.
///
/// The defaults are what the index and the query side both use. Changing any of them changes
/// the terms the index holds, so an index must be rebuilt after a change.
public struct NorwegianAnalyzerConfiguration: Sendable, Hashable {
    /// Which stop words are removed from the token stream (they still consume a position).
    public var stopWords: StopWordMode
    /// Whether word tokens are reduced by the Snowball Norwegian stemmer.
    public var stemming: Bool
    /// Whether common Nynorsk spellings are mapped to their Bokmål forms before stop-word
    /// removal and stemming, so that the two written standards meet (see `NynorskFilter`).
    public var nynorsk: Bool
    /// How letters are folded after lower-casing.
    public var folding: FoldingMode

    /// Creates a configuration; every argument defaults to what the search engine uses.
    public init(
        stopWords: StopWordMode = .norwegian,
        stemming: Bool = true,
        nynorsk: Bool = true,
        folding: FoldingMode = .scandinavian
    ) {
        self.stopWords = stopWords
        self.stemming = stemming
        self.nynorsk = nynorsk
        self.folding = folding
    }
}
