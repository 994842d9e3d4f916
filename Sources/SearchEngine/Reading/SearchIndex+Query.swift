public import QueryEngine

extension SearchIndex {
    /// Unpaired quotes and parentheses repaired at most this many times per query: more than
    /// a few means the text is not a query at all, and its error is more useful than a guess.
    static let maxQueryRepairs = 4

    /// Parses and analyses a query in the query language (README: «Spørrespråk»). A quote or
    /// parenthesis without its partner (`"plan for`, `(budsjett`, `drift)`) is left out and the
    /// query searched anyway, with a note saying so, as users type such queries and a search
    /// engine should still answer (`strict` turns this off). Other syntax errors come back as
    /// `.query` errors with the character position and a hint.
    public func parseQuery(_ text: String, defaultOperator: QueryOperator = .or, strict: Bool = false) throws(SearchEngineError) -> BuiltQuery {
        var options = QueryBuilder.Options()
        options.defaultOperator = defaultOperator
        let builder = QueryBuilder(analyzer: analyzer, options: options, synonyms: synonyms)
        var current = text
        var notes: [String] = []
        var repairs = 0
        while true {
            do {
                var built = try builder.build(current)
                built.notes = notes + built.notes
                return built
            } catch {
                guard !strict, repairs < Self.maxQueryRepairs, let position = error.position,
                      let repaired = Self.withoutUnpairedMark(current, at: position)
                else { throw SearchEngineError(error) }
                repairs += 1
                notes.append(repaired.note)
                current = repaired.text
            }
        }
    }

    /// `text` without the quote or parenthesis at character `position`, and the note that says
    /// so; nil when another character stands there (the error is of another kind).
    static func withoutUnpairedMark(_ text: String, at position: Int) -> (text: String, note: String)? {
        var characters = Array(text)
        guard position >= 0, position < characters.count, ["\"", "«", "»", "“", "”", "(", ")"].contains(characters[position]) else {
            return nil
        }
        let mark = characters.remove(at: position)
        let kind = mark == "(" || mark == ")" ? "Parentesen" : "Anførselstegnet"
        return (String(characters), "\(kind) «\(mark)» ved tegn \(position + 1) har ingen partner og ble utelatt; søket er utført uten det.")
    }
}
