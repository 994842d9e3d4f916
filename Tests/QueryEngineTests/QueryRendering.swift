import SearchCore

@testable import QueryEngine

/// A compact canonical rendering of `Query` for table tests: default fields are implicit,
/// `tittel:`/`tekst:` prefix a restricted term, `#` marks metadata terms; booleans as
/// `(+must should -mustNot #[filter])`; phrases as `"a@0 b@2"~slop`.
enum QueryRendering {
    static func render(_ q: Query) -> String {
        switch q {
        case .term(let t, let fields): return fieldPrefix(fields) + t
        case .phrase(let terms, let slop, let fields):
            return fieldPrefix(fields) + "\"" + terms.map { "\($0.term)@\($0.offset)" }.joined(separator: " ") + "\""
                + (slop > 0 ? "~\(slop)" : "")
        case .prefix(let p, let fields): return fieldPrefix(fields) + p + "*"
        case .fuzzy(let t, let edits, let fields): return fieldPrefix(fields) + t + "~\(edits)"
        case .termRange(let field, let lower, let upper):
            return fieldPrefix([field]) + "[\(lower ?? "*")..\(upper ?? "*")]"
        case .empty: return "∅"
        case .boolean(let must, let should, let mustNot, let filter):
            var parts: [String] = must.map { "+" + render($0) }
            parts += should.map(render)
            parts += mustNot.map { "-" + render($0) }
            if !filter.isEmpty { parts.append("#[" + filter.map(render).joined(separator: " ") + "]") }
            return "(" + parts.joined(separator: " ") + ")"
        }
    }

    static func fieldPrefix(_ fields: [FieldID]) -> String {
        if fields == Query.allFields { return "" }
        if fields == [.metadata] { return "#" }
        return fields.map(\.name).joined(separator: ",") + ":"
    }
}
