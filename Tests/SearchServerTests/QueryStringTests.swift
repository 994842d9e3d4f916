import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SearchEngine
import Testing
@testable import SearchServer

/// What standard clients send: `application/x-www-form-urlencoded` query strings (`+` is a
/// space), as browsers submit the search form and as Python's `urlencode` writes them.
struct QueryStringTests {
    typealias S = ServerTestSupport

    static let decodings: [(String, [String])] = [
        ("q=godtgj%C3%B8ring+fellesnemnd", ["q", "godtgjøring fellesnemnd"]),
        ("q=larvik+asker&side=2", ["q", "larvik asker", "side", "2"]),
        ("q=a%2Bb", ["q", "a+b"]),
        ("q=%22plan+for+skole%22", ["q", "\"plan for skole\""]),
        ("q=100%25+sikkert", ["q", "100% sikkert"]),
        ("q=100%+sikkert", ["q", "100% sikkert"]),
        ("q=%zz%4", ["q", "%zz%4"]),
        ("q=%FF", ["q", "\u{FFFD}"]),
        ("kommune=Indre+%C3%98stfold&kommune=Asker", ["kommune", "Indre Østfold", "kommune", "Asker"]),
        ("q&&type=", ["q", "", "type", ""]),
        ("q=a=b", ["q", "a=b"]),
        ("%71=x", ["q", "x"]),
        ("", []),
    ]

    @Test(arguments: decodings)
    func decodesLikeABrowser(_ query: String, _ expected: [String]) {
        let pairs = FormURLEncoded.parse(query)
        #expect(pairs.flatMap { [$0.key, $0.value] } == expected, "\(query)")
    }

    /// The search page's form (GET, `q`): a multi-word query with æøå as the browser sends it
    /// finds the same as the words encoded with %20.
    @Test func plusIsASpaceOnEveryRoute() async throws {
        try await S.withServer { client, _ in
            let plus = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=godtgj%C3%B8ring+fellesnemnda", method: .get))
            let space = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=godtgj%C3%B8ring%20fellesnemnda", method: .get))
            #expect(plus.query == "godtgjøring fellesnemnda")
            #expect(plus.total > 0 && plus.total == space.total)
            #expect(plus.hits.map(\.id) == space.hits.map(\.id))

            let filtered = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=godtgj%C3%B8ring+type%3Areglement", method: .get))
            #expect(filtered.query == "godtgjøring type:reglement")
            #expect(filtered.total > 0)

            let page = try await client.execute(uri: "/?q=godtgj%C3%B8ring+fellesnemnda", method: .get)
            let html = String(buffer: page.body)
            #expect(page.status == .ok)
            #expect(!html.contains("Ingen treff"), "\(html.prefix(400))")
            #expect(html.contains("value=\"godtgjøring fellesnemnda\""), "the search box shows what was typed")
        }
    }

    /// The `tema` parameter filters, narrows the other filters, and the facet is in the JSON.
    @Test func themeParameterAndFacet() async throws {
        try await S.withServer { client, _ in
            let all = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=fellesnemnda", method: .get))
            let theme = try #require(all.facets.theme.first, "no theme facet: \(all.facets)")
            let uri = "/api/search?q=fellesnemnda&tema=" + SearchRequest.encode(theme.label).replacingOccurrences(of: "%20", with: "+")
            let r = try await client.execute(uri: uri, method: .get)
            let filtered = try S.decode(SearchResponse.self, r)
            #expect(filtered.total == theme.count && filtered.total <= all.total)
            #expect(filtered.filters.tema == [theme.label])
            let json = try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as? [String: Any]
            #expect((json?["facets"] as? [String: Any])?["tema"] != nil)
            let page = String(buffer: try await client.execute(uri: "/?q=fellesnemnda", method: .get).body)
            #expect(page.contains("<h3>Tema</h3>"))
        }
    }

    /// A mistyped page address gets a Norwegian HTML page; API routes keep JSON errors.
    @Test func unknownPageIsAnHTMLPage() async throws {
        try await S.withServer(documents: false) { client, _ in
            let r = try await client.execute(uri: "/sok/finnes-ikke", method: .get)
            #expect(r.status == .notFound)
            #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
            let html = String(buffer: r.body)
            #expect(html.contains("lang=\"nb\"") && html.contains("Fant ikke det du lette etter"), "\(html.prefix(300))")
            #expect(html.contains("/sok/finnes-ikke"))

            let api = try await client.execute(uri: "/api/finnes-ikke", method: .get)
            #expect(api.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    /// Anonymous readers never learn where the index lives on the server's disk.
    @Test func statusPageHidesTheIndexPath() async throws {
        try await S.withServer { client, index in
            for uri in ["/status", "/api/stats", "/healthz", "/metrics"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .ok, "\(uri)")
                #expect(!String(buffer: r.body).contains(index.path), "\(uri) shows the index path")
                #expect(!String(buffer: r.body).contains(NSTemporaryDirectory()), "\(uri) shows a server path")
            }
        }
    }
}
