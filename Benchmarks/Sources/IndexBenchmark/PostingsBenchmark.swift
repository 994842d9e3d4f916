import BenchmarkSupport
import InvertedIndex
import SearchCore

/// (b) Postings decode: iterate every postings list of the most frequent body terms with
/// `next()` (docs and freqs; then also positions), checked against the corpus.
enum PostingsBenchmark {
    /// How many of the most frequent terms are decoded: the stop-word-free head of the
    /// vocabulary, whose long lists dominate query time.
    static let termCount = 1_000

    struct Answer: Equatable, CustomStringConvertible {
        var documents = 0
        var frequencySum = 0
        var positionCount = 0
        var positionSum = 0
        var description: String { "\(documents) docs, freq sum \(frequencySum), \(positionCount) positions summing to \(positionSum)" }
    }

    /// The `termCount` most frequent terms (ties in byte order) of `terms`.
    static func mostFrequent(_ terms: [(term: String, documentFrequency: Int)]) -> [String] {
        terms.enumerated()
            .sorted { $0.element.documentFrequency != $1.element.documentFrequency ? $0.element.documentFrequency > $1.element.documentFrequency : $0.offset < $1.offset }
            .prefix(termCount).map(\.element.term)
    }

    static func run(_ reader: SegmentReader, terms: [String], oracle: [String: (documents: [UInt32], positionSum: Int)], corpus: AnalysedCorpus) throws -> [Table.Row] {
        var expected = Answer()
        var postedDocumentFrequency = 0
        for term in terms {
            let id = Int(corpus.termIDs[term]!)
            expected.documents += oracle[term]!.documents.count
            expected.frequencySum += corpus.termFrequencies[id]
            expected.positionCount += corpus.termFrequencies[id]
            expected.positionSum += oracle[term]!.positionSum
            postedDocumentFrequency += try reader.documentFrequency(.body, term)
        }
        guard postedDocumentFrequency == expected.documents else {
            throw BenchmarkFailure("summed documentFrequency of the \(terms.count) terms is \(postedDocumentFrequency), but the corpus has \(expected.documents) postings for them")
        }
        func iterators() throws -> [PostingsIterator] {
            try terms.map { term in
                guard let iterator = try reader.postings(.body, term) else { throw BenchmarkFailure("postings(.body, \(term)) is nil") }
                return iterator
            }
        }
        var docsOnly = expected
        docsOnly.positionCount = 0
        docsOnly.positionSum = 0
        let decode = try Stopwatch.measure("postings decode", expected: docsOnly, setup: iterators) { iterators in
            var answer = Answer()
            for iterator in iterators {
                while iterator.doc != PostingsIterator.exhausted {
                    answer.documents += 1
                    answer.frequencySum += Int(iterator.freq)
                    iterator.next()
                }
                guard !iterator.isCorrupted else { throw BenchmarkFailure("an iterator reported corruption") }
            }
            return answer
        }
        let withPositions = try Stopwatch.measure("postings + positions decode", expected: expected, setup: iterators) { iterators in
            var answer = Answer()
            var positions: [UInt32] = []
            positions.reserveCapacity(4096)
            for iterator in iterators {
                while iterator.doc != PostingsIterator.exhausted {
                    answer.documents += 1
                    answer.frequencySum += Int(iterator.freq)
                    iterator.positions(into: &positions)
                    answer.positionCount += positions.count
                    for position in positions { answer.positionSum += Int(position) }
                    iterator.next()
                }
                guard !iterator.isCorrupted else { throw BenchmarkFailure("an iterator reported corruption") }
            }
            return answer
        }
        let label = "\(terms.count) most frequent terms"
        return [
            Table.Row(
                "(b) next(): docs + freqs, \(label)", count: expected.documents, unit: "docs", result: decode),
            Table.Row(
                "(b) next() + positions(into:), \(label)", count: expected.documents, unit: "docs", result: withPositions),
        ]
    }
}
