internal import Foundation
internal import SearchEngine

/// What every route needs: the index, the search service, the single writer, the metrics and
/// the configuration. Immutable and shared by all requests.
struct ServerState: Sendable {
    let index: SearchIndex
    let configuration: ServerConfiguration
    let search: SearchService
    let writer: IndexWriterService
    let metrics: ServerMetrics
    let started: ContinuousClock.Instant

    init(index: SearchIndex, configuration: ServerConfiguration, metrics: ServerMetrics) {
        self.index = index
        self.configuration = configuration
        self.metrics = metrics
        search = SearchService(index: index)
        writer = IndexWriterService(index: index, metrics: metrics)
        started = ContinuousClock.now
    }

    /// Whether `authorization` (the header's value) carries the server's bearer token.
    func isAuthorized(_ authorization: String?) -> Bool {
        guard let authorization else { return false }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        return APIToken.matches(parts[1].trimmingCharacters(in: .whitespaces), configuration.token)
    }

    /// The current snapshot (taken per request: it reads one manifest row, and so always sees
    /// the last commit, also one made by `kommunesok index` in another process).
    func snapshot() throws(APIError) -> IndexSnapshot {
        do { return try index.snapshot() } catch { throw APIError(error) }
    }
}
