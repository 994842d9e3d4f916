internal import SearchCore

extension QueryBuilder {
    /// One boolean group: AND puts clauses in `must`, OR in `should`; `+x` is always `must`,
    /// `-x` always `mustNot`. Field filters never score and always restrict their group: in an
    /// AND group each is required; in an OR group those on the same key are OR'ed and each
    /// key's disjunction is required (`kommune:asker kommune:bærum type:sak budsjett` =
    /// budsjett among cases in either municipality), because a user who adds a filter on
    /// another field narrows the search; a group of filters only is itself a filter, keyed
    /// when all its filters share one key. Dropped clauses (stop words)
    /// vanish; simple nestings are flattened so a plain list of words keeps the block-max WAND
    /// fast path.
    func combine(
        _ children: [QuerySyntax], isAnd: Bool, at group: QuerySyntax, _ context: Context, _ notes: inout [String]
    ) throws(QueryError) -> Part? {
        var must: [Query] = []
        var should: [Query] = []
        var mustNot: [Query] = []
        var filter: [Query] = []
        var filterKeys: [MetadataKey?] = []
        var optionalFilters: [Part] = []
        for child in children {
            switch child.node {
            case .not(let inner):
                if let p = try build(inner, context, &notes) { mustNot.append(p.query) }
            case .required(let inner):
                if let p = try build(inner, context, &notes) {
                    if p.isFilter {
                        filter.append(p.query)
                        filterKeys.append(p.filterKey)
                    } else {
                        must.append(contentsOf: Self.conjuncts(p.query))
                    }
                }
            default:
                guard let p = try build(child, context, &notes) else { continue }
                if p.isFilter {
                    if isAnd {
                        filter.append(p.query)
                        filterKeys.append(p.filterKey)
                    } else {
                        optionalFilters.append(p)
                    }
                } else if isAnd {
                    must.append(contentsOf: Self.conjuncts(p.query))
                } else {
                    should.append(contentsOf: Self.disjuncts(p.query))
                }
            }
        }
        for sameKey in Self.groupedByKey(optionalFilters) {
            filter.append(sameKey.count == 1 ? sameKey[0].query : .or(sameKey.map(\.query)))
            filterKeys.append(sameKey[0].filterKey)
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
            let keys = Set(filterKeys)
            let key = keys.count == 1 ? keys.first! : nil
            if mustNot.isEmpty { return Part(query: filter.count == 1 ? filter[0] : .and(filter), isFilter: true, filterKey: key) }
            return Part(query: .boolean(must: [], should: [], mustNot: mustNot, filter: filter), isFilter: true)
        }
        return Part(query: .boolean(must: must, should: should, mustNot: mustNot, filter: filter), isFilter: false)
    }

    /// Filters grouped by their key, in order of first appearance; a filter without one key
    /// (a nested group mixing keys) stands alone.
    static func groupedByKey(_ filters: [Part]) -> [[Part]] {
        var groups: [[Part]] = []
        var groupOfKey: [MetadataKey: Int] = [:]
        for f in filters {
            if let key = f.filterKey, let g = groupOfKey[key] {
                groups[g].append(f)
            } else {
                if let key = f.filterKey { groupOfKey[key] = groups.count }
                groups.append([f])
            }
        }
        return groups
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
