import Foundation
import SearchEngine
import Testing

/// `kommunesok search` options --sort, --offset, --facets and --ingen-gruppering, run as the
/// built executable over the Corpus index of `SimilarityCorpus` (as `SimilarCommandTests`).
@Suite(.serialized) struct SearchCommandTests {
    /// Runs `kommunesok search` with `arguments`; returns exit status and stdout + stderr.
    func search(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try TestSupport.runExecutable(["search"] + arguments, index: try #require(SimilarityCorpus.index).path)
    }

    /// The JSON of `search --json …`.
    struct Output: Decodable {
        struct Copy: Decodable {
            var id: Int64
            var title: String
            var municipality: String?
        }
        struct Hit: Decodable {
            var id: Int64
            var key: String
            var date: String?
            var alsoSharedBy: [Copy]
        }
        struct Facet: Decodable {
            var value: String
            var label: String
            var count: Int
        }
        var sort: String
        var offset: Int
        var grouped: Bool
        var totalHits: Int
        var hits: [Hit]
        var facets: [String: [Facet]]?
    }

    func json(_ arguments: [String]) throws -> Output {
        let r = try search(arguments + ["--json"])
        #expect(r.status == 0, "\(r.output)")
        return try JSONDecoder().decode(Output.self, from: Data(r.output.utf8))
    }

    var built: Bool {
        let ok = FileManager.default.isExecutableFile(atPath: TestSupport.executable)
        if !ok { Issue.record("kommunesok is not built at \(TestSupport.executable); run `swift build` first") }
        return ok
    }

    @Test func sortByDateInBothSpellings() throws {
        guard built else { return }
        for spelling in ["dato", "date", "DATO"] {
            let out = try json(["kommune", "--sort", spelling, "--limit", "20", "--ingen-gruppering"])
            #expect(out.sort == "dato")
            let dates = out.hits.map { $0.date ?? "" }
            #expect(dates == dates.sorted(by: >), "\(dates)")
        }
        #expect(try json(["kommune", "--sort", "relevance"]).sort == "relevans")
        let bad = try search(["kommune", "--sort", "alfabetisk"])
        #expect(bad.status != 0)
        #expect(bad.output.contains("--sort må være «relevans» eller «dato»"), "\(bad.output)")
    }

    @Test func offsetPagesAndNumbersHits() throws {
        guard built else { return }
        let all = try json(["kommune", "--limit", "12"]).hits.map(\.id)
        let page = try json(["kommune", "--limit", "4", "--offset", "5"])
        #expect(page.offset == 5)
        #expect(page.hits.map(\.id) == Array(all[5..<9]))
        let text = try search(["kommune", "--limit", "2", "--offset", "5"])
        #expect(text.status == 0)
        #expect(text.output.contains("\n6. ") && text.output.contains("\n7. ") && !text.output.contains("\n8. "), "\(text.output)")
        let both = try search(["kommune", "--offset", "2", "--side", "2"])
        #expect(both.status != 0 && both.output.contains("enten --offset eller --side"), "\(both.output)")
        let negative = try search(["kommune", "--offset", "-1"])
        #expect(negative.status != 0)
    }

    @Test func facetsAfterTheHitsAndInJSON() throws {
        guard built else { return }
        let text = try search(["kommune", "--facets", "--limit", "3"])
        #expect(text.status == 0, "\(text.output)")
        let lines = text.output.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Fordeling (alle ") }, "\(text.output)")
        #expect(lines.firstIndex { $0.hasPrefix("1. ") }! < header, "facets come after the hits")
        for key in ["type:", "kommune:", "år:", "format:"] {
            #expect(lines[(header + 1)...].contains { $0.hasPrefix("  " + key) }, "\(key) in \(text.output)")
        }
        let kommune = try #require(lines.first { $0.hasPrefix("  kommune:") })
        #expect(kommune.contains("Asker ") && !kommune.contains("asker "), "names as written: \(kommune)")
        #expect(!(try search(["kommune"])).output.contains("Fordeling"))

        let out = try json(["kommune", "--facets", "--limit", "3"])
        let facets = try #require(out.facets)
        #expect(Set(facets.keys) == ["type", "kommune", "tema", "år", "format"])
        #expect(facets["format"]!.reduce(0) { $0 + $1.count } == out.totalHits)
        #expect(facets["kommune"]!.contains { $0.value == "indre østfold" && $0.label == "Indre Østfold" })
    }

    @Test func nearDuplicatesFoldedUnlessTurnedOff() throws {
        guard built else { return }
        let group = ["delegeringsreglement-asker-2019", "delegeringsreglement-holmestrand-2017", "delegeringsreglement-indre-ostfold-2019"]
        let grouped = try json(["delegeringsreglement", "--limit", "10"])
        #expect(grouped.grouped)
        let shown = grouped.hits.filter { group.contains($0.key) }
        #expect(shown.count == 1, "\(grouped.hits.map(\.key))")
        #expect(shown.first?.alsoSharedBy.count == 2)
        #expect(shown.first?.alsoSharedBy.allSatisfy { $0.municipality != nil && !$0.title.isEmpty } == true)

        let separate = try json(["delegeringsreglement", "--limit", "10", "--ingen-gruppering"])
        #expect(!separate.grouped)
        #expect(separate.hits.filter { group.contains($0.key) }.count == 3)
        #expect(separate.hits.allSatisfy { $0.alsoSharedBy.isEmpty })

        let text = try search(["delegeringsreglement"])
        let line = try #require(text.output.split(separator: "\n").first { $0.contains("også delt av:") }, "\(text.output)")
        // «også delt av: <kommune> (<tittel>) [nøkkel]»
        #expect(line.contains("Holmestrand (") || line.contains("Asker (") || line.contains("Indre Østfold ("), "\(line)")
        #expect(!(try search(["delegeringsreglement", "--ingen-gruppering"])).output.contains("også delt av"))
    }

    /// `search --batch`: a line without a tab, an empty query and a query that only excludes
    /// are reported on stderr with their qid, and the lines after them are still answered.
    @Test func batchAnswersEveryLineItCan() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/sporringer.tsv"
        let lines = ["q1\tfellesnemnd", "q2\t", "q3 uten tabulator", "q4\t-drift", "# kommentar", "", "q5\tgodtgjøring"]
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let r = try search(["--batch", file, "--limit", "3"])
        #expect(r.status == 0, "\(r.output)")
        let run = r.output.split(separator: "\n").filter { $0.contains(" Q0 ") }
        #expect(run.filter { $0.hasPrefix("q1 Q0 ") }.count == 3, "\(r.output)")
        #expect(run.filter { $0.hasPrefix("q5 Q0 ") }.count == 3, "\(r.output)")
        #expect(r.output.contains(":2 (qid q2): tom spørring"), "\(r.output)")
        #expect(r.output.contains(":3 (qid q3 uten tabulator): forventet «qid<TAB>spørring»"), "\(r.output)")
        #expect(r.output.contains(":4 (qid q4): "), "\(r.output)")
        #expect(r.output.contains("3 av 5 spørringer kunne ikke besvares"), "\(r.output)")

        try "q1\t-drift\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try search(["--batch", file]).status != 0)
    }
}
