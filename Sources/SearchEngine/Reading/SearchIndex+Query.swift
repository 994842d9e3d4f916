public import QueryEngine

extension SearchIndex {
    /// Parses and analyses a query in the query language (README: «Spørrespråk»). Syntax errors
    /// come back as `.query` errors with the character position and a hint.
    public func parseQuery(_ text: String, defaultOperator: QueryOperator = .or) throws(SearchEngineError) -> BuiltQuery {
        var options = QueryBuilder.Options()
        options.defaultOperator = defaultOperator
        do {
            return try QueryBuilder(analyzer: analyzer, options: options, synonyms: synonyms).build(text)
        } catch {
            throw SearchEngineError(error)
        }
    }
}
