import Foundation

/// The NoReC 2.1 train split, read from the folder named by `NOREC_DIR`: every `*.txt` file, in
/// file-name order, as one document each.
package struct NoReCCorpus {
    /// Texts in the train split.
    package static let documentCount = 34_749
    /// UTF-8 bytes of all texts as read: the files hold 85,494,342 bytes
    /// (`cat norec-train/*.txt | wc -c`), and reading drops the byte-order mark three of them
    /// (101130, 101132, 104904) start with.
    package static let utf8ByteCount = 85_494_333
    /// Tokens `Analyzer.norwegian()` (the default configuration) emits over the whole corpus;
    /// measured once by AnalyzerBenchmark. A different count means a changed analyzer or corpus.
    package static let defaultAnalyzerTokenCount = 7_875_009
    /// The variable that names the unpacked corpus folder.
    package static let environmentVariable = "NOREC_DIR"

    package let directory: String
    package let documents: [String]
    package let utf8ByteCount: Int

    /// Loads the corpus from `NOREC_DIR`; fails with instructions when the variable is unset or
    /// the folder is not the complete train split.
    package static func load() throws -> NoReCCorpus {
        let howTo = "tar -xJf ../shared/corpora/norec-train.tar.xz -C /tmp && export \(environmentVariable)=/tmp/norec-train (run from Benchmarks/)"
        guard let directory = ProcessInfo.processInfo.environment[environmentVariable], !directory.isEmpty else {
            throw BenchmarkFailure("\(environmentVariable) is not set. Unpack the NoReC corpus outside the repository and point at it: \(howTo)")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory))?
            .filter { $0.hasSuffix(".txt") }.sorted() ?? []
        guard names.count == documentCount else {
            throw BenchmarkFailure(
                "\(environmentVariable)=\(directory) holds \(names.count) .txt files, expected \(documentCount): unpack the complete corpus again: \(howTo)"
            )
        }
        var documents: [String] = []
        documents.reserveCapacity(names.count)
        var bytes = 0
        for name in names {
            let path = directory + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw BenchmarkFailure("cannot read \(path) as UTF-8: unpack the corpus again: \(howTo)")
            }
            bytes += text.utf8.count
            documents.append(text)
        }
        guard bytes == utf8ByteCount else {
            throw BenchmarkFailure("the corpus in \(directory) has \(bytes) UTF-8 bytes, expected \(utf8ByteCount): unpack it again: \(howTo)")
        }
        return NoReCCorpus(directory: directory, documents: documents, utf8ByteCount: bytes)
    }
}
