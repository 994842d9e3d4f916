import Foundation
import QueryEngine
import SearchEngine
import Testing

/// `--explain` must add up to the score the search ranked by.
struct ExplainTests {
    @Test func explanationSumsToTheScore() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try SearchIndex(path: dir, configuration: TestSupport.smallConfiguration())
        _ = try index.openWriter().ingest(TestSupport.files(under: TestSupport.corpusDocuments).map(IngestItem.file))
        let snapshot = try index.snapshot()
        for text in ["godtgjøring fellesnemnda", "delegeringsreglement formannskap", "kommunane samanslåing"] {
            let q = try index.parseQuery(text).query
            let results = try snapshot.search(q, limit: 5)
            #expect(!results.hits.isEmpty)
            for h in results.hits {
                let e = try snapshot.explain(q, document: h.id)
                #expect(abs(e.total - h.score) < 1e-9 * max(1, h.score), "\(text): \(e.total) vs \(h.score)")
            }
        }
    }
}
