import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SearchEngine
import Testing
@testable import SearchServer

/// `group` and `alsoSharedBy` in `/api/search`, and the search page's «Også delt av» line,
/// Norwegian dates and municipality facet labels, over an index holding the Corpus's
/// delegeringsreglement template group (three near-duplicates) and a few other documents.
struct GroupingRouteTests {
    typealias S = ServerTestSupport

    static let files = [
        "asker/delegeringsreglement-asker-2019.docx",
        "holmestrand/delegeringsreglement-holmestrand-2017.odt",
        "indre-ostfold/delegeringsreglement-indre-ostfold-2019.txt",
        "sunnfjord/delegeringsreglement-sunnfjord-2019.docx",
        "asker/sak-reglement-fellesnemnda-asker-2017.txt",
        "larvik/sak-godtgjoring-fellesnemnda-larvik-2016.txt",
    ]
    static let group: Set<String> = ["delegeringsreglement-asker-2019", "delegeringsreglement-holmestrand-2017", "delegeringsreglement-indre-ostfold-2019"]

    func withServer(_ name: String = #function, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let index = try S.makeIndex(name, documents: false)
        defer { try? FileManager.default.removeItem(atPath: index.path) }
        let report = try index.openWriter().ingest(Self.files.map { IngestItem.file(S.packageRoot + "/Corpus/documents/" + $0, key: DocumentKey.docid($0)) })
        #expect(report.failures.isEmpty)
        let app = buildApplication(index: index, configuration: ServerConfiguration(token: S.token))
        try await app.test(.router) { client in try await body(client) }
    }

    @Test func apiFoldsNearDuplicatesUnlessGroupIsFalse() async throws {
        try await withServer { client in
            let grouped = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=delegeringsreglement", method: .get))
            #expect(grouped.group)
            let shown = grouped.hits.filter { Self.group.contains($0.key) }
            #expect(shown.count == 1, "\(grouped.hits.map(\.key))")
            let holder = try #require(shown.first)
            #expect(holder.alsoSharedBy.count == 2)
            #expect(Set(holder.alsoSharedBy.compactMap(\.municipality)).isSubset(of: ["Asker", "Holmestrand", "Indre Østfold"]))
            #expect(holder.alsoSharedBy.allSatisfy { $0.title.lowercased().contains("delegering") })
            #expect(grouped.folded == 2)

            let r = try await client.execute(uri: "/api/search?q=delegeringsreglement&group=false", method: .get)
            let separate = try S.decode(SearchResponse.self, r)
            #expect(!separate.group && separate.folded == 0)
            #expect(separate.hits.filter { Self.group.contains($0.key) }.count == 3)
            #expect(separate.hits.allSatisfy { $0.alsoSharedBy.isEmpty })
            #expect(separate.total == grouped.total)
            #expect(grouped.hits.count == separate.hits.count - 2)

            // Raw JSON: alsoSharedBy objects have id, title, municipality.
            let raw = try await client.execute(uri: "/api/search?q=delegeringsreglement", method: .get)
            let json = try JSONSerialization.jsonObject(with: Data(raw.body.readableBytesView)) as? [String: Any]
            let hits = json?["hits"] as? [[String: Any]] ?? []
            let copies = hits.compactMap { $0["alsoSharedBy"] as? [[String: Any]] }.flatMap { $0 }
            #expect(copies.count == 2)
            #expect(copies.allSatisfy { Set($0.keys) == ["id", "title", "municipality"] })

            let bad = try await client.execute(uri: "/api/search?q=delegeringsreglement&group=kanskje", method: .get)
            #expect(bad.status == .badRequest)
            #expect(try S.decode(S.ErrorBody.self, bad).error.message.contains("«group»"))
            let english = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=delegeringsreglement&sorter=date", method: .get))
            #expect(english.sort == "dato")
        }
    }

    @Test func facetLabelsAreMunicipalityNamesAsWritten() async throws {
        try await withServer { client in
            let r = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=reglement", method: .get))
            let io = try #require(r.facets.kommune.first { $0.value == "indre østfold" })
            #expect(io.label == "Indre Østfold")
            #expect(r.facets.kommune.allSatisfy { $0.value == $0.value.lowercased() && $0.label.first?.isUppercase == true })
            let html = S.text(try await client.execute(uri: "/?q=reglement", method: .get))
            #expect(html.contains(">Indre Østfold ("))
            #expect(!html.contains(">indre østfold ("))
            // An active filter is named as written too.
            let filtered = S.text(try await client.execute(uri: "/?q=reglement&kommune=indre%20%C3%B8stfold", method: .get))
            #expect(filtered.contains("Fjern filter: Indre Østfold"))
        }
    }

