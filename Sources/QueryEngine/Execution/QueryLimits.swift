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
    /// Most postings the query's prefix and fuzzy expansions may open: the document frequencies
    /// of the expanded terms summed over segments, checked after each expansion and before any
    /// posting is read. Plain words are not charged (the parser bounds them to 256 clauses and
    /// WAND skips through common ones), nor are metadata ranges (date filters, see
    /// `QueryPlan.resolveExpansion`). 1,000,000: on NoReC (34,749 documents) `a*` opens
    /// 149 k, `a* b* c*` 325 k (0.27 s of WAND over its 384 clauses), six one-letter prefixes
    /// 0.8 M, and `a* b* … å*` (29 prefixes, 2,048 terms, 4.3–16 s before this bound) 2.1 M,
    /// while `kommun* plan* budsjett*` opens 4.8 k — so every accepted expansion runs in well
    /// under a second and only floods of one-letter prefixes are refused.
    public var maximumPostings: Int
    /// Longest a search may run, checked cooperatively (every `WorkMeter.checkInterval` units of
    /// work) while hits are collected; nil: no limit. 2 s: 10,000× the median OR query on NoReC
    /// (0.2 ms), so only a pathological query meets it, and a handful of such queries cannot
    /// stall the server's other searches for long.
    public var timeLimit: Duration?

    /// The limits described on each property.
    public static let standard = QueryLimits()

    /// Makes limits; every parameter defaults to the value justified on its property.
    public init(maximumExpandedTerms: Int = 2_048, maximumPostings: Int = 1_000_000, timeLimit: Duration? = .seconds(2)) {
        self.maximumExpandedTerms = maximumExpandedTerms
        self.maximumPostings = maximumPostings
        self.timeLimit = timeLimit
    }
}
