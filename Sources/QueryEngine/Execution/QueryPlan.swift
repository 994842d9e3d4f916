internal import InvertedIndex
internal import SearchCore

/// A query with its collection-wide statistics resolved once (idf per term and field), turned
/// into a `DocIterator` tree per segment.
struct QueryPlan {
    indirect enum Node {
        case term([(field: FieldID, term: String, scorer: TermScorer)])
        case phrase([(field: FieldID, scorer: TermScorer)], terms: [Query.PhraseTerm], slop: Int)
        case boolean(must: [Node], should: [Node], mustNot: [Node], filter: [Node])
        case empty
    }

    let root: Node
    /// What the user should know about the expansion of multi-term queries (Norwegian).
    let notes: [String]
    /// Per (field, term) of term and phrase clauses: its entry in each segment (searcher order),
    /// looked up once while resolving idf and reused to open the postings.
    let handles: TermHandles

    /// Postings of the plan's expanded terms (prefix, fuzzy, range): their document
    /// frequencies summed over segments.
    let postings: Int

    /// Resolves `query`; throws `.tooExpensive` as soon as its expansions would open more
    /// postings than `searcher.limits` allow (before any posting is read, and without expanding
    /// the rest).
    init(query: Query, searcher: Searcher) throws(QueryError) {
        var meter = WorkMeter(timeLimit: nil)
        try self.init(query: query, searcher: searcher, meter: &meter)
    }

    /// Resolves `query`, charging the dictionary entries its expansions scan to `meter` (and
    /// throwing `.timedOut` once it is exhausted).
    init(query: Query, searcher: Searcher, meter: inout WorkMeter) throws(QueryError) {
        var expansion = ExpansionBudget(limits: searcher.limits, meter: meter)
        defer { meter = expansion.meter }
        var handles = TermHandles()
        root = try Self.resolve(query, searcher, &expansion, &handles, boost: 1, idfCap: [:])
        self.handles = handles
        postings = expansion.postings
        var seen = Set<String>()
        notes = expansion.notes.filter { seen.insert($0).inserted }
    }

    /// `idfCap`: per field, the most idf a term or phrase may have (a synonym's written word's,
    /// see `Query.withSynonyms`); empty outside synonyms.
    private static func resolve(
        _ query: Query, _ s: Searcher, _ expansion: inout ExpansionBudget, _ handles: inout TermHandles, boost: Double,
        idfCap: [FieldID: Double]
    ) throws(QueryError) -> Node {
        switch query {
        case .term(let term, let fields), .compound(_, let term, let fields):
            // A compound not rewritten by `Searcher.rewritingCompounds` is its whole term.
            var parts: [(FieldID, String, TermScorer)] = []
            for f in fields {
                let idf = min(s.idf(documentFrequency: try handles.documentFrequency(f, term, s)), idfCap[f] ?? .infinity)
                parts.append((f, term, s.termScorer(f, idf: idf, boost: boost)))
            }
            return .term(parts)
        case .boosted(let inner, let factor):
            return try resolve(inner, s, &expansion, &handles, boost: boost * factor, idfCap: idfCap)
        case .withSynonyms(let written, let synonyms, _, let weight):
            var should = [try resolve(written, s, &expansion, &handles, boost: boost, idfCap: idfCap)]
            let cap = try s.idfCap(written)
            for q in synonyms { should.append(try resolve(q, s, &expansion, &handles, boost: boost * weight, idfCap: cap)) }
            return .boolean(must: [], should: should, mustNot: [], filter: [])
        case .phrase(let terms, let slop, let fields):
            guard !terms.isEmpty else { return .empty }
            var parts: [(FieldID, TermScorer)] = []
            for f in fields {
                var idf = 0.0
                for t in terms { idf += s.idf(documentFrequency: try handles.documentFrequency(f, t.term, s)) }
                parts.append((f, s.termScorer(f, idf: min(idf, idfCap[f] ?? .infinity), boost: boost)))
            }
            return .phrase(parts, terms: terms, slop: slop)
        case .boolean(let must, let should, let mustNot, let filter):
            var m: [Node] = []
            var sh: [Node] = []
            var n: [Node] = []
            var fi: [Node] = []
            for q in must { m.append(try resolve(q, s, &expansion, &handles, boost: boost, idfCap: idfCap)) }
            for q in should { sh.append(try resolve(q, s, &expansion, &handles, boost: boost, idfCap: idfCap)) }
            for q in mustNot { n.append(try resolve(q, s, &expansion, &handles, boost: boost, idfCap: idfCap)) }
            for q in filter { fi.append(try resolve(q, s, &expansion, &handles, boost: boost, idfCap: idfCap)) }
            return .boolean(must: m, should: sh, mustNot: n, filter: fi)
        case .empty:
            return .empty
        case .prefix, .fuzzy, .termRange:
            return try resolveExpansion(query, s, &expansion, boost: boost)
        }
    }

