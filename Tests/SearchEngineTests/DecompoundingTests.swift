import Foundation
import QueryEngine
import SearchEngine
import Testing

/// Compounds in queries find their parts, ranked below the whole word (issue 6 §6).
struct DecompoundingTests {
    static let documents: [(key: String, text: String)] = [
        ("hel", "Rådmannen har arbeidsgiveransvar for alle ansatte i den nye kommunen."),
        ("delt", "Kommunedirektøren har ansvar som arbeidsgiver og ansetter i alle stillinger."),
        ("bare-ansvar", "Fellesnemnda har ansvar for budsjettet til prosjektet."),
        ("bare-arbeidsgiver", "Arbeidsgiver skal drøfte saken med de tillitsvalgte."),
        ("begge-igjen", "Som arbeidsgiver tar kommunen ansvar for et godt arbeidsmiljø."),
    ]

    func index(decompounding: Bool) throws -> (SearchIndex, String) {
        let dir = TestSupport.temporaryDirectory()
        var configuration = SearchEngineConfiguration()
        configuration.decompounding = decompounding
        let index = try SearchIndex(path: dir, configuration: configuration)
        let items = Self.documents.map {
            IngestItem(externalKey: $0.key, data: Data($0.text.utf8), fileName: $0.key + ".txt", title: "Sak")
        }
        _ = try index.openWriter().ingest(items)
        return (index, dir)
    }

    func keys(_ index: SearchIndex, _ text: String) throws -> [String] {
        let snapshot = try index.snapshot()
        let q = try index.parseQuery(text).query
        let hits = try snapshot.hits(for: snapshot.search(q, limit: 10), query: q)
        return hits.map(\.externalKey)
    }

    @Test func partsAreFoundBelowTheWholeWord() throws {
        let (index, dir) = try index(decompounding: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let found = try keys(index, "arbeidsgiveransvar")
        #expect(found.first == "hel")
        #expect(Set(found) == ["hel", "delt", "begge-igjen"])  // every part required
    }

    @Test func offMeansTheWholeWordOnly() throws {
        let (index, dir) = try index(decompounding: false)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try keys(index, "arbeidsgiveransvar") == ["hel"])
    }

    @Test func partsAreHighlightedAndExplained() throws {
        let (index, dir) = try index(decompounding: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let snapshot = try index.snapshot()
        let q = try index.parseQuery("arbeidsgiveransvar").query
        let results = try snapshot.search(q, limit: 10)
        let hits = try snapshot.hits(for: results, query: q)
        let delt = try #require(hits.first { $0.externalKey == "delt" })
        let marked = delt.snippet.highlights.map { r in
            String(decoding: Array(delt.snippet.text.utf8)[r], as: UTF8.self).lowercased()
        }
        #expect(Set(marked) == ["ansvar", "arbeidsgiver"])
        for h in results.hits {
            let e = try snapshot.explain(q, document: h.id)
            #expect(abs(e.total - h.score) < 1e-9 * max(1, h.score), "\(h.id): \(e.total) vs \(h.score)")
        }
    }

    @Test func establishedCompoundsStayWhole() throws {
        // `fellesnemnda` occurs as a word of its own; `felles` and `nemnd` do not both occur.
        let (index, dir) = try index(decompounding: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try keys(index, "fellesnemnda") == ["bare-ansvar"])
    }
}
