import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SearchEngine
import Testing
@testable import SearchServer

/// Every response — pages, JSON, errors thrown by routes, unknown routes, refused writes —
/// carries `nosniff`, frame protection and a Content-Security-Policy; no page runs inline script.
struct SecurityHeadersTests {
    typealias S = ServerTestSupport

    static func checkHeaders(_ r: TestResponse, _ label: String) {
        #expect(r.headers[.xContentTypeOptions] == "nosniff", "\(label)")
        #expect(r.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(label)")
        let csp = r.headers[.contentSecurityPolicy] ?? ""
        #expect(csp.contains("frame-ancestors 'none'"), "\(label): \(csp)")
        #expect(!csp.contains("script-src 'unsafe-inline'"), "\(label): \(csp)")
    }

    @Test func everyKindOfResponseHasTheHeaders() async throws {
        try await S.withServer { client, _ in
            let cases: [(String, HTTPRequest.Method, HTTPResponse.Status)] = [
                ("/", .get, .ok),
                ("/last-opp", .get, .ok),
                ("/opplasting.js", .get, .ok),
                ("/api/search?q=fellesnemnda", .get, .ok),
                ("/api/search?q=OG%20plan", .get, .badRequest),
                ("/api/documents/424242", .get, .notFound),
                ("/finnes/ikke", .get, .notFound),
                ("/api/documents", .post, .unauthorized),
                ("/api/documents/1", .delete, .unauthorized),
            ]
            for (uri, method, status) in cases {
                let r = try await client.execute(uri: uri, method: method)
                #expect(r.status == status, "\(method) \(uri)")
                Self.checkHeaders(r, "\(method) \(uri)")
            }
        }
    }

    /// The pages' only script is the served file; the page itself holds no inline script.
    @Test func pagesHaveNoInlineScript() async throws {
        try await S.withServer { client, _ in
            for uri in ["/", "/last-opp", "/status", "/?q=fellesnemnda"] {
                let html = S.text(try await client.execute(uri: uri, method: .get))
                var rest = html[...]
                while let open = rest.range(of: "<script") {
                    let tagEnd = rest[open.upperBound...].firstIndex(of: ">") ?? rest.endIndex
                    #expect(rest[open.upperBound..<tagEnd].contains("src=\"/"), "\(uri): inline script")
                    rest = rest[tagEnd...]
                }
            }
            let upload = S.text(try await client.execute(uri: "/last-opp", method: .get))
            #expect(upload.contains("<script src=\"/opplasting.js\" defer></script>"))
            // The token field comes before the file field, so browsers send it first.
            let token = try #require(upload.range(of: "name=\"token\""))
            let files = try #require(upload.range(of: "name=\"filer\""))
            #expect(token.lowerBound < files.lowerBound)
            let script = try await client.execute(uri: "/opplasting.js", method: .get)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(S.text(script).contains("XMLHttpRequest"))
        }
    }

    /// The token's value is announced only when just generated and printed to a terminal.
    @Test func tokenIsAnnouncedOnceAndNeverToALog() {
        let generated = APIToken(value: "hemmelig-verdi", origin: .generated)
        #expect(generated.announcement(indexPath: "/x", toTerminal: true).contains("hemmelig-verdi"))
        #expect(!generated.announcement(indexPath: "/x", toTerminal: false).contains("hemmelig-verdi"))
        for origin in [APIToken.Origin.option, .environment, .file] {
            let line = APIToken(value: "hemmelig-verdi", origin: origin).announcement(indexPath: "/x", toTerminal: true)
            #expect(!line.contains("hemmelig-verdi"), "\(origin)")
        }
        #expect(APIToken(value: "v", origin: .file).announcement(indexPath: "/x", toTerminal: true).contains("/x/api-token"))
    }

    /// Query budgets map to their statuses: too expensive is the query's fault (400), a time
    /// out may pass later (503 with Retry-After).
    @Test func queryBudgetErrorsMapToStatuses() {
        let expensive = APIError(SearchEngineError(.tooExpensive, "for omfattende"))
        #expect(expensive.status == .badRequest && expensive.code == "query_too_expensive")
        let timedOut = APIError(SearchEngineError(.timedOut, "for lang tid"))
        #expect(timedOut.status == .serviceUnavailable && timedOut.code == "timeout")
        #expect(timedOut.headers[.retryAfter] == "5")
    }

    /// After a generated token and an upload through the server, the index folder is 0700 and
    /// every file in it 0600 (the uploaded original lives in the SQLite store).
    @Test func filesOfAServedIndexAreOwnerOnly() async throws {
        let root = S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/indeks"
        let index = try SearchIndex(path: path)
        let token = try APIToken.resolve(option: nil, environment: [:], indexPath: path)
        #expect(token.origin == .generated)
        let app = buildApplication(index: index, configuration: ServerConfiguration(token: token.value))
        try await app.test(.router) { client in
            var (headers, body) = S.multipart(files: [("notat.txt", Data("Badstue i Sandvika.\n".utf8))])
            headers[.authorization] = "Bearer \(token.value)"
            let response = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(response.status == .created)
        }
        let fm = FileManager.default
        var entries = [""]
        entries += (fm.enumerator(atPath: path)?.allObjects as? [String]) ?? []
        #expect(entries.contains("documents.sqlite-wal") && entries.contains("api-token"), "\(entries.sorted())")
        for entry in entries {
            let full = entry.isEmpty ? path : path + "/" + entry
            let attributes = try fm.attributesOfItem(atPath: full)
            let isDirectory = attributes[.type] as? FileAttributeType == .typeDirectory
            #expect(attributes[.posixPermissions] as? Int == (isDirectory ? 0o700 : 0o600), "\(entry.isEmpty ? "." : entry)")
        }
        withExtendedLifetime(index) {}
    }
}
