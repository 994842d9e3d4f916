import SearchCore
import Testing
import TextAnalysis

@testable import QueryEngine

/// Query text → built `Query` with the real Norwegian analyzer (rendered by `QueryRendering`),
/// and the notes the user sees.
struct QueryBuilderTests {
    static let orCases: [(String, String)] = [
        ("kommunene", "kommun"),
        ("Kommunene", "kommun"),
        ("plan og budsjett", "(plan budsjett)"),
        ("plan OG budsjett", "(+plan +budsjett)"),
        ("plan budsjett -drift", "(plan budsjett -drift)"),
        ("+plan budsjett", "(+plan budsjett)"),
        ("plan ELLER (budsjett ELLER drift)", "(plan budsjett drift)"),
        ("plan OG (budsjett OG drift)", "(+plan +budsjett +drift)"),
        ("§5-1", "(§5-1 5-1)"),
        ("12.03.2017", "2017-03-12"),
        ("\"14.02.2017\"", "2017-02-14"),
        ("12. mars 2017", "2017-03-12"),
        ("møtet 3. des. 2018 kl. 10", "(møt 2018-12-03 kl 10)"),
        ("3. klasse 2017", "(3 klass 2017)"),
        ("møte 12.03.2017", "(møt 2017-03-12)"),
        ("\"møte 12.03.2017\"", "\"møt@0 2017-03-12@1\""),
        ("2017", "2017"),
        ("2017-2020", "(2017-2020 2017 2020)"),
        ("fellesnemnd-møtet", "(fellesnemndmøt \"fellesnemnd@0 møt@1\")"),
        ("a/b", "\"a@0 b@1\""),
        ("\"plan for kommunesammenslåing\"", "\"plan@0 kommunesammenslåing@2\""),
        ("\"plan for skole\"~3", "\"plan@0 skol@2\"~3"),
        ("\"fellesnemnd-møtet i går\"", "\"fellesnemnd@0 møt@1 går@3\""),
        ("\"kommunene\"", "kommun"),
        ("tittel:budsjett", "tittel:budsjett"),
        ("tekst:\"plan for skole\"", "tekst:\"plan@0 skol@2\""),
        ("tittel:(plan budsjett)", "(tittel:plan tittel:budsjett)"),
        ("type:reglement", "(#[#type=reglement])"),
        ("Type:Reglement", "(#[#type=reglement])"),
        ("kommune:\"Indre Østfold\"", "(#[#kommune=indre østfold])"),
        ("budsjett kommune:asker", "(budsjett #[#kommune=asker])"),
        ("budsjett kommune:asker kommune:bærum", "(budsjett #[(#kommune=asker #kommune=bærum)])"),
        ("kommune:asker type:sak", "(#[(+#kommune=asker +#type=sak)])"),
        ("kommune:asker kommune:bærum type:sak", "(#[(+(#kommune=asker #kommune=bærum) +#type=sak)])"),
        ("tittel:reglement kommune:asker år:2019", "(tittel:reglement #[#kommune=asker #år=2019])"),
        ("budsjett type:sak kommune:asker type:protokoll", "(budsjett #[(#type=sak #type=protokoll) #kommune=asker])"),
        ("kommune:asker ELLER type:sak", "(#[(+#kommune=asker +#type=sak)])"),
        ("(kommune:asker kommune:bærum) type:sak", "(#[(+(#kommune=asker #kommune=bærum) +#type=sak)])"),
        ("(kommune:asker type:sak) kommune:bærum", "(#[(+(+#kommune=asker +#type=sak) +#kommune=bærum)])"),
        ("type:(sak ELLER protokoll)", "(#[(#type=sak #type=protokoll)])"),
        ("budsjett -type:sak", "(budsjett -#type=sak)"),
        ("språk:nynorsk", "(#[#språk=nn])"),
        ("språk:bokmål", "(#[#språk=nb])"),
        ("format:PDF", "(#[#format=pdf])"),
        ("år:2017", "(#[#år=2017])"),
        ("år:2016..2018", "(#[#[år=2016..år=2018]])"),
        ("år:..2018", "(#[#[år=..år=2018]])"),
        ("dato:2017-03-12", "(#[#dato=2017-03-12])"),
        ("dato:2017-01-01..2017-06-30", "(#[#[dato=2017-01-01..dato=2017-06-30]])"),
        ("dato:2017-01-01..", "(#[#[dato=2017-01-01..dato=9999-12-31]])"),
        ("kommune:indre*", "(#[#kommune=indre*])"),
        ("kommun*", "kommun*"),
        ("Kommun*", "kommun*"),
        ("kommunene*", "(kommunene* kommun)"),
        ("for*", "for*"),
        ("fellesnemd~", "fellesnemd~2"),
        ("plan~", "plan~1"),
        ("plan~2", "plan~2"),
        ("planen~0", "plan"),
        ("by~", "by"),
        ("kommune:asker budsjett plan", "(budsjett plan #[#kommune=asker])"),
        ("budsjett -(drift ELLER investering)", "(budsjett -(drift investering))"),
        ("plan OG (IKKE budsjett)", "(+plan -budsjett)"),
        ("og budsjett", "budsjett"),
        ("kl. 10:30", "(kl 10:30)"),
        ("https://asker.kommune.no/side", "https://asker.kommune.no/side"),
    ]

