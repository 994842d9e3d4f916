import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SearchEngine
@testable import SearchServer
import Testing

private typealias S = ServerTestSupport

/// `POST /api/backup`: needs the token, refuses bad targets, and copies a committed state
/// while uploads go on.
struct BackupRouteTests {
    static func body(_ folder: String) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONEncoder().encode(["mappe": folder]))
    }

    static var jsonAuthorized: HTTPFields {
        var headers = S.authorized
        headers[.contentType] = "application/json"
        return headers
    }

    @Test func backupNeedsTheToken() async throws {
        let target = S.temporaryDirectory() + "/kopi"
        defer { try? FileManager.default.removeItem(atPath: target) }
        try await S.withServer(documents: false) { client, _ in
            let r = try await client.execute(uri: "/api/backup", method: .post, headers: [.authorization: "Bearer feil"], body: Self.body(target))
            #expect(r.status == .unauthorized)
        }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func badTargetsAre400() async throws {
        let parent = S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: parent + "/fil.txt"))
        try await S.withServer(documents: false) { client, _ in
            for (body, expected) in [(Self.body(parent), "ikke tom"), (Self.body("relativ/mappe"), "absolutt"), (ByteBuffer(string: "{"), "mappe")] {
                let r = try await client.execute(uri: "/api/backup", method: .post, headers: Self.jsonAuthorized, body: body)
                #expect(r.status == .badRequest)
                let error = try S.decode(S.ErrorBody.self, r).error
                #expect(error.message.contains(expected), "\(error.message)")
            }
        }
    }

    @Test func backupDuringUploadsIsACommittedStateThatPassesCheck() async throws {
        let parent = S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let response: BackupResponse = try await S.withServer { client, _ in
            async let uploads: Void = {
                for n in 0..<4 {
                    let note = Data("Referat nummer \(n) fra fellesnemnda om badstue og sjøbad.".utf8)
                    let (headers, body) = S.multipart(files: [("referat-\(n).txt", note)])
                    let r = try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: body)
                    #expect(r.status == .created)
                }
            }()
            let r = try await client.execute(uri: "/api/backup", method: .post, headers: Self.jsonAuthorized, body: Self.body(parent + "/kopi"))
            try await uploads
            #expect(r.status == .created)
            return try S.decode(BackupResponse.self, r)
        }
        #expect(response.documents >= S.corpusFiles.count && response.documents <= S.corpusFiles.count + 4)
        let copy = try SearchIndex(path: response.mappe)
        let check = copy.check()
        #expect(check.isHealthy, "\(check.problems)")
        #expect(check.storedDocuments == response.documents)
        #expect(try copy.snapshot().generation == response.generation)
    }
}