    /// The iterator tree for segment number `segment` of the searcher.
    func iterator(for reader: SegmentReader, segment: Int, ordinal: inout Int) throws(QueryError) -> any DocIterator {
        try build(root, reader, segment, &ordinal)
    }

    private func build(_ node: Node, _ reader: SegmentReader, _ segment: Int, _ ordinal: inout Int) throws(QueryError) -> any DocIterator {
        switch node {
        case .empty:
            return EmptyIterator()
        case .term(let parts):
            var children: [any DocIterator] = []
            for p in parts {
                defer { ordinal += 1 }
                guard let postings = try handles.postings(p.field, p.term, reader, segment) else { continue }
                children.append(TermClause(postings: postings, scorer: p.scorer, ordinal: ordinal))
            }
            return children.count == 1 ? children[0] : UnionIterator(children)
        case .phrase(let parts, let terms, let slop):
            var children: [any DocIterator] = []
            for p in parts {
                var postings: [PostingsIterator] = []
                for t in terms {
                    guard let it = try handles.postings(p.field, t.term, reader, segment) else { break }
                    postings.append(it)
                }
                guard postings.count == terms.count else { continue }
                let field = p.field
                children.append(PhraseIterator(
                    postings: postings, offsets: terms.map(\.offset), slop: slop, scorer: p.scorer,
                    lengths: { reader.fieldLength(field, $0) }))
            }
            return children.isEmpty ? EmptyIterator() : (children.count == 1 ? children[0] : UnionIterator(children))
        case .boolean(let must, let should, let mustNot, let filter):
            var m: [any DocIterator] = []
            var sh: [any DocIterator] = []
            var n: [any DocIterator] = []
            for c in must { m.append(try build(c, reader, segment, &ordinal)) }
            for c in should { sh.append(try build(c, reader, segment, &ordinal)) }
            for c in mustNot { n.append(try build(c, reader, segment, &ordinal)) }
            var filters: [any DocIterator] = []
            for c in filter { filters.append(ZeroScoreIterator(try build(c, reader, segment, &ordinal))) }
            var base: any DocIterator
            if m.isEmpty {
                // No required scoring clause: at least one `should` must match (unlike Lucene,
                // where a filter makes `should` optional — surprising for "kommune:x ord").
                if sh.isEmpty {
                    guard !filters.isEmpty else { return EmptyIterator() }
                    base = filters.count == 1 ? filters[0] : ConjunctionIterator(filters)
                } else {
                    base = sh.count == 1 ? sh[0] : UnionIterator(sh)
                    if !filters.isEmpty { base = ConjunctionIterator([base] + filters) }
                }
            } else {
                let required = m.count + filters.count == 1 ? m[0] : ConjunctionIterator(m + filters)
                base = sh.isEmpty ? required : RequiredOptionalIterator(required: required, optional: sh)
            }
            return n.isEmpty ? base : ExclusionIterator(base: base, excluded: n)
        }
    }
}

extension QueryPlan.Node {
    /// The (field, term, scorer) clauses of a pure disjunction of terms, in canonical order, or
    /// nil when the node needs the general iterators (conjunctions, phrases, exclusions, filters).
    var disjunctionParts: [(field: FieldID, term: String, scorer: TermScorer)]? {
        switch self {
        case .term(let parts):
            return parts
        case .boolean(let must, let should, let mustNot, let filter) where must.isEmpty && mustNot.isEmpty && filter.isEmpty:
            var out: [(field: FieldID, term: String, scorer: TermScorer)] = []
            for node in should {
                switch node {
                case .term(let parts): out += parts
                case .empty: continue
                default: return nil
                }
            }
            return out
        default:
            return nil
        }
    }
}
