import BenchmarkSupport
import InvertedIndex
import SearchCore

/// The untimed check of the built segment against the analysed corpus: counts, lengths and
/// every term's document frequency.
enum SegmentCheck {
    /// Checks `reader` and returns every body term in byte order with its document frequency.
    static func verify(_ reader: SegmentReader, against corpus: AnalysedCorpus) throws -> [(term: String, documentFrequency: Int)] {
        func expect<Value: Equatable>(_ what: String, _ actual: Value, _ expected: Value) throws {
            guard actual == expected else {
                throw BenchmarkFailure("the segment's \(what) is \(actual), expected \(expected) from the analysed corpus")
            }
        }
        try expect("document count", reader.documentCount, corpus.documentCount)
        try expect("term count", reader.termCount, corpus.vocabulary.count)
        try expect("body length", reader.totalFieldLength(.body), UInt64(corpus.tokenCount))
        try expect("title length", reader.totalFieldLength(.title), UInt64(0))
        try expect("id of document 0", reader.documentID(0), DocumentID(1))
        try expect("id of the last document", reader.documentID(UInt32(corpus.documentCount - 1)), DocumentID(Int64(corpus.documentCount)))
        let terms = try reader.terms(.body, prefix: "", limit: Int.max)
        try expect("number of body terms", terms.count, corpus.vocabulary.count)
        var previous: [UInt8] = []
        for (index, entry) in terms.enumerated() {
            let bytes = Array(entry.term.utf8)
            guard index == 0 || previous.lexicographicallyPrecedes(bytes) else {
                throw BenchmarkFailure("terms(_:prefix:limit:) is out of byte order at \(entry.term)")
            }
            guard let id = corpus.termIDs[entry.term] else {
                throw BenchmarkFailure("the segment holds the term \(entry.term), which the corpus does not")
            }
            try expect("document frequency of \(entry.term)", entry.documentFrequency, corpus.documentFrequencies[Int(id)])
            previous = bytes
        }
        return terms
    }
}
