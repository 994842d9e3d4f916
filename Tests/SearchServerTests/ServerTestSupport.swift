import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SearchEngine
@testable import SearchServer

/// Small temporary indexes and request helpers for the server tests.
enum ServerTestSupport {
    /// The package root (this file is Tests/SearchServerTests/ServerTestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A handful of corpus files in text formats (fast to extract): two municipalities, several
    /// types, so facets and filters have something to count.
    static let corpusFiles = [
        "asker/sak-reglement-fellesnemnda-asker-2017.txt",
        "asker/godtgjoringsreglement-asker-2019.html",
        "asker/sak-felles-ikt-plattform-asker-2018.md",
        "holmestrand/protokoll-fellesnemnda-holmestrand-2016-10-04.txt",
        "holmestrand/sak-fagsystemer-ikt-holmestrand-2017.txt",
        "holmestrand/faq-sammenslaing-holmestrand-2017.md",
        "larvik/sak-godtgjoring-fellesnemnda-larvik-2016.txt",
    ]

    static let token = "test-token-0123456789"

    /// A fresh temporary folder.
    static func temporaryDirectory(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "kommunesok-server-\(safe)-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A temporary index holding `corpusFiles` (or nothing), removed by the caller.
    static func makeIndex(_ name: String = #function, documents: Bool = true) throws -> SearchIndex {
        let dir = temporaryDirectory(name)
        var configuration = SearchEngineConfiguration()
        configuration.indexingWorkers = 2
        let index = try SearchIndex(path: dir, configuration: configuration)
        if documents {
            let writer = try index.openWriter()
            // Keyed as uploads are (file name without extension), which the route tests name.
            let report = try writer.ingest(corpusFiles.map { IngestItem.file(packageRoot + "/Corpus/documents/" + $0, key: DocumentKey.docid($0)) })
            precondition(report.failures.isEmpty, "\(report.failures.map(\.status))")
        }
        return index
    }

    /// Runs `body` against a router-level test client of a server over a fresh index.
    static func withServer<T>(
        _ name: String = #function, documents: Bool = true, configure: (inout ServerConfiguration) -> Void = { _ in },
        _ body: @escaping @Sendable (any TestClientProtocol, SearchIndex) async throws -> T
    ) async throws -> T {
        let index = try makeIndex(name, documents: documents)
        defer { try? FileManager.default.removeItem(atPath: index.path) }
        var configuration = ServerConfiguration(token: token)
        configure(&configuration)
        let app = buildApplication(index: index, configuration: configuration)
        return try await app.test(.router) { client in try await body(client, index) }
    }

    static var authorized: HTTPFields { [.authorization: "Bearer \(token)"] }

    /// A multipart/form-data body with `files` (name, bytes) and text `fields`.
    static func multipart(files: [(String, Data)], fields: [(String, String)] = [], boundary: String = "----kommunesokTestGrense7MA4YWxk") -> (HTTPFields, ByteBuffer) {
        var body = Data()
        func line(_ s: String) { body.append(Data((s + "\r\n").utf8)) }
        for (name, value) in fields {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(name)\"")
            line("")
            line(value)
        }
        for (name, data) in files {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"filer\"; filename=\"\(name)\"")
            line("Content-Type: application/octet-stream")
            line("")
            body.append(data)
            line("")
        }
        line("--\(boundary)--")
        var headers = authorized
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return (headers, ByteBuffer(bytes: body))
    }

    /// Decodes a JSON response body.
    static func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(response.body.readableBytesView))
    }

    /// The body as text.
    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    /// The error body of a failed request.
    struct ErrorBody: Decodable {
        struct Detail: Decodable {
            var code: String
            var message: String
            var position: Int?
        }
        var error: Detail
    }
}
