import ArgumentParser
import DocumentStore
import Foundation
import SearchEngine

/// `kommunesok bench-worker …`: the child process that indexes for `bench` (hidden).
struct BenchWorker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-worker", shouldDisplay: false)

    struct IndexResult: Codable {
        var seconds: Double
        /// `ru_maxrss`: heap and touched pages of mapped files together.
        var peakBytes: Int
        var documents: Int
        /// Sampled peaks of anonymous memory (heap) and of mapped-file pages.
        var peakAnonymousBytes: Int?
        var peakFileBytes: Int?
    }

    @Argument var engine: String
    @Option var corpus: String
    @Option var out: String
    @Option var budget = 256
    @Option var repetitions = 1
    /// Leaves the segments unmerged (`index-ours`), so `merge` can time the merges alone.
    @Flag var skipMerge = false

    func run() async throws {
        let files = FileWalker.collect([corpus]).files
        let t0 = DispatchTime.now().uptimeNanoseconds
        let sampler = MemorySampler()
        var documents = 0
        switch engine {
        case "index-ours":
            var config = SearchEngineConfiguration()
            config.indexingMemoryBudgetBytes = budget << 20
            let index = try wrap { try SearchIndex(path: out, configuration: config) }
            let writer = try wrap { try index.openWriter() }
            for r in 0..<repetitions {
                let items = files.map { f -> IngestItem in
                    var item = IngestItem.file(f.path, key: f.key)
                    item.plainText = true
                    if r > 0 { item.externalKey += "-r\(r)" }
                    return item
                }
                let report = try wrap { try writer.ingest(items) }
                documents += report.indexedCount
                guard report.failures.isEmpty else { throw CLIError("\(report.failures.count) filer feilet") }
            }
            if !skipMerge { _ = try wrap { try writer.merge() } }
        case "merge":
            // The merges an ingest into `out` left pending (made with `--skip-merge`).
            let index = try wrap { try SearchIndex(path: out, configuration: SearchEngineConfiguration()) }
            let writer = try wrap { try index.openWriter() }
            documents = try wrap { try writer.merge() }
        case "index-fts5", "index-fts5-text":
            let baseline = try FTS5Baseline(path: out, storesText: engine == "index-fts5-text")
            let docs = files.lazy.compactMap { file -> (key: String, title: String, body: String)? in
                guard let text = try? String(contentsOfFile: file.path, encoding: .utf8) else { return nil }
                let key = DocumentKey.docid(file.key)
                let title = text.prefix { $0 != "\n" }
                return (key, String(title), String(text.dropFirst(title.count)))
            }
            documents = try baseline.index(docs)
        default:
            throw CLIError("ukjent motor \(engine)")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        let peaks = sampler.stop()
        let result = IndexResult(
            seconds: seconds, peakBytes: System.peakResidentBytes, documents: documents,
            peakAnonymousBytes: peaks.anonymous, peakFileBytes: peaks.file)
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
    }

    /// Runs a worker as a child process and reads its result.
    static func spawn(_ arguments: [String]) throws -> IndexResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.selfPath)
        p.arguments = ["bench-worker"] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let r = try? JSONDecoder().decode(IndexResult.self, from: data) else {
            throw CLIError("Indekseringen (\(arguments.first ?? "")) feilet med kode \(p.terminationStatus).")
        }
        return r
    }
}
