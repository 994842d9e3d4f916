internal import SearchCore

extension Searcher {
    /// Per field, the idf of the written query of a `Query.withSynonyms`: the most idf its
    /// synonyms may have there. A term's idf; a phrase's, the sum of its terms' (as the plan
    /// scores phrases); several alternatives, the largest. Fields the written query does not
    /// search have no cap.
    func idfCap(_ written: Query) throws(QueryError) -> [FieldID: Double] {
        var cap: [FieldID: Double] = [:]
        func visit(_ q: Query) throws(QueryError) {
            switch q {
            case .term(let term, let fields), .compound(_, let term, let fields):
                for f in fields { cap[f] = max(cap[f] ?? 0, idf(documentFrequency: try documentFrequency(f, term))) }
            case .phrase(let terms, _, let fields):
                for f in fields {
                    var sum = 0.0
                    for t in terms { sum += idf(documentFrequency: try documentFrequency(f, t.term)) }
                    cap[f] = max(cap[f] ?? 0, sum)
                }
            case .boolean(let must, let should, _, _):
                for child in must + should { try visit(child) }
            case .boosted(let inner, _), .withSynonyms(let inner, _, _, _):
                try visit(inner)
            case .prefix, .fuzzy, .termRange, .empty:
                break
            }
        }
        try visit(written)
        return cap
    }
}
