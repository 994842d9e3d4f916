import Testing

@testable import QueryEngine

/// Table tests: query text → canonical AST (`QuerySyntax.description`).
struct QueryParserTests {
    static let orCases: [(String, String)] = [
        ("kommune", "kommune"),
        ("  kommune  ", "kommune"),
        ("plan budsjett", "(OR plan budsjett)"),
        ("plan OR budsjett", "(OR plan budsjett)"),
        ("plan ELLER budsjett", "(OR plan budsjett)"),
        ("plan AND budsjett", "(AND plan budsjett)"),
        ("plan OG budsjett", "(AND plan budsjett)"),
        ("plan og budsjett", "(OR plan og budsjett)"),
        ("plan ikke budsjett", "(OR plan ikke budsjett)"),
        ("plan NOT budsjett", "(OR plan (NOT budsjett))"),
        ("plan IKKE budsjett", "(OR plan (NOT budsjett))"),
        ("plan -budsjett +drift", "(OR plan (NOT budsjett) +drift)"),
        ("a OR b AND c", "(OR a (AND b c))"),
        ("a AND b OR c", "(OR (AND a b) c)"),
        ("a b AND c", "(OR a (AND b c))"),
        ("NOT a AND b", "(AND (NOT a) b)"),
        ("(a OR b) AND c", "(AND (OR a b) c)"),
        ("((a))", "a"),
        ("\"plan for skole\"", "\"plan for skole\""),
        ("\"plan for skole\"~3", "\"plan for skole\"~3"),
        ("«Indre Østfold»", "\"Indre Østfold\""),
        ("“sitat”", "\"sitat\""),
        ("kommun*", "kommun*"),
        ("kommun***", "kommun*"),
        ("fellesnemd~", "fellesnemd~"),
        ("fellesnemd~1", "fellesnemd~1"),
        ("fellesnemd~0", "fellesnemd~0"),
        ("a~b", "a~b"),
        ("tittel:plan", "tittel:plan"),
        ("Tittel:plan", "tittel:plan"),
        ("title:plan", "tittel:plan"),
        ("tittel: plan", "tittel:plan"),
        ("tekst:\"a b\"", "tekst:\"a b\""),
        ("tittel:(plan OR budsjett)", "tittel:(OR plan budsjett)"),
        ("tittel:kommun*", "tittel:kommun*"),
        ("kommune:\"Indre Østfold\"", "kommune:\"Indre Østfold\""),
        ("kommune:asker type:reglement", "(OR kommune:asker type:reglement)"),
        ("type:(sak ELLER protokoll)", "type:(OR sak protokoll)"),
        ("format:pdf språk:nn", "(OR format:pdf språk:nn)"),
        ("sprak:nn", "språk:nn"),
        ("år:2017", "år:2017"),
        ("aar:2017", "år:2017"),
        ("år:2016..2018", "år:[2016..2018]"),
        ("år:..2018", "år:[*..2018]"),
        ("dato:2017-03-12", "dato:2017-03-12"),
        ("dato:12.03.2017", "dato:2017-03-12"),
        ("dato:2017-01-01..2017-06-30", "dato:[2017-01-01..2017-06-30]"),
        ("dato:..2017-06-30", "dato:[*..2017-06-30]"),
        ("dato:2017-01-01..", "dato:[2017-01-01..*]"),
        ("dato:2017", "dato:[2017-01-01..2017-12-31]"),
        ("dato:2016-02", "dato:[2016-02-01..2016-02-29]"),
        ("dato:2017-02..2017-03", "dato:[2017-02-01..2017-03-31]"),
        ("kl. 10:30", "(OR kl. 10:30)"),
        ("https://asker.kommune.no/side", "https://asker.kommune.no/side"),
        ("Merk: viktig", "(OR Merk: viktig)"),
        ("10:30", "10:30"),
        ("§ 5-1", "(OR § 5-1)"),
        ("-", "-"),
        ("a - b", "(OR a - b)"),
        ("+\"a b\"", "+\"a b\""),
        ("-(a b)", "(NOT (OR a b))"),
        ("- -a", "(OR - (NOT a))"),
        ("--a", "(NOT (NOT a))"),
        ("fellesnemnd-møtet", "fellesnemnd-møtet"),
        ("e-post:x", "e-post:x"),
        ("a\"b\"", "(OR a \"b\")"),
    ]

    @Test(arguments: orCases)
    func parsesWithDefaultOr(_ input: String, _ expected: String) throws {
        let syntax = try QueryParser(defaultOperator: .or).parse(input)
        #expect(syntax.description == expected, "\(input)")
    }

    static let andCases: [(String, String)] = [
        ("plan budsjett", "(AND plan budsjett)"),
        ("a b OR c", "(OR (AND a b) c)"),
        ("a OR b c", "(OR a (AND b c))"),
        ("a -b", "(AND a (NOT b))"),
    ]

    @Test(arguments: andCases)
    func parsesWithDefaultAnd(_ input: String, _ expected: String) throws {
        let syntax = try QueryParser(defaultOperator: .and).parse(input)
        #expect(syntax.description == expected, "\(input)")
    }

    @Test func rangesAreCharacterOffsets() throws {
        let s = try QueryParser().parse("æøå OG \"b c\"~2")
        #expect(s.range == 0..<14)
        guard case .and(let children) = s.node else {
            Issue.record("not an AND: \(s)")
            return
        }
        #expect(children.map(\.range) == [0..<3, 7..<14])
        let f = try QueryParser().parse("x tittel:(a b)")
        guard case .or(let parts) = f.node else {
            Issue.record("not an OR: \(f)")
            return
        }
        #expect(parts[1].range == 2..<14)
    }
}
