import Foundation
import SearchCore
@testable import SearchEngine
import TestRandomness
import Testing
import TextAnalysis

/// The ingest analyses a body once on the byte path: the terms it hands the builder and the
/// near-duplicate signature it stores must be exactly those of the `Token` path.
struct AnalyzedBodyTests {
    static func check(_ text: String, _ analyzer: Analyzer) -> String? {
        let body = AnalyzedBody(text, analyzer: analyzer)
        let tokens = analyzer.analyze(text)
        var replayed: [String] = []
        body.forEachTerm { term, position in replayed.append("\(position):\(String(decoding: term, as: UTF8.self))") }
        let expected = tokens.map { "\($0.position):\($0.term)" }
        if replayed != expected { return "terms differ: \(replayed.prefix(8)) vs \(expected.prefix(8))" }
        if body.signature != NearDuplicates.signature(tokens: tokens) { return "signatures differ" }
        return nil
    }

    @Test func corpusDocumentsGiveTheTokenPathsTermsAndSignature() throws {
        let analyzer = Analyzer()
        let files = TestSupport.files(under: TestSupport.corpusDocuments).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        #expect(files.count >= 20)
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            let problem = Self.check(text, analyzer)
            #expect(problem == nil, "\(file): \(problem ?? "")")
        }
    }

    @Test func seededTextsIncludingEmptyAndOversizeOnesAgree() {
        let seed: UInt64 = 20261202
        var random = SeededRandom(seed: seed)
        let words = ["fellesnemnda", "kommunane", "§ 5-1", "PS 12/17", "12. mars 2017", "ikkje", "Aasen", "og", "i", "arbeidsgiveransvar", "https://asker.kommune.no/sak", "e-post@kommune.no", "æøå", "ÆØÅ"]
        let analyzer = Analyzer()
        for iteration in 0..<200 {
            let count = Int(random.next() % 40)
            let text = (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            let problem = Self.check(text, analyzer)
            #expect(problem == nil, "seed \(seed) iteration \(iteration) \(text.debugDescription): \(problem ?? "")")
        }
        // Past the shingling limit the Token path is taken; the result is still the same.
        let large = String(repeating: "Fellesnemnda vedtok reglement for godtgjøring. ", count: NearDuplicates.maxShingledBytes / 40)
        #expect(large.utf8.count > NearDuplicates.maxShingledBytes)
        #expect(Self.check(large, analyzer) == nil)
        #expect(AnalyzedBody("", analyzer: analyzer).signature == nil)
    }
}
