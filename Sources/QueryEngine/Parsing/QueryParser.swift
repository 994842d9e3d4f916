/// Parses the user query language into a `QuerySyntax` tree (recursive descent over the tokens
/// of `QueryLexer`).
///
/// Grammar (precedence NOT > AND > OR; juxtaposition is the default operator at its level):
/// ```
/// query   := or EOF
/// or      := and (("OR" | "ELLER" | juxtaposition if default is OR) and)*
/// and     := unary (("AND" | "OG" | juxtaposition if default is AND) unary)*
/// unary   := ("NOT" | "IKKE" | "-") unary | "+" unary | primary
/// primary := word | phrase | "(" or ")" | field value
/// value   := word | phrase | "(" or ")"          (dates and ranges under dato:/år:)
/// ```
/// Strict where a mistake would silently change the meaning: an operator with nothing after it
/// (`plan OG`), a stray `)`, an unclosed `(` or quote, empty parentheses and an unknown
/// `navn:verdi` field are errors with the position. Lenient where text is just text: `10:30`,
/// URLs and `Merk: …` are words, lower-case `og`/`ikke` are words (stop words, later dropped).
/// Every input either parses or throws `QueryError(.syntax)` with a position inside the text;
/// the limits below keep time and stack bounded.
public struct QueryParser: Sendable {
    /// Longest accepted query, in characters. 2,000 is ten times any query seen from a person
    /// and still parses in microseconds; longer input is almost always pasted text.
    public static let maximumQueryLength = 2_000
    /// Deepest nesting of parentheses and unary operators. The parser recurses once per level;
    /// 32 keeps the stack tiny while nobody writes more than three or four levels by hand.
    public static let maximumNestingDepth = 32
    /// Most terms, phrases and field values in one query. Each becomes at least one postings
    /// list per field; 256 bounds the work of one search while allowing long pasted lists
    /// of case numbers.
    public static let maximumClauseCount = 256
    /// Largest phrase proximity `"…"~N`. 50 words is about a paragraph; beyond that proximity
    /// means little and the phrase matcher's work grows with the window.
    public static let maximumPhraseSlop = 50
    /// Largest explicit edit distance `ord~N`. Beyond 2 almost every short word matches
    /// (Lucene caps fuzzy queries at 2 for the same reason).
    public static let maximumEditDistance = 2

    /// How juxtaposed clauses are joined.
    public var defaultOperator: QueryOperator

    /// Creates a parser; `defaultOperator` joins clauses written side by side.
    public init(defaultOperator: QueryOperator = .or) {
        self.defaultOperator = defaultOperator
    }

    /// Parses `text`, or throws `QueryError(.syntax)` whose message (Norwegian) names the
    /// problem and how to fix it, with the character offset of the problem.
    public func parse(_ text: String) throws(QueryError) -> QuerySyntax {
        if text.index(text.startIndex, offsetBy: Self.maximumQueryLength, limitedBy: text.endIndex).map({ $0 != text.endIndex }) ?? false {
            throw QueryError(
                .syntax,
                message: "Søket er for langt: mer enn \(Self.maximumQueryLength) tegn. Forkort søket eller del det opp.",
                position: Self.maximumQueryLength)
        }
        var lexer = QueryLexer(text)
        let tokens = try lexer.tokenize()
        guard !tokens.isEmpty else {
            throw QueryError(.syntax, message: "Søket er tomt. Skriv ett eller flere ord å søke etter.", position: 0)
        }
        var state = State(tokens: tokens, defaultOperator: defaultOperator, length: lexer.chars.count)
        let root = try state.parseOr()
        if let stray = state.peek {
            // parseOr stops only before ")" or at the end.
            throw QueryError(
                .syntax,
                message: "Parentesen «)» ved tegn \(stray.range.lowerBound + 1) har ingen «(» å lukke. "
                    + "Fjern den eller legg til «(» der gruppen skal starte.",
                position: stray.range.lowerBound)
        }
        return root
    }

    /// The parser's cursor over the tokens.
    struct State {
        let tokens: [QueryToken]
        let defaultOperator: QueryOperator
        let length: Int
        var index = 0
        var depth = 0
        var clauses = 0

        init(tokens: [QueryToken], defaultOperator: QueryOperator, length: Int) {
            self.tokens = tokens
            self.defaultOperator = defaultOperator
            self.length = length
        }

        var peek: QueryToken? { index < tokens.count ? tokens[index] : nil }

        mutating func advance() -> QueryToken {
            defer { index += 1 }
            return tokens[index]
        }

        mutating func parseOr() throws(QueryError) -> QuerySyntax {
            var items = [try parseAnd()]
            while let t = peek {
                if case .or = t.kind {
                    _ = advance()
                    try requireOperand(after: t)
                } else if defaultOperator == .or, t.startsOperand {
                } else {
                    break
                }
                items.append(try parseAnd())
            }
            return items.count == 1 ? items[0] : QuerySyntax(.or(items), range: span(items))
        }

        mutating func parseAnd() throws(QueryError) -> QuerySyntax {
            var items = [try parseUnary()]
            while let t = peek {
                if case .and = t.kind {
                    _ = advance()
                    try requireOperand(after: t)
                } else if defaultOperator == .and, t.startsOperand {
                } else {
                    break
                }
                items.append(try parseUnary())
            }
            return items.count == 1 ? items[0] : QuerySyntax(.and(items), range: span(items))
        }

