/// One page of a search (`IndexSnapshot.searchPage(_:options:)`): the hits, ready to show, and
/// what the whole result looks like.
public struct ResultPage: Sendable {
    /// The hits of the page, in order; near-duplicates folded into `Hit.alsoSharedBy` when
    /// grouping is on.
    public var hits: [Hit]
    /// Matching documents (folded near-duplicates included); a lower bound when `totalIsExact`
    /// is false.
    public var totalHits: Int
    /// False when `totalHits` is a lower bound (over 1000 matches).
    public var totalIsExact: Bool
    /// How many hits can be paged through before grouping: `totalHits` in relevance order,
    /// at most `SearchOptions.window` in date order (which sorts the best 1000 only).
    public var pageableHits: Int
    /// Near-duplicates folded away within the grouped part of the list so far (0 without
    /// grouping); `pageableHits - foldedHits` estimates the length of the grouped list.
    public var foldedHits: Int
    /// Facet counts over the best `SearchOptions.window` hits, when asked for.
    public var facets: FacetCounts?
    /// True when the facets count every match (all matches were among the best `window`).
    public var facetsExact: Bool
    /// What the user should know about how the query ran, in Norwegian.
    public var notes: [String]
}
