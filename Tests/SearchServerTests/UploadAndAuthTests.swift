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

/// Writes: the token, the limits, content sniffing, and that an acknowledged upload is searchable.
struct UploadAndAuthTests {
    typealias S = ServerTestSupport

    static let note = Data("Møtebok for fellesnemnda\n\nFellesnemnda vedtok en ny plan for sjøbad og badstue i Sandvika.\n".utf8)

    @Test func uploadThenSearchFindsIt() async throws {
        try await S.withServer(documents: false) { client, _ in
            let (headers, body) = S.multipart(files: [("../../badstue-plan.txt", Self.note)], fields: [("kommune", "Bærum, Asker"), ("type", "sak")])
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(r.status == .created)
            let upload = try S.decode(UploadResponse.self, r)
            #expect(upload.results.count == 1)
            let result = upload.results[0]
            #expect(result.status == "indexed")
            #expect(result.fileName == "badstue-plan.txt")
            #expect(result.key == "badstue-plan")
            let id = try #require(result.id)

            let s = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=badstue", method: .get))
            #expect(s.hits.map(\.id) == [id])
            #expect(s.hits[0].type == "sak")
            #expect(s.hits[0].municipalities.sorted() == ["Asker", "Bærum"])

            // The original is kept and served as a download.
            let f = try await client.execute(uri: "/api/documents/\(id)/file", method: .get)
            #expect(f.status == .ok)
            #expect(Data(f.body.readableBytesView) == Self.note)
            #expect(f.headers[.contentDisposition]?.hasPrefix("attachment") == true)

            // The same bytes again: unchanged, same id.
            let again = try S.decode(UploadResponse.self, try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body))
            #expect(again.results[0].status == "unchanged" && again.results[0].id == id)

            // Delete with the token, then it is gone.
            let d = try await client.execute(uri: "/api/documents/\(id)", method: .delete, headers: S.authorized)
            #expect(d.status == .ok)
            #expect(try S.decode(DeleteResponse.self, d).deleted)
            let gone = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=badstue", method: .get))
            #expect(gone.total == 0)
            #expect(try await client.execute(uri: "/api/documents/\(id)", method: .delete, headers: S.authorized).status == .notFound)
        }
    }

    @Test(arguments: [nil, "Bearer feil-nokkel", "Basic dGVzdDp0ZXN0", "Bearer"])
    func writesNeedTheToken(_ authorization: String?) async throws {
        try await S.withServer { client, index in
            var (headers, body) = S.multipart(files: [("a.txt", Self.note)])
            headers[.authorization] = authorization
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(r.status == .unauthorized)
            #expect(r.headers[.wwwAuthenticate] == "Bearer")
            #expect(try S.decode(S.ErrorBody.self, r).error.code == "unauthorized")

            let id = try #require(try index.snapshot().document(externalKey: "sak-godtgjoring-fellesnemnda-larvik-2016")).id.rawValue
            var deleteHeaders = HTTPFields()
            deleteHeaders[.authorization] = authorization
            let d = try await client.execute(uri: "/api/documents/\(id)", method: .delete, headers: deleteHeaders)
            #expect(d.status == .unauthorized)
            #expect(try index.snapshot().documentCount == S.corpusFiles.count)
        }
    }

    @Test func tooManyFilesIs413() async throws {
        try await S.withServer(documents: false, configure: { $0.maxFilesPerRequest = 2 }) { client, index in
            let (headers, body) = S.multipart(files: (0..<3).map { ("f\($0).txt", Data("tekst \($0)".utf8)) })
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(r.status == .contentTooLarge)
            #expect(try S.decode(S.ErrorBody.self, r).error.code == "too_large")
            #expect(try index.snapshot().documentCount == 0)
        }
    }

    @Test func tooLargeFileIs413() async throws {
        try await S.withServer(documents: false, configure: { $0.maxFileBytes = 1000 }) { client, _ in
            let (headers, body) = S.multipart(files: [("stor.txt", Data(repeating: UInt8(ascii: "a"), count: 1001))])
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(r.status == .contentTooLarge)
        }
    }

    @Test func tooLargeRequestIs413() async throws {
        try await S.withServer(documents: false, configure: { $0.maxRequestBytes = 4000 }) { client, _ in
            let (headers, body) = S.multipart(files: [("stor.txt", Data(repeating: UInt8(ascii: "a"), count: 5000))])
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(r.status == .contentTooLarge)
            #expect(try S.decode(S.ErrorBody.self, r).error.code == "too_large")
        }
    }

    @Test func unsupportedFormatIs415() async throws {
        try await S.withServer(documents: false) { client, index in
            // A PNG signature and a ZIP that is neither DOCX nor ODT: sniffed, not trusted by name.
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
            let (headers, body) = S.multipart(files: [("bilde.pdf", png)])
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(r.status == .unsupportedMediaType)
            #expect(try S.decode(S.ErrorBody.self, r).error.code == "unsupported_media_type")
            #expect(try index.snapshot().documentCount == 0)
        }
    }

    @Test func mixedUploadReportsPerFile() async throws {
        try await S.withServer(documents: false) { client, _ in
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
            let (headers, body) = S.multipart(files: [("bilde.png", png), ("notat.txt", Self.note)])
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
            #expect(r.status == .created)
            let upload = try S.decode(UploadResponse.self, r)
            #expect(upload.results.map(\.status) == ["unsupported", "indexed"])
            #expect(upload.results[0].message?.isEmpty == false)
        }
    }

    @Test func notMultipartIs415AndBadTypeIs400() async throws {
        try await S.withServer(documents: false) { client, _ in
            var headers = S.authorized
            headers[.contentType] = "application/json"
            let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: ByteBuffer(string: "{}"))
            #expect(r.status == .unsupportedMediaType)

            let (h2, b2) = S.multipart(files: [("a.txt", Self.note)], fields: [("type", "hemmelig")])
            let r2 = try await client.execute(uri: "/api/documents", method: .post, headers: h2, body: b2)
            #expect(r2.status == .badRequest)

            let (h3, b3) = S.multipart(files: [], fields: [("type", "sak")])
            #expect(try await client.execute(uri: "/api/documents", method: .post, headers: h3, body: b3).status == .badRequest)
        }
    }
}

/// The token: precedence, and a generated token stored for the owner only.
struct APITokenTests {
    @Test func precedenceAndGeneratedFile() throws {
        let dir = ServerTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = [APIToken.environmentVariable: "fra-miljø"]
        #expect(try APIToken.resolve(option: "fra-flagg", environment: env, indexPath: dir).origin == .option)
        #expect(try APIToken.resolve(option: nil, environment: env, indexPath: dir).value == "fra-miljø")

        let generated = try APIToken.resolve(option: nil, environment: [:], indexPath: dir)
        #expect(generated.origin == .generated)
        #expect(generated.value.count == 64)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/" + APIToken.fileName)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        let again = try APIToken.resolve(option: nil, environment: [:], indexPath: dir)
        #expect(again.origin == .file && again.value == generated.value)
    }

    @Test func comparison() {
        #expect(APIToken.matches("abc", "abc"))
        #expect(!APIToken.matches("abd", "abc"))
        #expect(!APIToken.matches("ab", "abc"))
        #expect(!APIToken.matches("abcd", "abc"))
        #expect(!APIToken.matches("", "abc"))
    }
}
