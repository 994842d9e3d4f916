import Foundation
import SearchEngine
import Testing

/// `kommunesok similar` and the search command's «Mente du» and «også delt av» lines, run as the
/// built executable over the Corpus index of `SimilarityCorpus`.
@Suite(.serialized) struct SimilarCommandTests {
    /// Runs `kommunesok` with `arguments`; returns exit status and stdout + stderr.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try TestSupport.runExecutable(arguments, index: try #require(SimilarityCorpus.index).path)
    }

    @Test func similarMarksNearDuplicates() throws {
        guard FileManager.default.isExecutableFile(atPath: TestSupport.executable) else {
            Issue.record("kommunesok is not built at \(TestSupport.executable); run `swift build` first")
            return
        }
        let r = try run(["similar", "okonomireglement-larvik-2017", "--limit", "5"])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.components(separatedBy: "nesten lik").count - 1 == 2, "\(r.output)")
        #expect(r.output.contains("[okonomireglement-alesund-2019]"))

        let pasted = try run(["similar", "--tekst", "Fellesnemnda vedtar nytt kommunevåpen etter høring", "--limit", "5", "--json"])
        #expect(pasted.status == 0, "\(pasted.output)")
        #expect(pasted.output.contains("kommunevapen"), "\(pasted.output)")

        let missing = try run(["similar", "finnes-ikke"])
        #expect(missing.status != 0)
        #expect(missing.output.contains("Fant ikke dokumentet"))
    }

    @Test func searchSuggestsAndFoldsDuplicates() throws {
        guard FileManager.default.isExecutableFile(atPath: TestSupport.executable) else { return }
        let typo = try run(["search", "delegeringsreglment"])
        #expect(typo.output.contains("Mente du: delegeringsreglement?"), "\(typo.output)")
        let shared = try run(["search", "delegeringsreglement"])
        #expect(shared.output.contains("også delt av:"), "\(shared.output)")
        #expect(!shared.output.contains("Mente du"))
    }
}
