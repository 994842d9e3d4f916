import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SearchEngine
import Synchronization
import Testing
@testable import SearchServer

/// An upload is refused as early as its bytes allow: 401 before the body (header token) or
/// after its leading fields (web form), 413 and 400 while it streams. The bodies here are
/// generated lazily and count what the server pulls; several are far larger than the limits, so
/// a server that buffered them first would read gigabytes.
struct UploadStreamingTests {
    typealias S = ServerTestSupport

    /// Bytes pulled from a body so far.
    final class Counter: Sendable {
        private let bytes = Mutex(0)
        var value: Int { bytes.withLock { $0 } }
        func add(_ n: Int) { bytes.withLock { $0 += n } }
    }

    /// `head`, then `chunkCount` chunks of `chunk`, then `tail`, counting every byte pulled.
    struct CountingBody: AsyncSequence, Sendable {
        typealias Element = ByteBuffer
        let head: ByteBuffer
        let chunk: ByteBuffer
        let chunkCount: Int
        let tail: ByteBuffer
        let counter: Counter

        struct AsyncIterator: AsyncIteratorProtocol {
            let body: CountingBody
            var position = -1
            mutating func next() async -> ByteBuffer? {
                defer { position += 1 }
                let buffer: ByteBuffer
                switch position {
                case -1: buffer = body.head
                case body.chunkCount: buffer = body.tail
                case let p where p > body.chunkCount: return nil
                default: buffer = body.chunk
                }
                body.counter.add(buffer.readableBytes)
                return buffer
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(body: self) }
    }

    static let boundary = "----kommunesokStroem41"
    static let mebibyte = ByteBuffer(repeating: UInt8(ascii: "a"), count: 1 << 20)

    static func part(_ name: String, fileName: String? = nil, _ value: String = "") -> String {
        let file = fileName.map { "; filename=\"\($0)\"" } ?? ""
        return "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\(file)\r\n\r\n\(value)"
    }

    static func request(_ path: String, authorization: String?, body: CountingBody) -> Request {
        var head = HTTPRequest(method: .post, scheme: "http", authority: "localhost", path: path)
        head.headerFields[.contentType] = "multipart/form-data; boundary=\(boundary)"
        head.headerFields[.authorization] = authorization
        return Request(head: head, body: RequestBody(asyncSequence: body))
    }

    /// A body of `mebibytes` MiB of file content after `leading` form text.
    static func hugeBody(leading: String, mebibytes: Int, counter: Counter) -> CountingBody {
        CountingBody(
            head: ByteBuffer(string: leading), chunk: mebibyte, chunkCount: mebibytes,
            tail: ByteBuffer(string: "\r\n--\(boundary)--\r\n"), counter: counter)
    }

    static func withState<T>(_ name: String = #function, _ body: (ServerState) async throws -> T) async throws -> T {
        let index = try S.makeIndex(name, documents: false)
        defer { try? FileManager.default.removeItem(atPath: index.path) }
        return try await body(ServerState(index: index, configuration: ServerConfiguration(token: S.token), metrics: ServerMetrics()))
    }

    /// The JSON API checks the header before touching a 4 GiB body.
    @Test func apiWithoutTokenReadsNoBody() async throws {
        try await Self.withState { state in
            let counter = Counter()
            let body = Self.hugeBody(leading: Self.part("filer", fileName: "stor.txt") + "\r\n", mebibytes: 4096, counter: counter)
            do {
                _ = try await APIController(state: state).upload(Self.request("/api/documents", authorization: "Bearer feil", body: body))
                Issue.record("expected 401")
            } catch let error as APIError {
                #expect(error.status == .unauthorized)
            }
            #expect(counter.value == 0)
        }
    }

    /// The web form: a wrong token in the first field, a file before the token, or no token in
    /// the first 64 KiB — each is 401 after the leading bytes of a 4 GiB body.
    @Test(arguments: [
        ("wrong token", Self.part("token", "feil-nokkel") + "\r\n" + Self.part("filer", fileName: "stor.txt")),
        ("file first", Self.part("filer", fileName: "stor.txt")),
        ("no token field", Self.part("tittel", "Plan") + "\r\n" + Self.part("filer", fileName: "stor.txt")),
    ])
    func webFormIsRefusedAfterItsLeadingFields(_ label: String, _ leading: String) async throws {
        try await Self.withState { state in
            let counter = Counter()
            let body = Self.hugeBody(leading: leading + "\r\n", mebibytes: 4096, counter: counter)
            let response = await UploadPage(state: state).submit(Self.request("/last-opp", authorization: nil, body: body))
            #expect(response.status == .unauthorized, "\(label)")
            #expect(counter.value <= UploadBodyReader.maxBytesBeforeToken + (2 << 20), "\(label): read \(counter.value) bytes")
            let count = try state.index.snapshot().documentCount
            #expect(count == 0)
        }
    }

    /// With the right token first, the same form is read and indexed.
    @Test func webFormWithTokenFirstIsIndexed() async throws {
        try await Self.withState { state in
            let counter = Counter()
            let leading = Self.part("token", S.token) + "\r\n" + Self.part("filer", fileName: "notat.txt", "Badstue i Sandvika.")
            let body = CountingBody(
                head: ByteBuffer(string: leading), chunk: ByteBuffer(), chunkCount: 0,
                tail: ByteBuffer(string: "\r\n--\(Self.boundary)--\r\n"), counter: counter)
            let response = await UploadPage(state: state).submit(Self.request("/last-opp", authorization: nil, body: body))
            #expect(response.status == .created)
            let count = try state.index.snapshot().documentCount
            #expect(count == 1)
        }
    }

    /// Authorised, but over the size limit without declaring it: 413 within one chunk of the
    /// limit, not after the whole body.
    @Test func oversizedBodyStopsAtTheLimit() async throws {
        try await Self.withState { state in
            let counter = Counter()
            let body = Self.hugeBody(leading: Self.part("filer", fileName: "stor.txt") + "\r\n", mebibytes: 4096, counter: counter)
            do {
                _ = try await APIController(state: state).upload(Self.request("/api/documents", authorization: "Bearer \(S.token)", body: body))
                Issue.record("expected 413")
            } catch let error as APIError {
                #expect(error.status == .contentTooLarge)
            }
            #expect(counter.value <= state.configuration.maxRequestBytes + (1 << 20))
        }
    }

    /// Authorised, but with more parts than allowed: 400 as soon as they are counted.
    @Test func tooManyPartsStopWhileStreaming() async throws {
        try await Self.withState { state in
            let counter = Counter()
            let parts = String(repeating: Self.part("kommune", "Asker") + "\r\n", count: 1_000)
            let body = CountingBody(
                head: ByteBuffer(string: parts), chunk: ByteBuffer(string: parts), chunkCount: 1_000_000,
                tail: ByteBuffer(string: "--\(Self.boundary)--\r\n"), counter: counter)
            do {
                _ = try await APIController(state: state).upload(Self.request("/api/documents", authorization: "Bearer \(S.token)", body: body))
                Issue.record("expected 400")
            } catch let error as APIError {
                #expect(error.status == .badRequest)
                #expect(error.message.contains("For mange deler"))
            }
            #expect(counter.value == parts.utf8.count, "stopped after the first chunk")
        }
    }
}
