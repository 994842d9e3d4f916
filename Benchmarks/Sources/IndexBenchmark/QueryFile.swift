import BenchmarkSupport
import Foundation
import SearchCore
import TextAnalysis

/// The 1,000 benchmark queries of `../shared/benchmarks/norec-queries.txt` (2–3 content words
/// a line, drawn from NoReC documents), analysed like the index: realistic terms to look up.
enum QueryFile {
    /// Lines in the queries file.
    static let queryCount = 1_000
    /// Names another queries file instead of the shared one.
    static let environmentVariable = "NOREC_QUERIES"

    static var defaultPath: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // IndexBenchmark
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // Benchmarks
            .deletingLastPathComponent()  // checkout
            .deletingLastPathComponent()  // folder beside the checkout that holds shared/
            .appendingPathComponent("shared/benchmarks/norec-queries.txt").path
    }

    /// Each query's analysed terms.
    static func load(analyzer: Analyzer) throws -> [[String]] {
        let path = ProcessInfo.processInfo.environment[environmentVariable] ?? defaultPath
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchmarkFailure("cannot read the queries file \(path): set \(environmentVariable) to ../shared/benchmarks/norec-queries.txt")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count == queryCount else {
            throw BenchmarkFailure("\(path) has \(lines.count) queries, expected \(queryCount): use ../shared/benchmarks/norec-queries.txt")
        }
        return lines.map { line in analyzer.analyze(String(line)).map(\.term) }
    }
}
