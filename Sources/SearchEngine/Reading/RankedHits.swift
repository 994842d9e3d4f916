internal import InvertedIndex
internal import QueryEngine
internal import SearchCore

/// The ordered hit list behind a result page, fetched as far as needed. In relevance order it
/// is the engine's top-k, searched again with a larger k when a walk needs more; in date order
/// it is the best `SearchOptions.window` hits sorted by date, and ends there.
struct RankedHits {
    let snapshot: IndexSnapshot
    let query: Query
    let order: ResultOrder
    /// The hits fetched so far, in order.
    private(set) var hits: [ScoredDocument]
    /// The first search's totals and notes.
    let first: SearchResults
    /// The first `window` hits by relevance (for facets), when they were fetched.
    let window: [ScoredDocument]?
    /// True when no hit exists beyond `hits`.
    private(set) var complete: Bool

    /// Fetches the first `count` hits; the whole window when `needsWindow` or in date order.
    init(_ snapshot: IndexSnapshot, query: Query, order: ResultOrder, count: Int, needsWindow: Bool) throws(SearchEngineError) {
        self.snapshot = snapshot
        self.query = query
        self.order = order
        let k = order == .date || needsWindow ? max(count, SearchOptions.window) : max(count, 1)
        first = try snapshot.search(query, limit: k)
        complete = first.hits.count < k
        window = order == .date || needsWindow ? Array(first.hits.prefix(SearchOptions.window)) : nil
        switch order {
        case .relevance:
            hits = first.hits
        case .date:
            let best = Array(first.hits.prefix(SearchOptions.window))
            hits = try Self.byDate(best, snapshot)
            complete = true
        }
    }

    /// Makes at least `count` hits available when that many exist (relevance order only; date
    /// order holds its whole window already).
    mutating func ensure(_ count: Int) throws(SearchEngineError) {
        guard !complete, hits.count < count else { return }
        let k = max(count, hits.count * 2)
        let more = try snapshot.search(query, limit: k)
        hits = more.hits
        complete = more.hits.count < k
    }

    /// `count` hits from raw position `start` (beyond `hits` in relevance order: searched
    /// directly with an offset, so a deep page does not hold every hit above it).
    func slice(from start: Int, count: Int) throws(SearchEngineError) -> [ScoredDocument] {
        guard count > 0 else { return [] }
        if start + count <= hits.count || complete {
            return start < hits.count ? Array(hits[start..<min(hits.count, start + count)]) : []
        }
        return try snapshot.search(query, limit: count, offset: start).hits
    }

    /// Newest date first; undated last; equal dates by score, then id.
    static func byDate(_ hits: [ScoredDocument], _ snapshot: IndexSnapshot) throws(SearchEngineError) -> [ScoredDocument] {
        let dates: [DocumentID: String]
        do {
            dates = try MetadataLookup.values(snapshot, key: .date, among: Set(hits.map(\.id)))
        } catch {
            throw SearchEngineError(error)
        }
        return hits.sorted { a, b in
            let da = dates[a.id] ?? "", db = dates[b.id] ?? ""
            return da != db ? da > db : (a.score != b.score ? a.score > b.score : a.id < b.id)
        }
    }
}
