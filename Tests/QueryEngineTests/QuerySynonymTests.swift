import SearchCore
import Testing
import TextAnalysis

@testable import QueryEngine

/// Synonym lists (`SynonymList`, `SynonymTable`) and law names on the query side.
struct QuerySynonymTests {
    static func builder(_ list: String) throws -> QueryBuilder {
        let plain = QueryBuilder()
        return QueryBuilder(synonyms: SynonymTable(try SynonymList(parsing: list, source: "test.txt"), builder: plain))
    }

    static func render(_ text: String, _ builder: QueryBuilder) throws -> String {
        QueryBuilderTests.render(try builder.build(text).query)
    }

    /// A law's name searches its lemma only, quoted or not (not the stem `kommun`).
    @Test func lawNameSearchesTheLawOnly() throws {
        #expect(try Self.render("kommuneloven", QueryBuilder()) == "kommunelov")
        #expect(try Self.render("\"Kommunelova\"", QueryBuilder()) == "kommunelov")
        #expect(try Self.render("\"plan- og bygningsloven\"", QueryBuilder()) == "\"plan@0 bygningslov@2\"")
        #expect(try Self.render("kommunen", QueryBuilder()) == "kommun")
    }

    @Test func wordGetsItsGroupAsWeightedAlternatives() throws {
        let b = try Self.builder("pbl, plan- og bygningsloven\nrådmann, kommunedirektør\n")
        #expect(try Self.render("pbl", b) == "(pbl ≈pbl:\"plan@0 bygningslov@2\"^0.7)")
        #expect(try Self.render("Rådmannen", b) == "(rådmann ≈Rådmannen:kommunedirektør^0.7)")
        let mixed = try Self.render("kommunedirektør budsjett", b)
        #expect(mixed == "((kommunedirektør ≈kommunedirektør:rådmann^0.7) budsjett)", "\(mixed)")
        // Under AND the word or its synonym is required, not both.
        let required = try Self.render("kommunedirektør OG budsjett", b)
        #expect(required == "(+(kommunedirektør ≈kommunedirektør:rådmann^0.7) +budsjett)", "\(required)")
        // A quoted phrase that is an entry finds its group too.
        #expect(try Self.render("\"plan- og bygningsloven\"", b) == "(\"plan@0 bygningslov@2\" ≈plan- og bygningsloven:pbl^0.7)")
        #expect(try b.build("pbl").notes == ["«pbl» søkes også som synonymet «plan- og bygningsloven», med lavere vekt."])
        // Prefix and fuzzy words are searched as written.
        #expect(try Self.render("rådmann*", b) == "rådmann*")
        #expect(try Self.render("budsjett", b) == "budsjett")
    }

    @Test func weightIsBelowTheWrittenWord() {
        #expect(QueryBuilder.synonymWeight > 0 && QueryBuilder.synonymWeight < 1)
    }

    @Test func malformedListsNameFileAndLine() {
        for (text, line, what) in [("pbl, plan- og bygningsloven\nrådmann\n", 2, "bare ett ledd"), ("# x\n\na,, b", 3, "tomt ledd")] {
            do {
                _ = try SynonymList(parsing: text, source: "mine.txt")
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.code == .invalidSynonyms)
                #expect(error.message.hasPrefix("mine.txt, linje \(line): "), "\(error.message)")
                #expect(error.message.contains(what), "\(error.message)")
            }
        }
    }

    /// The shipped list parses, and every entry analyses to something searchable.
    @Test func standardListIsUsable() {
        let table = SynonymTable(.standard, builder: QueryBuilder())
        #expect(table.groups.map { $0.map(\.text) } == SynonymList.standard.groups)
        for abbreviation in ["pbl", "koml", "fvl", "offl", "aml", "inndl"] {
            #expect(!table.alternatives(forKey: abbreviation).isEmpty, "\(abbreviation)")
        }
    }
}
