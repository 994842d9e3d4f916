import BenchmarkSupport
import SearchCore
import TextAnalysis

/// Runs `Analyzer.norwegian(_:)` over every NoReC train document in several configurations and
/// prints MB/s (UTF-8 bytes in) and tokens/s. Each configuration must emit exactly the token
/// count recorded in ``AnalyzerVariant``, and every timed run must reproduce the checking pass's
/// checksum; otherwise the run exits with status 1.
@main
struct AnalyzerBenchmark {
    /// Timed runs per configuration: a run takes a few seconds, and five are enough for the
    /// fastest to be undisturbed on a shared 2-core machine.
    static let runs = 5

    /// What one pass over the corpus produced; the answer every timed run must repeat.
    struct Answer: Equatable, CustomStringConvertible {
        var tokens = 0
        /// Sum of the terms' UTF-8 lengths and of their positions: changes if any term or
        /// position changes, and costs nothing per token (a String knows its UTF-8 count).
        var checksum = 0

        var description: String { "\(tokens) tokens, checksum \(checksum)" }
    }

    static func main() {
        runBenchmark("AnalyzerBenchmark") { try run() }
    }

    static func run() throws {
        print("Loading NoReC from the folder in \(NoReCCorpus.environmentVariable) …")
        let corpus = try NoReCCorpus.load()
        print("NoReC train: \(Format.count(corpus.documents.count)) documents, \(Format.count(corpus.utf8ByteCount)) UTF-8 bytes; best of \(runs) runs\n")
        print("\(Format.left("configuration, path", 60)) \(Format.pad("tokens", 12)) \(Format.pad("MB/s", 8)) \(Format.pad("M tokens/s", 11)) \(Format.pad("best s", 8)) \(Format.pad("median s", 9))")
        for variant in AnalyzerVariant.all {
            let analyzer = Analyzer.norwegian(variant.configuration)
            let checked = analyze(corpus.documents, with: analyzer, path: .strings)
            guard checked.tokens == variant.expectedTokens else {
                throw BenchmarkFailure(
                    "\(variant.name): the analyzer emitted \(checked.tokens) tokens on NoReC train, expected \(variant.expectedTokens): the analyzer changed (update AnalyzerVariant and the README after checking why) or the corpus is not NoReC train"
                )
            }
            for path in AnalyzerPath.allCases {
                // Both paths must reproduce the String path's checking pass.
                let name = "\(variant.name), \(path.rawValue)"
                let result = try Stopwatch.measure(name, runs: runs, expected: checked) {
                    analyze(corpus.documents, with: analyzer, path: path)
                }
                let megabytes = result.perSecond(corpus.utf8ByteCount) / 1e6
                let tokens = result.perSecond(checked.tokens) / 1e6
                print(
                    "\(Format.left(name, 60)) \(Format.count(checked.tokens, 12)) \(Format.number(megabytes, 8, 1)) \(Format.number(tokens, 11, 2)) \(Format.number(result.fastest.seconds, 8, 3)) \(Format.number(result.median.seconds, 9, 3))"
                )
            }
        }
    }

    /// The two ways of reading the analyzer's output.
    enum AnalyzerPath: String, CaseIterable {
        /// `forEachToken`: a `Token` with a `String` term per token (queries, highlighting).
        case strings = "forEachToken"
        /// `forEachTerm`: the term's bytes and position (the indexer).
        case bytes = "forEachTerm"
    }

    static func analyze(_ documents: [String], with analyzer: Analyzer, path: AnalyzerPath) -> Answer {
        var answer = Answer()
        for document in documents {
            switch path {
            case .strings:
                analyzer.forEachToken(in: document) { token in
                    answer.tokens += 1
                    answer.checksum &+= token.term.utf8.count &+ Int(token.position)
                }
            case .bytes:
                analyzer.forEachTerm(in: document) { term, position in
                    answer.tokens += 1
                    answer.checksum &+= term.count &+ Int(position)
                }
            }
        }
        return answer
    }
}
