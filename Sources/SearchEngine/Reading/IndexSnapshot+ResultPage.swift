internal import DocumentStore
public import QueryEngine
internal import SearchCore

extension SearchOptions {
    /// Largest page: more hits than anyone reads at once, and a bound on snippets built.
    public static let maxLimit = 10_000
    /// Deepest offset: the top-k collector holds offset + limit hits, so this bounds its memory
    /// (100 000 entries of 16 bytes).
    public static let maxOffset = 100_000
}

extension IndexSnapshot {
    /// One page of results for `query`: ordered, paged, with near-duplicates folded and facets
    /// counted as `options` say. The one implementation behind `kommunesok search`, the JSON API
    /// and the web page.
    ///
    /// Paging counts slots of the final list, so with grouping a page is refilled from below
    /// when copies on it are folded, and the next page starts after the refill (see
    /// `NearDuplicateGrouping` for the walk and its bounds).
    public func searchPage(_ query: Query, options: SearchOptions) throws(SearchEngineError) -> ResultPage {
        guard (1...SearchOptions.maxLimit).contains(options.limit) else {
            throw SearchEngineError(.invalidArgument, "Antall treff per side må være fra 1 til \(SearchOptions.maxLimit), ikke \(options.limit).")
        }
        guard (0...SearchOptions.maxOffset).contains(options.offset) else {
            throw SearchEngineError(.invalidArgument, "Forskyvningen (offset) må være fra 0 til \(SearchOptions.maxOffset), ikke \(options.offset). Snevre inn søket i stedet for å bla så langt.")
        }
        let end = options.offset + options.limit
        let lookahead = NearDuplicateGrouping.lookahead
        let initial = options.groupNearDuplicates ? min(end, NearDuplicateGrouping.maxDepth) + lookahead : end
        var ranked = try RankedHits(self, query: query, order: options.order, count: initial, needsWindow: options.countFacets)

        var docs: [DocumentID: StoredDocument] = [:]
        var notes = ranked.first.notes
        var entries: [(hit: ScoredDocument, members: [Int])] = []
        var folded = 0
        if options.groupNearDuplicates {
            let grouper = try walk(&ranked, until: end, documents: &docs, notes: &notes)
            folded = grouper.folded
            let groups = grouper.groups
            if options.offset < groups.count {
                entries = groups[options.offset..<min(end, groups.count)].map { (ranked.hits[$0.rank], $0.members) }
            }
            if end > groups.count {
                // The walk ended at `maxDepth` or at the end of the list: the rest is ungrouped,
                // continuing right after the last document walked.
                let from = grouper.walked + max(0, options.offset - groups.count)
                entries += try ranked.slice(from: from, count: end - max(options.offset, groups.count)).map { ($0, []) }
            }
        } else {
            entries = try ranked.slice(from: options.offset, count: options.limit).map { ($0, []) }
        }

        let missing = entries.map(\.hit.id).filter { docs[$0] == nil }
        if !missing.isEmpty { docs.merge(try loadDocuments(missing, notes: &notes)) { a, _ in a } }
        var hits = makeHits(entries.map(\.hit), documents: docs, query: query)
        let membersByID = Dictionary(entries.map { ($0.hit.id, $0.members) }, uniquingKeysWith: { a, _ in a })
        for i in hits.indices {
            hits[i].alsoSharedBy = (membersByID[hits[i].id] ?? []).compactMap { rank in
                docs[ranked.hits[rank].id].map(NearDuplicateCopy.init)
            }
        }

        var facets: FacetCounts?
        var facetsExact = true
        if options.countFacets, let window = ranked.window {
            facets = try facetCounts(among: Set(window.map(\.id)))
            facetsExact = ranked.first.totalIsExact && window.count == ranked.first.totalHits
        }
        return ResultPage(
            hits: hits, totalHits: ranked.first.totalHits, totalIsExact: ranked.first.totalIsExact,
            pageableHits: options.order == .date ? ranked.hits.count : ranked.first.totalHits,
            foldedHits: folded, facets: facets, facetsExact: facetsExact,
            // A damaged document met twice (walk, then page) is named once.
            notes: notes.reduce(into: []) { unique, note in if !unique.contains(note) { unique.append(note) } })
    }

    /// Walks `ranked` in order, folding near-duplicates, until the grouped list holds `end`
    /// documents and `NearDuplicateGrouping.lookahead` more have been walked, or the list or
    /// `NearDuplicateGrouping.maxDepth` ends. Documents are loaded in batches into `docs` (their
    /// signatures come from them; the page's hits reuse them).
    private func walk(
        _ ranked: inout RankedHits, until end: Int, documents docs: inout [DocumentID: StoredDocument], notes: inout [String]
    ) throws(SearchEngineError) -> NearDuplicateGrouper {
        let lookahead = NearDuplicateGrouping.lookahead
        var grouper = NearDuplicateGrouper()
        var filledAt: Int?
        while grouper.walked < NearDuplicateGrouping.maxDepth {
            if let f = filledAt, grouper.walked >= f + lookahead { break }
            // Documents still needed, at least: the rest of the page, then the look-ahead.
            let wanted = min(NearDuplicateGrouping.maxDepth, grouper.walked + max(0, end - grouper.groups.count) + lookahead)
            if grouper.walked >= ranked.hits.count {
                try ranked.ensure(wanted)
                guard grouper.walked < ranked.hits.count else { break }
            }
            let id = ranked.hits[grouper.walked].id
            if docs[id] == nil {
                let batch = ranked.hits[grouper.walked..<min(ranked.hits.count, max(wanted, grouper.walked + 1))].map(\.id).filter { docs[$0] == nil }
                docs.merge(try loadDocuments(batch, notes: &notes)) { a, _ in a }
            }
            grouper.add(docs[id].flatMap { signature(of: $0) })
            if filledAt == nil, grouper.groups.count >= end { filledAt = grouper.walked }
        }
        return grouper
    }
}
