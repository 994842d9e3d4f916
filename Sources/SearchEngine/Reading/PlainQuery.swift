internal import TextAnalysis
public import QueryEngine
internal import SearchCore

/// How a plain list of words is combined (for benchmarks and `--modus`).
public enum PlainQueryMode: String, Sendable, CaseIterable {
    case or, and, phrase
}

extension SearchIndex {
    /// Analyses `text` and combines its words: tokens at one position are alternatives (e.g.
    /// `§5-1`/`5-1`), positions are combined by `mode`. Searches title and body.
    public func plainQuery(_ text: String, mode: PlainQueryMode) -> Query {
        var groups: [(position: UInt32, terms: [String])] = []
        for t in analyzer.analyze(text) {
            if let last = groups.last, last.position == t.position {
                groups[groups.count - 1].terms.append(t.term)
            } else {
                groups.append((t.position, [t.term]))
            }
        }
        guard let first = groups.first else { return .empty }
        switch mode {
        case .or:
            return .or(groups.flatMap { $0.terms.map { Query.term($0, fields: Query.allFields) } })
        case .and:
            return .and(groups.map { g in
                g.terms.count == 1 ? .term(g.terms[0], fields: Query.allFields) : .or(g.terms.map { .term($0, fields: Query.allFields) })
            })
        case .phrase:
            return .phrase(groups.map { .init($0.terms[0], offset: $0.position - first.position) }, slop: 0, fields: Query.allFields)
        }
    }
}
