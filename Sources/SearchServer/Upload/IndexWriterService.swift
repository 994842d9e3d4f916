internal import Prometheus
internal import Dispatch
public import SearchCore
public import SearchEngine

/// The server's only way to change the index: owns the `IndexWriter` and runs every write, one
/// at a time, on its own serial dispatch queue — off the request path and off Swift's
/// cooperative thread pool, which a long ingest would otherwise block.
///
/// Each call is one commit, and returns only after the commit is durable (`IndexWriter`
/// fsyncs segment files and commits SQLite with `synchronous=FULL`): a 201 response to an
/// upload therefore means the documents survive `kill -9`.
///
/// The writer is opened for each call and closed after it, so the index's cross-process write
/// lock is held only while writing: `kommunesok index` can run between uploads. While another
/// process holds the lock, calls fail with `SearchEngineError.Code.locked` (HTTP 503).
public actor IndexWriterService {
    let index: SearchIndex
    let metrics: ServerMetrics?
    /// Serialises writes. Actor methods suspend while waiting for it, so they are re-entrant;
    /// the serial queue, not the actor, guarantees that one writer call runs at a time.
    private let queue = DispatchQueue(label: "kommunesok.index-writer")
    /// Write calls waiting or running (for `/api/stats`).
    public private(set) var pending = 0
    /// Commits made by this server since it started.
    public private(set) var commits = 0

    /// Creates the service for `index`.
    public init(index: SearchIndex, metrics: ServerMetrics? = nil) {
        self.index = index
        self.metrics = metrics
    }

    /// Indexes `items` as one commit.
    public func ingest(_ items: [IngestItem]) async throws(SearchEngineError) -> IngestReport {
        let report = try await run { writer throws(SearchEngineError) in
            let report = try writer.ingest(items)
            // Each upload is a segment; the merge policy keeps their number logarithmic. A failed
            // merge leaves the index as it was, so it never fails the acknowledged upload.
            _ = try? writer.merge()
            return report
        }
        if let metrics {
            metrics.ingestSucceeded.increment(by: Int64(report.outcomes.count - report.failures.count))
            metrics.ingestFailed.increment(by: Int64(report.failures.count))
        }
        return report
    }

    /// Deletes one document; returns whether it existed.
    public func delete(_ id: DocumentID) async throws(SearchEngineError) -> Bool {
        try await run { writer throws(SearchEngineError) in
            let deleted = try writer.delete(id)
            _ = try? writer.merge()  // reclaims segments whose documents are mostly deleted
            return deleted
        }
    }

    private func run<T: Sendable>(_ body: @escaping @Sendable (IndexWriter) throws(SearchEngineError) -> T) async throws(SearchEngineError) -> T {
        pending += 1
        defer { pending -= 1 }
        let index = self.index
        let result: Result<T, SearchEngineError> = await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: Result { () throws(SearchEngineError) -> T in
                    let writer = try index.openWriter()
                    return try body(writer)
                })
            }
        }
        let value = try result.get()
        commits += 1
        return value
    }
}
