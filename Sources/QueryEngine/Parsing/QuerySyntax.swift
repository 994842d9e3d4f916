/// A parsed query before analysis: what the user wrote, as a tree, with the character offsets
/// (0-based, counted in `Character`s) of every node in the query text. `QueryBuilder` turns it
/// into a `Query`.
public struct QuerySyntax: Sendable, Hashable {
    /// The node kinds of the query language.
    public indirect enum Node: Sendable, Hashable {
        /// A bare word as typed (`kommunen`, `§5-1`, `10:30`).
        case term(String)
        /// A quoted phrase's text (`"plan for skole"`), with the proximity of `"…"~3`.
        case phrase(String, slop: Int?)
        /// `kommun*`: the text before the star.
        case prefix(String)
        /// `fellesnemd~` (nil: chosen from the word's length) or `fellesnemd~1`.
        case fuzzy(String, maxEdits: Int?)
        /// `dato:2017-01-01..2017-06-30`, `år:2016..2018`: normalised inclusive bounds (ISO
        /// dates or four-digit years), nil for an open end. Only under `dato:` and `år:`.
        case range(lower: String?, upper: String?)
        /// `tittel:plan`, `kommune:"Indre Østfold"`, `type:(sak ELLER protokoll)`.
        case field(QueryField, QuerySyntax)
        /// Clauses joined by `AND`/`OG` (or juxtaposed, when the default operator is AND).
        case and([QuerySyntax])
        /// Clauses joined by `OR`/`ELLER` (or juxtaposed, when the default operator is OR).
        case or([QuerySyntax])
        /// `NOT x`, `IKKE x` or `-x`: documents matching x are excluded.
        case not(QuerySyntax)
        /// `+x`: x must match.
        case required(QuerySyntax)
    }

    /// What this node is.
    public var node: Node
    /// Where it was written in the query text, in characters.
    public var range: Range<Int>

    /// Creates a node covering `range` of the query text.
    public init(_ node: Node, range: Range<Int>) {
        self.node = node
        self.range = range
    }
}

extension QuerySyntax: CustomStringConvertible {
    /// A compact canonical form without positions, for tests and diagnostics:
    /// `(OR plan (AND +budsjett (NOT "a b"~2)) tittel:kommun* kommune:"indre østfold" dato:[2017-01-01..*])`.
    public var description: String {
        switch node {
        case .term(let t): return t
        case .phrase(let t, let slop): return "\"\(t)\"" + (slop.map { "~\($0)" } ?? "")
        case .prefix(let t): return t + "*"
        case .fuzzy(let t, let edits): return t + "~" + (edits.map(String.init) ?? "")
        case .range(let lower, let upper): return "[\(lower ?? "*")..\(upper ?? "*")]"
        case .field(let f, let child): return f.rawValue + ":" + child.description
        case .and(let children): return "(AND " + children.map(\.description).joined(separator: " ") + ")"
        case .or(let children): return "(OR " + children.map(\.description).joined(separator: " ") + ")"
        case .not(let child): return "(NOT \(child))"
        case .required(let child): return "+" + child.description
        }
    }
}
