public import InvertedIndex
public import QueryEngine
public import TextAnalysis
public import TextExtraction

/// Everything that tunes an index, in one typed value (no global registry, no string keys).
public struct SearchEngineConfiguration: Sendable {
    /// Memory the in-memory segment builders may hold before flushing a segment. 256 MB: large
    /// segments index fastest (fewer merges), and 256 MB stays well inside a small server's RAM.
    /// Peak memory while indexing is about this plus the largest document being analysed.
    public var indexingMemoryBudgetBytes: Int = 256 << 20
    /// Parallel extraction/analysis workers; each owns a segment builder with an equal share of
    /// the budget. Default: one per core.
    public var indexingWorkers: Int = max(1, System.coreCount)
    /// Flush a worker's segment after this many documents even below the memory budget. Off by
    /// default; tests set it small so that a few documents make many segments (FTS5's `pgsz`
    /// trick for exercising multi-segment code paths).
    public var maxDocumentsPerSegment: Int?
    public var mergePolicy: TieredMergePolicy = TieredMergePolicy()
    public var analyzer: NorwegianAnalyzerConfiguration = NorwegianAnalyzerConfiguration()
    public var bm25: BM25Parameters = .standard
    public var fieldWeights: FieldWeights = .standard
    /// Split closed compounds in queries into index-known parts (`Decompounder`). On: the
    /// evaluation (`eval --ablation`) shows it helps (README «Sammensatte ord»).
    public var decompounding = true
    /// Synonyms searched beside the written words, weighted lower (`QueryBuilder.synonymWeight`):
    /// the shipped list by default, another with `SynonymList.load(path:)` (`--synonymer FIL`).
    public var synonyms: SynonymList = .standard
    /// What a synonym's score is multiplied by; `QueryBuilder.synonymWeight` (chosen by
    /// `eval --ablation`). Must be above 0; below 1 ranks the written word first.
    public var synonymWeight: Double = QueryBuilder.synonymWeight
    public var extractionLimits: ExtractionLimits = .default
    /// Where C-library formats are extracted (see `ExtractionIsolation`). In process by default
    /// for library use; the CLI and the server run them in child processes.
    public var extractionIsolation: ExtractionIsolation = .inProcess

    public init() {}
}
