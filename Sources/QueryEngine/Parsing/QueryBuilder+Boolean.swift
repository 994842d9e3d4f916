extension QueryBuilder {
    /// One boolean group: AND puts clauses in `must` (filters in `filter`), OR in `should`;
    /// `+x` is always `must`, `-x` always `mustNot`. Dropped clauses (stop words) vanish; simple
    /// nestings are flattened so a plain list of words keeps the block-max WAND fast path.
    func combine(
        _ children: [QuerySyntax], isAnd: Bool, at group: QuerySyntax, _ context: Context, _ notes: inout [String]
    ) throws(QueryError) -> Part? {
        var must: [Query] = []
        var should: [Part] = []
        var mustNot: [Query] = []
        var filter: [Query] = []
        for child in children {
            switch child.node {
            case .not(let inner):
                if let p = try build(inner, context, &notes) { mustNot.append(p.query) }
            case .required(let inner):
                if let p = try build(inner, context, &notes) {
                    if p.isFilter { filter.append(p.query) } else { must.append(contentsOf: Self.conjuncts(p.query)) }
                }
            default:
                guard let p = try build(child, context, &notes) else { continue }
                if !isAnd {
                    should.append(p)
                } else if p.isFilter {
                    filter.append(p.query)
                } else {
                    must.append(contentsOf: Self.conjuncts(p.query))
                }
            }
        }
        if must.isEmpty, should.isEmpty, filter.isEmpty {
            guard mustNot.isEmpty else {
                throw QueryError(
                    .syntax,
                    message: "Søket ved tegn \(group.range.lowerBound + 1) utelukker bare ord (IKKE/-) og har ingenting å finne. "
                        + "Legg til minst ett ord som skal finnes, f.eks. budsjett -drift.",
                    position: group.range.lowerBound)
            }
            return nil
        }
        // An OR of filters only (type:sak ELLER type:protokoll) is itself a filter.
        if must.isEmpty, filter.isEmpty, should.allSatisfy(\.isFilter) {
            let queries = should.map(\.query)
            let q: Query = queries.count == 1 && mustNot.isEmpty ? queries[0] : .boolean(must: [], should: queries, mustNot: mustNot)
            return Part(query: q, isFilter: true)
        }
        var shouldQueries: [Query] = []
        for p in should {
            if p.isFilter {
                shouldQueries.append(Self.asFilter(p.query))
            } else {
                shouldQueries.append(contentsOf: Self.disjuncts(p.query))
            }
        }
        if mustNot.isEmpty, filter.isEmpty {
            if must.isEmpty, shouldQueries.count == 1 { return Part(query: shouldQueries[0], isFilter: false) }
            if shouldQueries.isEmpty, must.count == 1 { return Part(query: must[0], isFilter: false) }
        }
        if must.isEmpty, shouldQueries.isEmpty {
            if mustNot.isEmpty { return Part(query: filter.count == 1 ? filter[0] : .and(filter), isFilter: true) }
            return Part(query: .boolean(must: [], should: [], mustNot: mustNot, filter: filter), isFilter: true)
        }
        return Part(query: .boolean(must: must, should: shouldQueries, mustNot: mustNot, filter: filter), isFilter: false)
    }

    /// The clauses of a pure disjunction (to flatten `a ELLER (b ELLER c)`), else `[q]`.
    static func disjuncts(_ q: Query) -> [Query] {
        if case .boolean(let m, let s, let n, let f) = q, m.isEmpty, n.isEmpty, f.isEmpty, !s.isEmpty { return s }
        return [q]
    }

    /// The clauses of a pure conjunction (to flatten `a OG (b OG c)`), else `[q]`.
    static func conjuncts(_ q: Query) -> [Query] {
        if case .boolean(let m, let s, let n, let f) = q, s.isEmpty, n.isEmpty, f.isEmpty, !m.isEmpty { return m }
        return [q]
    }
}