        mutating func parseUnary() throws(QueryError) -> QuerySyntax {
            guard let t = peek else { throw internalEnd() }
            switch t.kind {
            case .not, .minus, .plus:
                _ = advance()
                try requireOperand(after: t)
                try enter(t)
                defer { depth -= 1 }
                let operand = try parseUnary()
                let range = t.range.lowerBound..<operand.range.upperBound
                if case .plus = t.kind { return QuerySyntax(.required(operand), range: range) }
                return QuerySyntax(.not(operand), range: range)
            default:
                return try parsePrimary()
            }
        }

        mutating func parsePrimary() throws(QueryError) -> QuerySyntax {
            guard let t = peek else { throw internalEnd() }
            switch t.kind {
            case .word(let text, let suffix):
                _ = advance()
                try countClause(t)
                return QuerySyntax(Self.leaf(text, suffix), range: t.range)
            case .phrase(let text, let slop):
                _ = advance()
                try countClause(t)
                return QuerySyntax(.phrase(text, slop: slop), range: t.range)
            case .leftParen:
                return try parseGroup()
            case .field(let field):
                _ = advance()
                let value = try parseFieldValue(field, fieldToken: t)
                return QuerySyntax(.field(field, value), range: t.range.lowerBound..<value.range.upperBound)
            case .and, .or:
                throw QueryError(
                    .syntax,
                    message: "Operatoren «\(t.text)» ved tegn \(t.range.lowerBound + 1) mangler noe å binde sammen foran seg. "
                        + "Skriv et ord foran den eller fjern den.",
                    position: t.range.lowerBound)
            case .rightParen:
                // Only reachable for "(" directly followed by ")", handled in parseGroup, or an
                // operand-less operator, handled by requireOperand; kept for safety.
                throw QueryError(
                    .syntax,
                    message: "Uventet «)» ved tegn \(t.range.lowerBound + 1). Fjern den eller skriv noe foran den.",
                    position: t.range.lowerBound)
            case .not, .minus, .plus:
                return try parseUnary()
            }
        }

        mutating func parseGroup() throws(QueryError) -> QuerySyntax {
            let open = advance()
            if let t = peek, case .rightParen = t.kind {
                throw QueryError(
                    .syntax,
                    message: "Tomme parenteser ved tegn \(open.range.lowerBound + 1). Skriv noe mellom ( og ) eller fjern dem.",
                    position: open.range.lowerBound)
            }
            guard peek != nil else { throw unclosed(open) }
            try enter(open)
            defer { depth -= 1 }
            let inner = try parseOr()
            guard let close = peek, case .rightParen = close.kind else { throw unclosed(open) }
            _ = advance()
            return QuerySyntax(inner.node, range: open.range.lowerBound..<close.range.upperBound)
        }

        func unclosed(_ open: QueryToken) -> QueryError {
            QueryError(
                .syntax,
                message: "Parentesen som åpnes ved tegn \(open.range.lowerBound + 1) lukkes aldri. Legg til «)» der gruppen slutter.",
                position: open.range.lowerBound)
        }

        static func leaf(_ text: String, _ suffix: QueryToken.WordSuffix) -> QuerySyntax.Node {
            switch suffix {
            case .none: .term(text)
            case .prefix: .prefix(text)
            case .fuzzy(let edits): .fuzzy(text, maxEdits: edits)
            }
        }

        mutating func enter(_ t: QueryToken) throws(QueryError) {
            depth += 1
            guard depth <= QueryParser.maximumNestingDepth else {
                throw QueryError(
                    .syntax,
                    message: "Søket er nøstet for dypt ved tegn \(t.range.lowerBound + 1): mer enn "
                        + "\(QueryParser.maximumNestingDepth) nivåer av parenteser og operatorer. Forenkle søket.",
                    position: t.range.lowerBound)
            }
        }

        mutating func countClause(_ t: QueryToken) throws(QueryError) {
            clauses += 1
            guard clauses <= QueryParser.maximumClauseCount else {
                throw QueryError(
                    .syntax,
                    message: "Søket har mer enn \(QueryParser.maximumClauseCount) ord og fraser (grensen nås ved tegn "
                        + "\(t.range.lowerBound + 1)). Del det opp i flere søk.",
                    position: t.range.lowerBound)
            }
        }

        /// After an operator: the next token must begin an operand.
        func requireOperand(after op: QueryToken) throws(QueryError) {
            if let next = peek, next.startsOperand { return }
            let name = op.text
            let what: String
            switch op.kind {
            case .plus: what = "«+» må stå rett foran et ord, f.eks. +budsjett."
            case .minus: what = "«-» må stå rett foran et ord, f.eks. -budsjett."
            default: what = "Skriv et ord etter «\(name)» eller fjern operatoren."
            }
            throw QueryError(
                .syntax,
                message: "«\(name)» ved tegn \(op.range.lowerBound + 1) står uten noe etter seg. " + what,
                position: op.range.lowerBound)
        }

        func internalEnd() -> QueryError {
            QueryError(.syntax, message: "Søket slutter uventet. Fullfør søket.", position: max(0, length - 1))
        }

        func span(_ items: [QuerySyntax]) -> Range<Int> {
            items[0].range.lowerBound..<items[items.count - 1].range.upperBound
        }
    }
}
