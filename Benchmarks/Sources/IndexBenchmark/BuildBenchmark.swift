import BenchmarkSupport
import InvertedIndex
import SearchCore

/// (a) Segment build throughput: every analysed NoReC document through `SegmentBuilder`
/// (`beginDocument`, `addToken` per token into the body field, `endDocument`), then `encode`,
/// timed separately. Every run must produce byte-identical segment bytes.
enum BuildBenchmark {
    /// Timed builds: one takes a few seconds, and five leave one undisturbed run on a shared
    /// machine.
    static let runs = 5

    struct Outcome {
        let segment: [UInt8]
        let add: Stopwatch.Result
        let encode: Stopwatch.Result
        let total: Stopwatch.Result
    }

    static func run(_ corpus: AnalysedCorpus) throws -> Outcome {
        let clock = ContinuousClock()
        var addDurations: [Duration] = []
        var encodeDurations: [Duration] = []
        var totalDurations: [Duration] = []
        var first: [UInt8]?
        for run in 0..<runs {
            let builder = SegmentBuilder()
            let start = clock.now
            add(corpus, to: builder)
            let added = clock.now
            let segment = builder.encode()
            let encoded = clock.now
            addDurations.append(added - start)
            encodeDurations.append(encoded - added)
            totalDurations.append(encoded - start)
            guard builder.documentCount == corpus.documentCount else {
                throw BenchmarkFailure("build run \(run + 1): the builder holds \(builder.documentCount) documents, expected \(corpus.documentCount)")
            }
            if let first {
                guard segment == first else {
                    throw BenchmarkFailure("build run \(run + 1) encoded \(segment.count) bytes that differ from the first run's \(first.count): encoding is not deterministic")
                }
            } else {
                first = segment
            }
        }
        return Outcome(
            segment: first!, add: Stopwatch.Result(addDurations), encode: Stopwatch.Result(encodeDurations),
            total: Stopwatch.Result(totalDurations))
    }

    /// Adds every document; document `d` gets the global id `d + 1` (ids are SQLite rowids).
    static func add(_ corpus: AnalysedCorpus, to builder: SegmentBuilder) {
        corpus.tokenTerms.withUnsafeBufferPointer { terms in
            corpus.tokenPositions.withUnsafeBufferPointer { positions in
                for document in 0..<corpus.documentCount {
                    builder.beginDocument(DocumentID(Int64(document + 1)))
                    for i in corpus.documentStarts[document]..<corpus.documentStarts[document + 1] {
                        builder.addToken(corpus.vocabulary[Int(terms[i])], position: positions[i], field: .body)
                    }
                    builder.endDocument()
                }
            }
        }
    }
}
