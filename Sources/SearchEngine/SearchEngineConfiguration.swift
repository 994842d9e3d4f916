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
    /// How often a long ingest commits durably (see `IngestCommitInterval`).
    public var ingestCommitInterval: IngestCommitInterval = .standard
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
    /// The budget of every search: expanded terms, postings opened, time (see `QueryLimits`).
    public var queryLimits: QueryLimits = .standard
    /// Where C-library formats are extracted (see `ExtractionIsolation`). In process by default
    /// for library use; the CLI and the server run them in child processes.
    public var extractionIsolation: ExtractionIsolation = .inProcess

    public init() {}
}

/// When an ingest run commits before its end: after this many stored documents or this many
/// seconds since its last commit, whichever comes first. A kill loses at most the work since
/// the last commit; each commit costs a flush of every worker's builder (smaller segments, more
/// merging later) and one SQLite COMMIT (~0.18 s on NoReC).
public struct IngestCommitInterval: Sendable {
    /// Documents stored since the last commit. 100,000: a bulk load (`--ren-tekst`, ~12,000
    /// docs/s on NoReC) commits about every 8 s, and NoReC's 34,749 documents stay one commit,
    /// so the benchmark is unchanged. Measured: committing NoReC every 10,000 documents (4
    /// commits) cost 12–17 % more CPU (each commit flushes every builder: more, smaller
    /// segments to write and merge), so a commit per ~100,000 costs about a tenth of that.
    public var documents: Int
    /// Seconds since the last commit. 15 s is Solr's default `autoCommit` `maxTime`: a full
    /// extraction (PDF, DOCX; ~100 files/s) never loses more than 15 s of work, and one
    /// commit's cost is ~1 % of the interval.
    public var seconds: Double

    public init(documents: Int, seconds: Double) {
        self.documents = documents
        self.seconds = seconds
    }

    public static let standard = IngestCommitInterval(documents: 100_000, seconds: 15)

    /// Whether a batch that stored `documents` in `seconds` is due (never before it has at least
    /// one document or a moment of work, so every batch makes progress).
    func isDue(documents: Int, seconds: Double) -> Bool {
        documents >= max(1, self.documents) || seconds >= max(0.001, self.seconds)
    }
}
