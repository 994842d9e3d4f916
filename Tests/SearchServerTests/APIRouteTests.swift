import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import DocumentStore
import SearchCore
import SearchEngine
import Testing
@testable import SearchServer

/// Every read route: status, JSON shape and error bodies.
struct APIRouteTests {
    typealias S = ServerTestSupport

    @Test func healthz() async throws {
        try await S.withServer { client, _ in
            let r = try await client.execute(uri: "/healthz", method: .get)
            #expect(r.status == .ok)
            let body = try S.decode(HealthResponse.self, r)
            #expect(body.status == "ok")
            #expect(body.documents == S.corpusFiles.count)
            #expect(r.headers[.xContentTypeOptions] == "nosniff")
        }
    }

    @Test func searchReturnsHitsFacetsAndPaging() async throws {
        try await S.withServer { client, _ in
            let r = try await client.execute(uri: "/api/search?q=fellesnemnda", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
            let body = try S.decode(SearchResponse.self, r)
            #expect(body.total > 0 && body.total <= S.corpusFiles.count)
            #expect(body.totalIsExact)
            #expect(body.page == 1 && body.pageSize == 10)
            #expect(body.hits.count == min(body.total, 10))
            #expect(body.hits.allSatisfy { $0.snippet.contains("<mark>") || $0.title.lowercased().contains("fellesnemnd") })
            #expect(body.facetsExact)
            // Facet counts add up to the hits that have the key; kommune facets name Asker.
            #expect(body.facets.type.reduce(0) { $0 + $1.count } <= body.total)
            #expect(body.facets.format.reduce(0) { $0 + $1.count } == body.total)
            #expect(!body.facets.kommune.isEmpty)
            // Raw JSON uses the Norwegian facet key.
            let json = try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as? [String: Any]
            let facets = json?["facets"] as? [String: Any]
            #expect(facets?["år"] != nil)
        }
    }

    @Test func filtersRestrictHits() async throws {
        try await S.withServer { client, _ in
            let all = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=kommune", method: .get))
            let asker = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=kommune&kommune=Asker", method: .get))
            #expect(asker.total > 0 && asker.total < all.total)
            #expect(asker.hits.allSatisfy { $0.municipalities.contains { $0.lowercased() == "asker" } })
            #expect(asker.filters.kommune == ["Asker"])

            // Browse by filter alone, newest first.
            let byType = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?type=sak&sorter=dato", method: .get))
            #expect(byType.total > 0)
            #expect(byType.hits.allSatisfy { $0.type == "sak" })
            let dates = byType.hits.compactMap(\.date)
            #expect(dates == dates.sorted(by: >))

            // Date range: everything inside it.
            let ranged = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=kommune&fra=2017&til=2018-06", method: .get))
            #expect(ranged.hits.allSatisfy { ($0.date ?? "") >= "2017" && ($0.date ?? "") <= "2018-06-30" })
        }
    }

    @Test func emptySearchIsEmpty() async throws {
        try await S.withServer(documents: false) { client, _ in
            let r = try await client.execute(uri: "/api/search", method: .get)
            #expect(r.status == .ok)
            let body = try S.decode(SearchResponse.self, r)
            #expect(body.total == 0 && body.hits.isEmpty)
        }
    }

    @Test(arguments: [
        ("/api/search?q=OG%20plan", "query", true),
        ("/api/search?q=x&side=0", "bad_request", false),
        ("/api/search?q=x&side=abc", "bad_request", false),
        ("/api/search?q=x&sorter=tilfeldig", "bad_request", false),
        ("/api/search?q=x&fra=i%20fjor", "bad_request", false),
        ("/api/search?q=x&fra=2019&til=2017", "bad_request", false),
    ])
    func badSearchesAre400(_ uri: String, _ code: String, _ hasPosition: Bool) async throws {
        try await S.withServer(documents: false) { client, _ in
            let r = try await client.execute(uri: uri, method: .get)
            #expect(r.status == .badRequest)
            let e = try S.decode(S.ErrorBody.self, r)
            #expect(e.error.code == code)
            #expect(!e.error.message.isEmpty)
            #expect((e.error.position != nil) == hasPosition)
        }
    }

    @Test func documentAndSimilar() async throws {
        try await S.withServer { client, index in
            let id = try #require(try index.snapshot().document(externalKey: "sak-godtgjoring-fellesnemnda-larvik-2016")).id.rawValue
            let r = try await client.execute(uri: "/api/documents/\(id)", method: .get)
            #expect(r.status == .ok)
            let doc = try S.decode(DocumentResponse.self, r)
            #expect(doc.id == id && doc.key == "sak-godtgjoring-fellesnemnda-larvik-2016")
            #expect(!doc.text.isEmpty && !doc.hasOriginalFile)

            let s = try await client.execute(uri: "/api/documents/\(id)/similar", method: .get)
            #expect(s.status == .ok)
            let similar = try S.decode(SimilarResponse.self, s)
            #expect(!similar.terms.isEmpty && similar.terms.count <= 25)
            #expect(!similar.hits.isEmpty)
            #expect(!similar.hits.contains { $0.id == id })

            // Not kept (indexed from disk, not uploaded): 404 with a Norwegian message.
            let f = try await client.execute(uri: "/api/documents/\(id)/file", method: .get)
            #expect(f.status == .notFound)
            #expect(try S.decode(S.ErrorBody.self, f).error.message.contains("ikke lagret"))
        }
    }

    @Test(arguments: ["/api/documents/999999", "/api/documents/abc", "/api/documents/-1", "/api/documents/999999/similar", "/api/documents/999999/file"])
    func unknownDocumentsAre404(_ uri: String) async throws {
        try await S.withServer(documents: false) { client, _ in
            let r = try await client.execute(uri: uri, method: .get)
            #expect(r.status == .notFound)
            #expect(try S.decode(S.ErrorBody.self, r).error.code == "not_found")
        }
    }

    @Test func unknownRouteIsJSON404() async throws {
        try await S.withServer(documents: false) { client, _ in
            let r = try await client.execute(uri: "/api/finnes-ikke", method: .get)
            #expect(r.status == .notFound)
            #expect(try S.decode(S.ErrorBody.self, r).error.message.contains("Finner ingen"))
        }
    }

    @Test func statsAndMetrics() async throws {
        try await S.withServer { client, _ in
            let r = try await client.execute(uri: "/api/stats", method: .get)
            #expect(r.status == .ok)
            let stats = try S.decode(StatsResponse.self, r)
            #expect(stats.documents == S.corpusFiles.count)
            #expect(!stats.segments.isEmpty && stats.indexBytes > 0)

            _ = try await client.execute(uri: "/api/search?q=ikt", method: .get)
            let m = try await client.execute(uri: "/metrics", method: .get)
            #expect(m.status == .ok)
            let text = S.text(m)
            #expect(text.contains("kommunesok_documents \(S.corpusFiles.count)"))
            #expect(text.contains("kommunesok_segments"))
            #expect(text.contains("kommunesok_index_bytes"))
            #expect(text.contains(#"kommunesok_http_requests_total{method="GET",route="/api/search",status="200"} 1"#))
            #expect(text.contains("kommunesok_http_request_duration_seconds_bucket"))
        }
    }

    @Test func openAPIDocumentParsesAndNamesEveryRoute() async throws {
        try await S.withServer(documents: false) { client, _ in
            let r = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(r.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as? [String: Any])
            #expect(json["openapi"] as? String == "3.1.0")
            let paths = try #require(json["paths"] as? [String: Any])
            for p in ["/healthz", "/api/search", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/file", "/api/documents/{id}/similar", "/api/backup", "/api/stats", "/metrics", "/openapi.json"] {
                #expect(paths[p] != nil, "missing \(p)")
            }
        }
    }
}

/// One request over a real socket (the `.live` framework binds an ephemeral port).
struct LiveSmokeTests {
    @Test func liveServerAnswers() async throws {
        let index = try ServerTestSupport.makeIndex(documents: false)
        defer { try? FileManager.default.removeItem(atPath: index.path) }
        var configuration = ServerConfiguration(token: ServerTestSupport.token)
        configuration.port = 0
        let app = buildApplication(index: index, configuration: configuration)
        try await app.test(.live) { client in
            let r = try await client.execute(uri: "/healthz", method: .get)
            #expect(r.status == .ok)
        }
    }
}
