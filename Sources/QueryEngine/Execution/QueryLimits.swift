/// The budget of one search, on the model of Lucene's expansion limits and Elasticsearch's
/// circuit breakers: bounds checked before and while a query runs, so no query — however many
/// prefixes, fuzzy terms or common words it holds — can hold a core or memory for long. A query
/// over a bound fails with a `QueryError` saying what to change; it never returns silently
/// partial hits (only expansions are cut, with a note, as before).
public struct QueryLimits: Sendable, Hashable {
    /// Most expanded terms in one query, over all its prefix, fuzzy and range clauses; further
    /// expansions are cut with a note. The parser allows 256 clauses; at 64 terms × 2 fields
    /// each, a query could otherwise open 32,768 postings lists. 2,048 keeps the worst case
    /// within a few long OR queries while no hand-written query comes near it.
    public var maximumExpandedTerms: Int
    /// Most postings one query may open, summed over its terms (document frequencies over all
    /// segments, expanded terms included), checked after planning and before any posting is
    /// read. 4,000,000: `kommun* plan* budsjett*` on NoReC (34,749 documents) opens ~0.5 M and a
    /// 40-word OR query of the commonest words ~2 M, while `a* b* … å*` (29 prefixes, the query
    /// that took 4.3 s) opens ~? M. At ~100–300 M postings/s this is at most a few tenths of a
    /// second of decoding.
    public var maximumPostings: Int
    /// Longest a search may run, checked cooperatively (every `WorkMeter.checkInterval` units of
    /// work) while hits are collected; nil: no limit. 2 s: 10,000× the median OR query on NoReC
    /// (0.2 ms), so only a pathological query meets it, and a handful of such queries cannot
    /// stall the server's other searches for long.
    public var timeLimit: Duration?

    /// The limits described on each property.
    public static let standard = QueryLimits()

    /// Makes limits; every parameter defaults to the value justified on its property.
    public init(maximumExpandedTerms: Int = 2_048, maximumPostings: Int = 4_000_000, timeLimit: Duration? = .seconds(2)) {
        self.maximumExpandedTerms = maximumExpandedTerms
        self.maximumPostings = maximumPostings
        self.timeLimit = timeLimit
    }
}