    @Test(arguments: orCases)
    func buildsWithDefaultOr(_ input: String, _ expected: String) throws {
        let built = try QueryBuilder().build(input)
        #expect(Self.render(built.query) == expected, "\(input)")
    }

    static let andCases: [(String, String)] = [
        ("plan og budsjett", "(+plan +budsjett)"),
        ("plan budsjett ELLER drift", "((+plan +budsjett) drift)"),
        ("budsjett kommune:asker kommune:bærum", "(+budsjett #[#kommune=asker #kommune=bærum])"),
        ("budsjett -drift", "(+budsjett -drift)"),
    ]

    @Test(arguments: andCases)
    func buildsWithDefaultAnd(_ input: String, _ expected: String) throws {
        let built = try QueryBuilder(options: .init(defaultOperator: .and)).build(input)
        #expect(Self.render(built.query) == expected, "\(input)")
    }

    @Test func stopWordsAreNoted() throws {
        let built = try QueryBuilder().build("plan og budsjett")
        #expect(built.notes == ["«og» er et stoppord og ble ignorert. Mente du operatoren OG? Skriv den med store bokstaver."])
        let only = try QueryBuilder().build("og i")
        #expect(only.query == .empty)
        #expect(only.notes.count == 3)
        #expect(only.notes.last?.contains("bare av stoppord") == true)
        let ikke = try QueryBuilder().build("budsjett ikke drift")
        #expect(ikke.notes.first?.contains("Mente du operatoren IKKE?") == true)
        #expect(Self.render(ikke.query) == "(budsjett drift)")
    }

    /// `òg` is Nynorsk for 'also': a stop word like Bokmål `også`, dropped from the query (its
    /// accent folds it to `og`, which is dropped too), but the note names the word as typed and
    /// does not take it for the operator OG.
    @Test func nynorskOgIsAStopWordNotTheOperator() throws {
        let built = try QueryBuilder().build("kommunen òg")
        #expect(Self.render(built.query) == "kommun")
        #expect(built.notes == ["«òg» er et stoppord og ble ignorert."])
        let phrase = try QueryBuilder().build("\"vi òg dei\"")
        #expect(phrase.query == .empty)
        let og = try QueryBuilder().build("kommunen Og")
        #expect(og.notes == ["«Og» er et stoppord og ble ignorert. Mente du operatoren OG? Skriv den med store bokstaver."])
        #expect(try QueryBuilder().build("\"plan òg budsjett\"").query == QueryBuilder().build("\"plan også budsjett\"").query)
    }

    @Test func shortFuzzyIsNoted() throws {
        let built = try QueryBuilder().build("by~")
        #expect(built.notes.first?.contains("for kort for uskarpt søk") == true)
    }

    @Test func onlyExclusionsIsAnError() {
        for input in ["-budsjett", "IKKE budsjett", "plan OG (IKKE a ELLER -b)"] {
            do {
                let b = try QueryBuilder().build(input)
                Issue.record("\(input) built \(Self.render(b.query))")
            } catch {
                #expect(error.code == .syntax)
                #expect(error.message.contains("utelukker bare ord"), "\(input)")
            }
        }
        let position: Int?
        do {
            _ = try QueryBuilder().build("plan OG (IKKE a ELLER -b)")
            position = nil
        } catch {
            position = error.position
        }
        #expect(position == 8)
    }

    @Test func defaultFieldsAreConfigurable() throws {
        let built = try QueryBuilder(options: .init(fields: [.title])).build("budsjett")
        #expect(built.query == .compound(word: "budsjett", term: "budsjett", fields: [.title]))
    }
}

/// A compact canonical rendering of `Query` for table tests: default fields are implicit,
/// `tittel:`/`tekst:` prefix a restricted term, `#` marks metadata terms; booleans as
/// `(+must should -mustNot #[filter])`; phrases as `"a@0 b@2"~slop`.
extension QueryBuilderTests {
    static func render(_ q: Query) -> String {
        switch q {
        case .term(let t, let fields): return fieldPrefix(fields) + t
        // A compound candidate searches its term (its splitting is DecompounderTests' business).
        case .compound(_, let t, let fields): return fieldPrefix(fields) + t
        case .boosted(let q, let boost): return render(q) + "^\(boost)"
        case .withSynonyms(let q, let synonyms, let word, let weight):
            return "(" + render(q) + " ≈\(word):" + synonyms.map(render).joined(separator: "|") + "^\(weight))"
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
