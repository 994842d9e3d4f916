public import SearchCore

/// A query after parsing and analysis: terms are index terms (normalised, stemmed).
public indirect enum Query: Sendable, Hashable {
    /// A term in any of `fields`; matches add up over fields.
    case term(String, fields: [FieldID])
    /// Terms at fixed relative positions in one field (any of `fields`), within `slop` moves.
    case phrase([PhraseTerm], slop: Int, fields: [FieldID])
    /// Docs matching every `must` and `filter`, none of `mustNot`, and — when `must` and `filter`
    /// are empty — at least one `should`. Scores add up over matching `must` and `should`
    /// clauses; `filter` clauses restrict without scoring (metadata filters).
    case boolean(must: [Query], should: [Query], mustNot: [Query], filter: [Query] = [])
    /// Matches nothing (e.g. a query of stop words only).
    case empty
    /// Every index term of `fields` starting with the given bytes (`kommun` → `kommune`,
    /// `kommunestyr` …), expanded at search time to the most frequent `TermExpansion` terms.
    case prefix(String, fields: [FieldID])
    /// Every index term of `fields` within `maxEdits` (0…2) Levenshtein edits, counted in
    /// Unicode scalars; expanded to the closest, then most frequent, terms.
    case fuzzy(String, maxEdits: Int, fields: [FieldID])
    /// Every term of `field` between `lower` and `upper` (inclusive, compared as index term
    /// bytes; nil: unbounded) — e.g. `dato=2017-01-01` … `dato=2017-06-30`.
    case termRange(field: FieldID, lower: String?, upper: String?)
    /// A single query word that may be a closed compound: `word` is its normalised, unstemmed
    /// form (`arbeidsgiveransvar`), `term` its index term. Matches `term`; a `Searcher` with a
    /// `Decompounder` also matches documents holding all of the word's parts
    /// (`ansvar som arbeidsgiver`), scored below (see `Searcher.rewritingCompounds`). Without
    /// one it is exactly `.term(term, fields:)`.
    case compound(word: String, term: String, fields: [FieldID])
    /// `query` with every score multiplied by `boost` (> 0); matching is unchanged.
    case boosted(Query, boost: Double)
    /// `query` (what the user wrote as `word`) OR'ed with `synonyms`, the alternatives a synonym
    /// list (`SynonymList`) gives for it. A synonym's score is multiplied by `weight`
    /// (`QueryBuilder.synonymWeight`), and its idf is at most the written query's in the same
    /// field (`Searcher.idfCap`), so a synonym never counts more than the written word would
    /// with the same frequency — a rare misspelling among the synonyms cannot outrank the word.
    /// `explain` names the word a synonym's terms stand in for.
    case withSynonyms(Query, synonyms: [Query], word: String, weight: Double)

    /// One term of a phrase and its position relative to the phrase's first term.
    public struct PhraseTerm: Sendable, Hashable {
        public var term: String
        public var offset: UInt32
        public init(_ term: String, offset: UInt32) {
            self.term = term
            self.offset = offset
        }
    }

    /// Title and body: the fields searched when the query names none.
    public static let allFields: [FieldID] = [.title, .body]

    public static func or(_ queries: [Query]) -> Query { .boolean(must: [], should: queries, mustNot: []) }
    public static func and(_ queries: [Query]) -> Query { .boolean(must: queries, should: [], mustNot: []) }
}
