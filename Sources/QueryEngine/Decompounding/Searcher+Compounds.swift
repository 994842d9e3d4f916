public import SearchCore

extension Searcher {
    /// Scores of documents that match a compound only through its parts are multiplied by
    /// this, so they rank below documents with the word itself: a document holding both parts
    /// scores at most about a third of what two plain matching words would give. 0.3 was chosen
    /// on the Corpus judgments (`eval`, nDCG@10: 0.1 → 0.832, 0.2 → 0.832, 0.3 → 0.835, 0.5 → 0.830, 0.7 → 0.828, 1.0 → 0.826).
    public static let compoundPartsBoost = 0.3

    /// `query` with each `.compound` word the decompounder splits replaced by
    /// `word OR boosted(part₁ AND part₂ …)`: documents with the whole word keep their score;
    /// documents with every part match too, ranked below. Unsplit compounds become plain
    /// terms. Used by `search`, and by callers that need the executed terms (highlighting,
    /// `explain`).
    public func rewritingCompounds(_ query: Query) throws(QueryError) -> Query {
        switch query {
        case .compound(let word, let term, let fields):
            guard let decompounder else { return .term(term, fields: fields) }
            let textFields = fields.filter { $0 != .metadata }
            func frequency(_ t: String) throws(QueryError) -> Int {
                var most = 0
                for f in textFields { most = max(most, try documentFrequency(f, t)) }
                return most
            }
            let whole = try frequency(term)
            guard let parts = try decompounder.split(word, wholeFrequency: whole, frequency: frequency) else {
                return .term(term, fields: fields)
            }
            let together = Query.and(parts.map { .term($0, fields: fields) })
            return .or([.term(term, fields: fields), .boosted(together, boost: Self.compoundPartsBoost)])
        case .boolean(let must, let should, let mustNot, let filter):
            var m: [Query] = []
            var s: [Query] = []
            for q in must { m.append(try rewritingCompounds(q)) }
            for q in should { s.append(try rewritingCompounds(q)) }
            return .boolean(must: m, should: s, mustNot: mustNot, filter: filter)
        case .boosted(let inner, let boost):
            return .boosted(try rewritingCompounds(inner), boost: boost)
        case .withSynonyms(let written, let synonyms, let word, let weight):
            var rewritten: [Query] = []
            for q in synonyms { rewritten.append(try rewritingCompounds(q)) }
            return .withSynonyms(try rewritingCompounds(written), synonyms: rewritten, word: word, weight: weight)
        case .term, .phrase, .empty, .prefix, .fuzzy, .termRange:
            return query
        }
    }
}
