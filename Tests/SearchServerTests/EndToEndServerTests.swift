import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The real `kommunesok serve` executable over HTTP: start it on a free 127.0.0.1 port over an
/// empty index, upload three corpus files with the bearer token, and find each by search.
/// Skipped when the executable has not been built (`swift build --build-tests` builds it).
@Suite(.enabled(if: EndToEndServer.executable != nil, "kommunesok er ikke bygget; kjør swift build --build-tests"))
struct EndToEndServerTests {
    /// Files to upload and a word that finds each of them in an index holding only these three.
    static let uploads = [
        ("kinn/prosjektplan-kinn-2018.pdf", "kinn"),
        ("asker/godtgjoringsreglement-asker-2019.html", "asker"),
        ("larvik/sak-godtgjoring-fellesnemnda-larvik-2016.txt", "larvik"),
    ]

    @Test func uploadedFilesAreFoundOverHTTP() async throws {
        let server = try EndToEndServer.start()
        defer { server.stop() }

        var fields: [(name: String, fileName: String, data: Data)] = []
        for (path, _) in Self.uploads {
            let url = URL(fileURLWithPath: ServerTestSupport.packageRoot + "/Corpus/documents/" + path)
            fields.append(("filer", url.lastPathComponent, try Data(contentsOf: url)))
        }
        let (status, body) = try await server.upload(fields)
        #expect(status == 201, "opplastingen svarte \(status): \(String(decoding: body, as: UTF8.self))")
        let results = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])["results"] as? [[String: Any]]
        #expect(results?.count == 3)
        for result in results ?? [] {
            #expect(result["status"] as? String == "indexed", "\(result)")
        }

        for (path, word) in Self.uploads {
            let key = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let (searchStatus, searchBody) = try await server.get("/api/search?q=\(word)")
            #expect(searchStatus == 200)
            let hits = (try JSONSerialization.jsonObject(with: searchBody) as? [String: Any])?["hits"] as? [[String: Any]] ?? []
            #expect(hits.contains { $0["key"] as? String == key }, "«\(word)» fant ikke \(key); treff: \(hits.map { $0["key"] ?? "?" })")
        }
    }
}

/// A `kommunesok serve` child process on a free port over a temporary index.
final class EndToEndServer: @unchecked Sendable {
    let process: Process
    let indexPath: String
    let baseURL: String
    static let token = "ende-til-ende-0123456789"
    /// Attempts at `/healthz` while the server starts, 100 ms apart (a count, not a timing check).
    static let startupAttempts = 300

    /// The built executable: `$KOMMUNESOK_BIN`, else next to the test bundle, else in .build.
    static let executable: String? = {
        var candidates: [String] = []
        if let path = ProcessInfo.processInfo.environment["KOMMUNESOK_BIN"] { candidates.append(path) }
        for argument in CommandLine.arguments where argument.hasSuffix(".xctest") {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("kommunesok").path)
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().appendingPathComponent("kommunesok").path)
        }
        candidates += [ServerTestSupport.packageRoot + "/.build/debug/kommunesok", ServerTestSupport.packageRoot + "/.build/release/kommunesok"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private init(process: Process, indexPath: String, port: Int) {
        self.process = process
        self.indexPath = indexPath
        self.baseURL = "http://127.0.0.1:\(port)"
    }

    static func start() throws -> EndToEndServer {
        let executable = try #require(Self.executable)
        let indexPath = ServerTestSupport.temporaryDirectory("endtoend") + "/indeks"
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port), "--index", indexPath, "--token", token]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = EndToEndServer(process: process, indexPath: indexPath, port: port)
        for _ in 0..<startupAttempts {
            if server.isHealthy() { return server }
            guard process.isRunning else { break }
            usleep(100_000)
        }
        server.stop()
        throw EndToEndError(message: "kommunesok serve svarte ikke på /healthz (port \(port), kjører: \(process.isRunning))")
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: indexPath).deletingLastPathComponent().path)
    }

    private func isHealthy() -> Bool {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        var request = URLRequest(url: URL(string: baseURL + "/healthz")!)
        request.timeoutInterval = 2
        URLSession.shared.dataTask(with: request) { _, response, _ in
            box.ok = (response as? HTTPURLResponse)?.statusCode == 200
            done.signal()
        }.resume()
        done.wait()
        return box.ok
    }

    func get(_ path: String) async throws -> (Int, Data) {
        try await send(URLRequest(url: URL(string: baseURL + path)!))
    }

    func upload(_ files: [(name: String, fileName: String, data: Data)]) async throws -> (Int, Data) {
        let boundary = "kommunesok-ende-til-ende"
        var body = Data()
        for f in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(f.name)\"; filename=\"\(f.fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(f.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var request = URLRequest(url: URL(string: baseURL + "/api/documents")!)
        request.httpMethod = "POST"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(Self.token)", forHTTPHeaderField: "Authorization")
        request.httpBody = body
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> (Int, Data) {
        var request = request
        request.timeoutInterval = 60
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    /// A port that was free a moment ago: bind 127.0.0.1:0, read the port, close.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw EndToEndError(message: "socket() feilet") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw EndToEndError(message: "fant ingen ledig port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

private final class ResultBox: @unchecked Sendable {
    var ok = false
}

struct EndToEndError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
