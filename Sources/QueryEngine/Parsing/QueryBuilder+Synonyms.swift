internal import SearchCore

extension QueryBuilder {
    /// A synonym's score is multiplied by this, so a document with the written word ranks above
    /// one with only its synonym when both are otherwise alike (and a synonym's idf is capped at
    /// the written word's, `Query.withSynonyms`). Below 1 by design: what the user wrote counts
    /// most. 0.7 is the best value below 1 on the Corpus judgments (`eval --ablation`, 62 queries,
    /// nDCG@10: no synonyms 0.846, 0.3 → 0.877, 0.5 → 0.873, 0.7 → 0.879, 1.0 → 0.880).
    public static let synonymWeight = 0.7

    /// The analysed form of a word or phrase that synonym entries are compared by: per position
    /// its terms (sorted, `|`-joined), positions joined by a space; nil for only stop words.
    func synonymKey(_ text: String) -> String? {
        let tokens = queryTokens(text)
        guard !tokens.isEmpty else { return nil }
        return Self.groupByPosition(tokens).map { Self.unique($0.map(\.term)).sorted().joined(separator: "|") }.joined(separator: " ")
    }

    /// `query` (built from `text`) with the synonyms the list gives for `text`, weighted
    /// ``synonymWeight`` (`Query.withSynonyms`); `query` itself when there are none.
    func addingSynonyms(_ query: Query, of text: String, _ fields: [FieldID], _ notes: inout [String]) -> Query {
        guard let synonyms, let key = synonymKey(text) else { return query }
        let alternatives = synonyms.alternatives(forKey: key)
        guard !alternatives.isEmpty else { return query }
        var ignored: [String] = []
        let queries = alternatives.compactMap { phraseQuery($0.text, slop: 0, fields, &ignored) }
        guard !queries.isEmpty else { return query }
        let written = alternatives.map { "«\($0.text)»" }.joined(separator: ", ")
        notes.append("«\(text)» søkes også som synonymet \(written), med lavere vekt.")
        return .withSynonyms(query, synonyms: queries, word: text, weight: synonyms.weight)
    }
}
