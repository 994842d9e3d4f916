extension QueryBuilder {
    /// One boolean group: AND puts clauses in `must`, OR in `should`; `+x` is always `must`,
    /// `-x` always `mustNot`. Field filters never score and always restrict their group: in an
    /// AND group each is required; in an OR group they are OR'ed among themselves and the
    /// result is required (`kommune:asker kommune:bærum budsjett` = budsjett in either
    /// municipality); a group of filters only is itself a filter. Dropped clauses (stop words)
    /// vanish; simple nestings are flattened so a plain list of words keeps the block-max WAND
    /// fast path.
    func combine(
        _ children: [QuerySyntax], isAnd: Bool, at group: QuerySyntax, _ context: Context, _ notes: inout [String]
    ) throws(QueryError) -> Part? {
        var must: [Query] = []
        var should: [Query] = []
        var mustNot: [Query] = []
        var filter: [Query] = []
        var optionalFilters: [Query] = []
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
                if p.isFilter {
                    if isAnd { filter.append(p.query) } else { optionalFilters.append(p.query) }
                } else if isAnd {
                    must.append(contentsOf: Self.conjuncts(p.query))
                } else {
                    should.append(contentsOf: Self.disjuncts(p.query))
                }
            }
        }
        if !optionalFilters.isEmpty {
            let any: Query = optionalFilters.count == 1 ? optionalFilters[0] : .or(optionalFilters)
            filter.append(any)
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
        if mustNot.isEmpty, filter.isEmpty {
            if must.isEmpty, should.count == 1 { return Part(query: should[0], isFilter: false) }
            if should.isEmpty, must.count == 1 { return Part(query: must[0], isFilter: false) }
        }
        if must.isEmpty, should.isEmpty {
            if mustNot.isEmpty { return Part(query: filter.count == 1 ? filter[0] : .and(filter), isFilter: true) }
            return Part(query: .boolean(must: [], should: [], mustNot: mustNot, filter: filter), isFilter: true)
        }
        return Part(query: .boolean(must: must, should: should, mustNot: mustNot, filter: filter), isFilter: false)
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
