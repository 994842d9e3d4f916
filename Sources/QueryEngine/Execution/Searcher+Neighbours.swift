package import SearchCore

extension Searcher {
    /// Dictionary terms of `field` within `maxEdits` Levenshtein edits of `term` (Unicode
    /// scalars), over all segments, closest first, then most frequent; at most `limit`. The
    /// term itself is included when it is in the dictionary (distance 0). For spelling
    /// suggestions; uses the same automaton walk as fuzzy queries (`LevenshteinDictionaryWalk`).
    package func dictionaryNeighbours(
        of term: String, maxEdits: Int, field: FieldID, limit: Int
    ) throws(QueryError) -> [(term: String, documentFrequency: Int, distance: Int)] {
        do {
            let e = try TermExpansion.fuzzy(term, maxEdits: maxEdits, field: field, segments: segments.map(\.reader), limit: limit)
            return e.terms.map { ($0.term, $0.documentFrequency, $0.distance) }
        } catch {
            throw Self.indexError(error)
        }
    }
}
