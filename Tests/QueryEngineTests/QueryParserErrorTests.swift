import Testing

@testable import QueryEngine

/// Every syntax error: its position (0-based character offset) and the words its message must
/// contain, so the user learns what is wrong and how to fix it.
struct QueryParserErrorTests {
    static let cases: [(input: String, position: Int, mentions: [String])] = [
        ("", 0, ["tomt"]),
        ("   ", 0, ["tomt"]),
        ("plan \"for skole", 5, ["Manglende avsluttende anførselstegn", "tegn 6", "Legg til \""]),
        ("«plan", 0, ["Legg til »"]),
        ("forfattar:Hansen", 0, ["Ukjent felt «forfattar:»", "Kjente felt: tittel, tekst, type, kommune, dato, år, format, språk, tema."]),
        ("titel:plan", 0, ["Ukjent felt «titel:»", "Mente du «tittel:»?"]),
        ("x forfattar:\"Hansen\"", 2, ["Ukjent felt"]),
        ("(plan", 0, ["lukkes aldri", "«)»"]),
        ("plan)", 4, ["ingen «(» å lukke"]),
        ("(a))", 3, ["ingen «(»"]),
        ("()", 0, ["Tomme parenteser"]),
        ("plan OG", 5, ["«OG»", "uten noe etter"]),
        ("plan ELLER", 5, ["«ELLER»", "uten noe etter"]),
        ("plan IKKE", 5, ["«IKKE»"]),
        ("OG plan", 0, ["«OG»", "foran"]),
        ("a OG ELLER b", 2, ["«OG»"]),
        ("(a OR)", 3, ["«OR»"]),
        ("tittel:", 0, ["«tittel:»", "mangler en verdi"]),
        ("tittel: OG", 0, ["mangler en verdi"]),
        ("dato:2017-13-01", 5, ["Ugyldig dato", "måneden"]),
        ("dato:2017-02-30", 5, ["dagen må være 1–28"]),
        ("dato:2017-06-30..2017-01-01", 5, ["snudd", "Bytt om"]),
        ("dato:..", 5, ["begge endene"]),
        ("dato:igår", 5, ["Ugyldig dato"]),
        ("år:17", 3, ["fire sifre"]),
        ("år:2018..2016", 3, ["snudd"]),
        ("dato:2017*", 5, ["tar ikke *"]),
        ("kommune:asker~", 8, ["Uskarpt søk"]),
        ("tittel:(tekst:a)", 7, ["står inne i feltet"]),
        ("*", 0, ["minst én bokstav"]),
        ("plan~3", 4, ["Største tillatte redigeringsavstand er 2"]),
        ("\"a b\"~", 5, ["må det stå et tall"]),
        ("\"a b\"~99", 5, ["for stor"]),
    ]

    @Test(arguments: cases)
    func reportsError(_ input: String, _ position: Int, _ mentions: [String]) {
        do {
            let s = try QueryParser().parse(input)
            Issue.record("\(input) parsed as \(s)")
        } catch {
            #expect(error.code == .syntax)
            #expect(error.position == position, "\(input): \(error.message)")
            for m in mentions { #expect(error.message.contains(m), "\(input): \(error.message)") }
        }
    }

    @Test func lengthLimit() throws {
        let ok = String(repeating: "a", count: QueryParser.maximumQueryLength)
        _ = try QueryParser().parse(ok)
        let long = ok + "b"
        #expect(throws: QueryError.self) { try QueryParser().parse(long) }
        do { _ = try QueryParser().parse(long) } catch {
            #expect(error.position == QueryParser.maximumQueryLength)
            #expect(error.message.contains("for langt"))
        }
    }

    @Test func depthLimit() throws {
        let n = QueryParser.maximumNestingDepth
        _ = try QueryParser().parse(String(repeating: "(", count: n) + "a" + String(repeating: ")", count: n))
        let deep = String(repeating: "(", count: n + 1) + "a" + String(repeating: ")", count: n + 1)
        do {
            _ = try QueryParser().parse(deep)
            Issue.record("no error")
        } catch {
            #expect(error.position == n)
            #expect(error.message.contains("nøstet for dypt"))
        }
        let nots = String(repeating: "NOT ", count: n + 1) + "a"
        #expect(throws: QueryError.self) { try QueryParser().parse(nots) }
        let minus = String(repeating: "-", count: n + 1) + "a"
        #expect(throws: QueryError.self) { try QueryParser().parse(minus) }
    }

    @Test func clauseLimit() throws {
        let n = QueryParser.maximumClauseCount
        _ = try QueryParser().parse(Array(repeating: "a", count: n).joined(separator: " "))
        do {
            _ = try QueryParser().parse(Array(repeating: "a", count: n + 1).joined(separator: " "))
            Issue.record("no error")
        } catch {
            #expect(error.position == 2 * n)
            #expect(error.message.contains("mer enn \(n)"))
        }
    }
}
