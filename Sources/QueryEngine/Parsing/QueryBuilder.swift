internal import SearchCore
public import TextAnalysis

/// Turns a `QuerySyntax` tree into an executable `Query`, analysing words with the same
/// `Analyzer` as the index.
///
/// - Words: analysed; a stop word is dropped with a note. Tokens at one position are
///   alternatives (OR: `§5-1` | `5-1`, `2017-03-12` | `2017`). A word that splits into several
///   positions (`fellesnemnd-møtet`, `a/b`) becomes a *phrase* of its parts — the user wrote them
///   together, so they must stand together — OR'ed with any token that spans the whole word
///   (the joined form `fellesnemndmøt`, which matches the compound written closed).
/// - Phrases keep the analyzer's positions, so a removed stop word leaves a gap that any word
///   fills (`"plan for skole"` matches `plan til skole`). One token per position is enough:
///   the index holds every alternative at its position.
/// - `tittel:`/`tekst:` restrict the text fields; `type: kommune: format: språk: år: dato:`
///   become filter clauses on `FieldID.metadata` terms (`MetadataKey.term`) that never score
///   and always restrict their group: AND'ed in an AND group; in an OR group, filters on the
///   same key are OR'ed (`kommune:asker kommune:bærum budsjett`: budsjett in either) and
///   filters on different keys are AND'ed (`kommune:asker type:sak`: Asker's cases only).
/// - `+x` is required, `-x`/`IKKE x` excluded from its group whatever the operator
///   (`a ELLER IKKE b` = `a IKKE b`: there is no match-all). A group of only exclusions is an
///   error. With default operator OR, a group's words are optional, at least one must match,
///   and BM25 ranks documents with more of them first.
/// - Synonyms (``SynonymList``): a word or quoted phrase that is an entry of the list also
///   matches the entry's group, as `.synonym` alternatives weighted ``synonymWeight``.
/// - Law names (`kommuneloven`): only the law's lemma is searched, not the word's stem.
/// - Prefix (`kommun*`): lower-cased and folded, not stemmed (stems are not prefixes of what
///   the user types), OR'ed with the word's own stem when that is not covered, so `kommunene*`
///   still finds `kommunene`.
/// - Fuzzy (`fellesnemd~`): the analysed (stemmed) term is the centre, since the index holds
///   stems. Automatic distance as Elasticsearch's AUTO on the stem's length: 0 for 1–2 letters
///   (searched exactly, with a note), 1 for 3–5, 2 for longer.
public struct QueryBuilder: Sendable {
    /// The analyzer; must be configured as the index's.
    public var analyzer: Analyzer
    /// Default operator and fields.
    public var options: Options
    /// Synonyms searched beside a word or quoted phrase that is an entry of the list
    /// (``addingSynonyms(_:of:_:_:)``); nil: none. Analysed with this builder's analyzer.
    public var synonyms: SynonymTable?

    /// Creates a builder.
    public init(analyzer: Analyzer = .norwegian(), options: Options = Options(), synonyms: SynonymTable? = nil) {
        self.analyzer = analyzer
        self.options = options
        self.synonyms = synonyms
    }

    /// Parses `text` with `options.defaultOperator` and builds it.
    public func build(_ text: String) throws(QueryError) -> BuiltQuery {
        try build(QueryParser(defaultOperator: options.defaultOperator).parse(text))
    }

    /// Builds `syntax` (parse it with the same default operator as `options`, since
    /// juxtaposition is resolved by the parser).
    public func build(_ syntax: QuerySyntax) throws(QueryError) -> BuiltQuery {
        var notes: [String] = []
        let part = try build(syntax, .text(options.fields), &notes)
        var seen = Set<String>()
        guard let part else {
            notes.append("Søket består bare av stoppord eller tegn som ikke søkes på, og gir derfor ingen treff.")
            return BuiltQuery(query: .empty, notes: notes.filter { seen.insert($0).inserted })
        }
        return BuiltQuery(query: part.isFilter ? Self.asFilter(part.query) : part.query, notes: notes.filter { seen.insert($0).inserted })
    }

    /// A built clause; filters restrict without scoring.
    struct Part {
        var query: Query
        var isFilter: Bool
        /// For a filter: the one metadata key all its terms are on (`kommune:a ELLER kommune:b`),
        /// nil when it mixes keys. Filters on the same key may OR; on different keys they AND.
        var filterKey: MetadataKey? = nil
    }

    /// Where a clause stands: in text fields, or as the value of a metadata key.
    enum Context {
        case text([FieldID])
        case metadata(MetadataKey)
    }

    static func asFilter(_ q: Query) -> Query {
        if case .boolean(let m, let s, _, _) = q, m.isEmpty, s.isEmpty { return q }
        return .boolean(must: [], should: [], mustNot: [], filter: [q])
    }

    func build(_ s: QuerySyntax, _ context: Context, _ notes: inout [String]) throws(QueryError) -> Part? {
        switch s.node {
        case .and(let children):
            return try combine(children, isAnd: true, at: s, context, &notes)
        case .or(let children):
            return try combine(children, isAnd: false, at: s, context, &notes)
        case .not, .required:
            return try combine([s], isAnd: true, at: s, context, &notes)
        case .field(let field, let child):
            if let key = field.metadataKey { return try build(child, .metadata(key), &notes) }
            return try build(child, .text([field.textField ?? .body]), &notes)
        case .term(let text), .phrase(let text, _), .prefix(let text), .fuzzy(let text, _), .range(lower: let text?, upper: _):
            switch context {
            case .metadata(let key): return metadataPart(s.node, key)
            case .text(let fields): return textPart(s.node, text, fields, &notes)
            }
        case .range(lower: nil, upper: _):
            guard case .metadata(let key) = context else { return nil }
            return metadataPart(s.node, key)
        }
    }
}
