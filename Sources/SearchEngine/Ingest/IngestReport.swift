public import SearchCore

/// What happened to each item of an ingest run.
public struct IngestReport: Sendable {
    public enum Status: Sendable, Equatable {
        /// Indexed for the first time.
        case indexed(DocumentID)
        /// The key existed with other content: replaced.
        case replaced(DocumentID)
        /// Same content as already indexed: skipped.
        case unchanged
        /// Not indexed; the message says which file, what is wrong and what to do.
        case failed(String)
    }

    public struct Outcome: Sendable {
        public var externalKey: String
        public var path: String?
        public var status: Status
        /// Non-fatal remarks from extraction (e.g. «ingen tekst funnet — skannet dokument?»).
        public var warnings: [String]
    }

    public var outcomes: [Outcome] = []
    /// Documents removed (deleted keys, or `--sync` for vanished files).
    public var removed: Int = 0
    public var bytesRead: Int = 0
    public var seconds: Double = 0
    /// Segments flushed by this run (all its commits).
    public var segmentsWritten: Int = 0

    public var indexedCount: Int { outcomes.filter { if case .indexed = $0.status { true } else { false } }.count }
    public var replacedCount: Int { outcomes.filter { if case .replaced = $0.status { true } else { false } }.count }
    public var unchangedCount: Int { outcomes.filter { $0.status == .unchanged }.count }
    public var failures: [Outcome] { outcomes.filter { if case .failed = $0.status { true } else { false } } }
}

/// Progress of a running ingest, reported to a callback (CLI progress line, API status).
public struct IngestProgress: Sendable {
    public var itemsDone: Int
    public var itemsTotal: Int
    public var bytesDone: Int
    public var failures: Int
    public var seconds: Double
    /// Items settled when the run's last periodic commit landed (they survive an interruption).
    public var itemsCommitted: Int

    public init(itemsDone: Int, itemsTotal: Int, bytesDone: Int, failures: Int, seconds: Double, itemsCommitted: Int = 0) {
        self.itemsDone = itemsDone
        self.itemsTotal = itemsTotal
        self.bytesDone = bytesDone
        self.failures = failures
        self.seconds = seconds
        self.itemsCommitted = itemsCommitted
    }
}