    @Test func searchPageShowsNorwegianDatesAndSharedCopies() async throws {
        try await withServer { client in
            let html = S.text(try await client.execute(uri: "/?q=delegeringsreglement", method: .get))
            // Hits' dates are Norwegian (holmestrand's copy, dated 2017-09-19, holds the group).
            #expect(html.contains("19. september 2017"), "\(html)")
            #expect(html.contains("<span class=\"hel\">19. september 2017</span>"), "\(html)")
            #expect(html.range(of: "class=\"hel\">[0-9]{4}-", options: .regularExpression) == nil)
            #expect(html.contains("<p class=\"meta delt\">Også delt av: <a href=\"/dokument/"))
            #expect(html.contains("Vis hvert dokument for seg"))
            #expect(html.contains("group=false"))
            let separate = S.text(try await client.execute(uri: "/?q=delegeringsreglement&group=false", method: .get))
            #expect(!separate.contains("Også delt av"))
            // delegeringsreglement-asker-2019 is dated 2019-03-12; ungrouped it has its own hit.
            #expect(separate.contains("12. mars 2019"))
            #expect(!separate.contains("2019-03-12"))
            // Paging and sort links keep group=false; the form carries it as a hidden field.
            #expect(separate.contains("<input type=\"hidden\" name=\"group\" value=\"false\">"))
        }
    }

    @Test func documentPageShowsNorwegianDate() async throws {
        try await withServer { client in
            let r = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=delegeringsreglement&group=false", method: .get))
            let asker = try #require(r.hits.first { $0.key == "delegeringsreglement-asker-2019" })
            let html = S.text(try await client.execute(uri: "/dokument/\(asker.id)", method: .get))
            #expect(html.contains("<dt>Dato</dt><dd>12. mars 2019</dd>"), "\(html)")
            #expect(html.contains(" kl. "))
        }
    }
}

/// The Norwegian date and number formats of the pages.
struct NorwegianFormatTests {
    @Test func formatsAreNamedAsUsersNameThem() {
        #expect(NorwegianFormat.formatName("text") == "tekst")
        #expect(NorwegianFormat.formatName("markdown") == "Markdown")
        #expect(NorwegianFormat.formatName("pdf") == "PDF")
        #expect(NorwegianFormat.formatName("odt") == "ODT")
        #expect(NorwegianFormat.formatName("ukjent") == "UKJENT")
    }

    @Test func dates() {
        #expect(NorwegianFormat.date("2017-03-12") == "12. mars 2017")
        #expect(NorwegianFormat.date("2019-12-01") == "1. desember 2019")
        #expect(NorwegianFormat.date("2018-05") == "mai 2018")
        #expect(NorwegianFormat.date("2016") == "2016")
        for odd in ["", "2017-13-01", "2017-00-10", "2017-03-32", "17-03-12", "i går", "2017-3-12", "2017-03-12-01"] {
            #expect(NorwegianFormat.date(odd) == odd, "\(odd)")
        }
        #expect(NorwegianFormat.timestamp("2026-11-23T18:21:15.123Z") == "23. november 2026 kl. 18.21 (UTC)")
        #expect(NorwegianFormat.timestamp("ukjent") == "ukjent")
    }

    @Test func numbers() {
        let nnbsp = "\u{202F}"
        #expect(NorwegianFormat.integer(0) == "0")
        #expect(NorwegianFormat.integer(999) == "999")
        #expect(NorwegianFormat.integer(1_000) == "1\(nnbsp)000")
        #expect(NorwegianFormat.integer(1_234_567) == "1\(nnbsp)234\(nnbsp)567")
        #expect(NorwegianFormat.decimal(1.84, fractionDigits: 1) == "1,8")
        #expect(NorwegianFormat.decimal(0.05, fractionDigits: 2) == "0,05")
        #expect(NorwegianFormat.decimal(1234.5, fractionDigits: 2) == "1\(nnbsp)234,50")
        #expect(NorwegianFormat.decimal(3, fractionDigits: 0) == "3")
        #expect(NorwegianFormat.megabytes(2_464_153) == "2,35\u{00A0}MB")
    }

    @Test func styleSheetKeepsNarrowScreensFromScrollingSideways() {
        // 360 px: controls shrink, grid children may shrink, long words break, lists wrap.
        let css = HTMLPage.style
        for rule in ["box-sizing:border-box", "max-width:100%", ".oppsett>*{min-width:0}", "overflow-wrap:break-word", "nav.sider{display:flex;flex-wrap:wrap", "header nav{display:flex;flex-wrap:wrap"] {
            #expect(css.contains(rule), "\(rule)")
        }
        #expect(HTMLPage.render(title: "x", current: nil, body: "").contains("width=device-width, initial-scale=1"))
    }
}
