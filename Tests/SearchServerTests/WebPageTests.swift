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

/// The Norwegian pages: they render, they are accessible in the basics, and hostile text is escaped.
struct WebPageTests {
    typealias S = ServerTestSupport

    static func checkFrame(_ html: String) {
        #expect(html.contains("<html lang=\"nb\">"))
        #expect(html.contains("href=\"#innhold\""))
        #expect(html.contains("<main id=\"innhold\""))
    }

    @Test func pagesRender() async throws {
        try await S.withServer { client, index in
            for uri in ["/", "/?q=fellesnemnda", "/?q=ikt&kommune=asker&sorter=dato", "/last-opp", "/status"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .ok, "\(uri)")
                #expect(r.headers[.contentType] == "text/html; charset=utf-8")
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                Self.checkFrame(S.text(r))
            }
            let search = S.text(try await client.execute(uri: "/?q=fellesnemnda", method: .get))
            #expect(search.contains("<mark>"))
            #expect(search.contains("<label for=\"q\">Søkeord</label>"))
            #expect(search.contains("Avgrens"))

            let id = try #require(try index.snapshot().document(externalKey: "sak-godtgjoring-fellesnemnda-larvik-2016")).id
            let doc = try await client.execute(uri: "/dokument/\(id)", method: .get)
            #expect(doc.status == .ok)
            #expect(S.text(doc).contains("Lignende saker"))

            let missing = try await client.execute(uri: "/dokument/424242", method: .get)
            #expect(missing.status == .notFound)
            #expect(S.text(missing).contains("role=\"alert\""))

            let bad = try await client.execute(uri: "/?q=OG%20plan", method: .get)
            #expect(bad.status == .badRequest)
            #expect(S.text(bad).contains("class=\"feil\""))
            // An unpaired quote is left out: the page searches and says so.
            let unpaired = try await client.execute(uri: "/?q=%22fellesnemnda", method: .get)
            #expect(unpaired.status == .ok)
            #expect(S.text(unpaired).contains("har ingen partner"))
        }
    }

    @Test func hostileTextIsEscapedEverywhere() async throws {
        try await S.withServer(documents: false) { client, _ in
            let hostile = "<script>alert(1)</script> \"'& badstue"
            let (headers, body) = S.multipart(
                files: [("<img src=x onerror=alert(1)>.txt", Data("Badstue <b>fet</b> og <script>alert(2)</script> i teksten.\n".utf8))],
                fields: [("tittel", hostile), ("kommune", "<i>Asker</i>")])
            let up = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(up.status == .created)
            let id = try #require(try S.decode(UploadResponse.self, up).results[0].id)

            let pages = [
                S.text(try await client.execute(uri: "/?q=badstue", method: .get)),
                S.text(try await client.execute(uri: "/?q=%3Cscript%3E%22%27%26", method: .get)),
                S.text(try await client.execute(uri: "/dokument/\(id)", method: .get)),
            ]
            for html in pages {
                #expect(!html.contains("<script>alert"))
                #expect(!html.contains("<img"))
                #expect(!html.contains("<i>Asker"))
                #expect(!html.contains("<b>fet"))
            }
            #expect(pages[0].contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&#39;&amp; badstue"))
            #expect(pages[1].contains("value=\"&lt;script&gt;&quot;&#39;&amp;\""))
            // The JSON snippet is HTML-escaped too, with only <mark> as markup.
            let json = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=badstue", method: .get))
            let snippet = json.hits[0].snippet.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "")
            #expect(!snippet.contains("<") && snippet.contains("&lt;b&gt;"))
        }
    }

    @Test func webUploadNeedsTokenField() async throws {
        try await S.withServer(documents: false) { client, index in
            var (headers, body) = S.multipart(files: [("notat.txt", Data("Badstue i Sandvika.\n".utf8))])
            headers[.authorization] = nil
            let denied = try await client.execute(uri: "/last-opp", method: .post, headers: headers, body: body)
            #expect(denied.status == .unauthorized)
            #expect(S.text(denied).contains("API-nøkkel"))
            #expect(try index.snapshot().documentCount == 0)

            (headers, body) = S.multipart(files: [("notat.txt", Data("Badstue i Sandvika.\n".utf8))], fields: [("token", S.token)])
            headers[.authorization] = nil
            let ok = try await client.execute(uri: "/last-opp", method: .post, headers: headers, body: body)
            #expect(ok.status == .created)
            #expect(S.text(ok).contains("Indeksert"))
            #expect(try index.snapshot().documentCount == 1)
        }
    }
}
