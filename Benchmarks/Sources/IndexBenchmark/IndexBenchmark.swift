import BenchmarkSupport
import Foundation
import IndexStorage
import InvertedIndex
import SearchCore
import TextAnalysis

/// Micro-benchmarks of the inverted index through its public API, over one segment built from
/// every analysed NoReC train document: (a) build and encode throughput, (b) postings decode,
/// (c) `advance(to:)`, (d) term and prefix lookup, (e) segment size. Every measurement checks
/// its answer against the analysed corpus; a wrong answer exits with status 1.
@main
struct IndexBenchmark {
    /// The seed of every random choice (terms, targets), printed with the results.
    static let seed: UInt64 = 20_240_607
    /// The segment file's name in the temporary directory.
    static let segmentName = "s1.seg"

    static func main() {
        runBenchmark("IndexBenchmark") { try run() }
    }

    static func run() throws {
        let clock = ContinuousClock()
        print("Loading NoReC from the folder in \(NoReCCorpus.environmentVariable) …")
        let analyzer = Analyzer.norwegian()
        let start = clock.now
        let corpus = AnalysedCorpus(try NoReCCorpus.load(), analyzer: analyzer)
        guard corpus.tokenCount == NoReCCorpus.defaultAnalyzerTokenCount else {
            throw BenchmarkFailure("the analyzer emitted \(corpus.tokenCount) tokens, expected \(NoReCCorpus.defaultAnalyzerTokenCount) (see AnalyzerBenchmark)")
        }
        let queries = try QueryFile.load(analyzer: analyzer)
        print(
            "NoReC train: \(Format.count(corpus.documentCount)) documents, \(Format.count(corpus.utf8ByteCount)) UTF-8 bytes, \(Format.count(corpus.tokenCount)) tokens, \(Format.count(corpus.vocabulary.count)) distinct terms, \(Format.count(corpus.postingCount)) postings (read and analysed in \(Format.number((clock.now - start).seconds, 0, 1)) s); seed \(seed)"
        )

        let build = try BuildBenchmark.run(corpus)
        printBuild(build, corpus: corpus)

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kommunesok-indexbenchmark-\(ProcessInfo.processInfo.processIdentifier)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let directory = try FileSystemDirectory(path: path)
        let writeStart = clock.now
        try directory.writeFile(segmentName, build.segment)
        let writeTime = clock.now - writeStart
        let memory = InMemoryDirectory()
        try memory.writeFile(segmentName, build.segment)
        let openFile = try Stopwatch.measure("open from FileSystemDirectory", expected: corpus.documentCount) {
            try SegmentReader(directory: directory, name: segmentName).documentCount
        }
        let openMemory = try Stopwatch.measure("open from InMemoryDirectory", expected: corpus.documentCount) {
            try SegmentReader(directory: memory, name: segmentName).documentCount
        }
        print(
            "  writeFile (fsync) \(Format.number(writeTime.seconds * 1e3, 0, 1)) ms; SegmentReader(directory:name:) (verifies the checksum): FileSystemDirectory \(Format.number(openFile.fastest.seconds * 1e3, 0, 2)) ms, InMemoryDirectory (copies) \(Format.number(openMemory.fastest.seconds * 1e3, 0, 2)) ms"
        )

        let reader = try SegmentReader(directory: directory, name: segmentName)
        let allTerms = try SegmentCheck.verify(reader, against: corpus)
        printSize(reader, corpus: corpus)

        let frequent = PostingsBenchmark.mostFrequent(allTerms)
        let queryTerms = queries.flatMap { $0 }
        let oracle = corpus.postings(of: Array(Set(frequent + queryTerms)))
        var random = SeededRandom(seed: seed)

        Table.printHeader("(b) postings decode, best of \(Stopwatch.defaultRuns) runs")
        for row in try PostingsBenchmark.run(reader, terms: frequent, oracle: oracle, corpus: corpus) { Table.print(row) }

        Table.printHeader("(c) advance(to:), best of \(Stopwatch.defaultRuns) runs")
        let sparse = AdvanceBenchmark.randomTasks(frequent, perTerm: AdvanceBenchmark.sparseTargetsPerTerm, documentCount: corpus.documentCount, random: &random)
        let dense = AdvanceBenchmark.randomTasks(frequent, perTerm: AdvanceBenchmark.denseTargetsPerTerm, documentCount: corpus.documentCount, random: &random)
        for (name, tasks) in [
            ("(c) random targets, \(AdvanceBenchmark.sparseTargetsPerTerm) per term, \(frequent.count) most frequent terms", sparse),
            ("(c) random targets, \(AdvanceBenchmark.denseTargetsPerTerm) per term, \(frequent.count) most frequent terms", dense),
            ("(c) queries: the rarest term's docs on the other terms", AdvanceBenchmark.queryTasks(queries, oracle: oracle)),
        ] {
            Table.print(try AdvanceBenchmark.measure(name, tasks, reader: reader, oracle: oracle))
        }

        Table.printHeader("(d) term lookup, best of \(Stopwatch.defaultRuns) runs")
        for row in try LookupBenchmark.run(reader, corpus: corpus, allTerms: allTerms, queryTerms: queryTerms, random: &random) { Table.print(row) }
    }

    static func printBuild(_ build: BuildBenchmark.Outcome, corpus: AnalysedCorpus) {
        print("\n(a) segment build: all \(Format.count(corpus.documentCount)) documents into one segment (body field), best of \(BuildBenchmark.runs) runs")
        print("  \(Format.left("phase", 40)) \(Format.pad("docs/s", 10)) \(Format.pad("MB/s", 8)) \(Format.pad("M tokens/s", 11)) \(Format.pad("best s", 8)) \(Format.pad("median s", 9))")
        for (name, result) in [
            ("beginDocument/addToken/endDocument", build.add), ("encode()", build.encode), ("add + encode", build.total),
        ] {
            print(
                "  \(Format.left(name, 40)) \(Format.count(Int(result.perSecond(corpus.documentCount)), 10)) \(Format.number(result.perSecond(corpus.utf8ByteCount) / 1e6, 8, 1)) \(Format.number(result.perSecond(corpus.tokenCount) / 1e6, 11, 2)) \(Format.number(result.fastest.seconds, 8, 3)) \(Format.number(result.median.seconds, 9, 3))"
            )
        }
    }

    static func printSize(_ reader: SegmentReader, corpus: AnalysedCorpus) {
        let bytes = Double(reader.sizeInBytes)
        print("\n(e) segment size: \(Format.count(reader.sizeInBytes)) bytes (\(Format.number(bytes / 1e6, 0, 1)) MB) for the body field with positions")
        print("  \(Format.number(bytes / Double(corpus.postingCount), 0, 2)) bytes per posting (\(Format.count(corpus.postingCount)) document–term pairs)")
        print("  \(Format.number(bytes / Double(corpus.tokenCount), 0, 2)) bytes per token occurrence (\(Format.count(corpus.tokenCount)) positions)")
        print("  \(Format.number(bytes / Double(corpus.vocabulary.count), 0, 1)) bytes per distinct term (\(Format.count(corpus.vocabulary.count)) terms)")
        print("  \(Format.number(bytes / Double(corpus.utf8ByteCount) * 100, 0, 1)) % of the text's UTF-8 bytes")
    }
}
