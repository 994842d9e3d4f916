/// What `IndexSnapshot.searchPage(_:options:)` returns beside the query: which page, in what
/// order, whether near-duplicates are folded together and whether facets are counted.
public struct SearchOptions: Sendable, Equatable {
    /// Hits per page (at least 1).
    public var limit: Int
    /// Hits skipped before the page, counted in the final (grouped, ordered) list.
    public var offset: Int
    /// The order of the list.
    public var order: ResultOrder
    /// Fold each near-duplicate into the best-ranked copy («også delt av …») instead of giving
    /// it its own slot (see `NearDuplicateGrouping`).
    public var groupNearDuplicates: Bool
    /// Count type, kommune, år and format over the best `window` hits.
    public var countFacets: Bool

    /// Facets are counted, and date order sorts, over the best `window` hits. 1000 matches the
    /// engine's exact-count limit (`HitCounting.standard`): within it counts are exact; beyond
    /// it they describe the best 1000 hits (`ResultPage.facetsExact` is false) and date order
    /// pages through those 1000 only.
    public static let window = 1000

    /// Creates options; the defaults are the first page of 10, by relevance, grouped, no facets.
    public init(limit: Int = 10, offset: Int = 0, order: ResultOrder = .relevance, groupNearDuplicates: Bool = true, countFacets: Bool = false) {
        self.limit = limit
        self.offset = offset
        self.order = order
        self.groupNearDuplicates = groupNearDuplicates
        self.countFacets = countFacets
    }
}
