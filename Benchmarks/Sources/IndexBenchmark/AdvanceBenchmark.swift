import BenchmarkSupport
import InvertedIndex
import SearchCore

/// (c) `advance(to:)`: random ascending targets on the most frequent terms' postings, and the
/// targets a conjunctive query gives (its rarest term's documents) on the other query terms.
/// Every result is checked against a binary search in the corpus's own postings.
enum AdvanceBenchmark {
    /// Random targets per term, sparse: about 2,000 documents apart, so most calls skip whole
    /// 128-document blocks through the skip entries.
    static let sparseTargetsPerTerm = 16
    /// Random targets per term, dense: about 34 documents apart, so most calls stay inside the
    /// decoded block.
    static let denseTargetsPerTerm = 1_024

    struct Answer: Equatable, CustomStringConvertible {
        var advances = 0
        /// Wrapping sum of the documents `advance` returned (exhausted counted separately).
        var documentSum = 0
        var exhausted = 0
        var description: String { "\(advances) advances, document sum \(documentSum), \(exhausted) exhausted" }
    }

    /// One iterator's work: the term and its ascending targets.
    struct Task {
        let term: String
        let targets: [UInt32]
    }

    static func expectedAnswer(_ tasks: [Task], oracle: [String: (documents: [UInt32], positionSum: Int)]) -> Answer {
        var answer = Answer()
        for task in tasks {
            let documents = oracle[task.term]!.documents
            for target in task.targets {
                answer.advances += 1
                // First document ≥ target.
                var low = 0
                var high = documents.count
                while low < high {
                    let middle = (low + high) / 2
                    if documents[middle] < target { low = middle + 1 } else { high = middle }
                }
                if low == documents.count { answer.exhausted += 1 } else { answer.documentSum &+= Int(documents[low]) }
            }
        }
        return answer
    }

    static func randomTasks(_ terms: [String], perTerm: Int, documentCount: Int, random: inout SeededRandom) -> [Task] {
        terms.map { term in
            Task(term: term, targets: (0..<perTerm).map { _ in UInt32.random(in: 0..<UInt32(documentCount), using: &random) }.sorted())
        }
    }

    /// For each query whose analysed terms are all in the index and at least two: the rarest
    /// term's documents as targets for each other term.
    static func queryTasks(_ queries: [[String]], oracle: [String: (documents: [UInt32], positionSum: Int)]) -> [Task] {
        var tasks: [Task] = []
        for terms in queries {
            let distinct = Array(Set(terms)).sorted()
            guard distinct.count >= 2, distinct.allSatisfy({ oracle[$0]?.documents.isEmpty == false }) else { continue }
            let lead = distinct.min { oracle[$0]!.documents.count < oracle[$1]!.documents.count }!
            for term in distinct where term != lead {
                tasks.append(Task(term: term, targets: oracle[lead]!.documents))
            }
        }
        return tasks
    }

    static func measure(_ name: String, _ tasks: [Task], reader: SegmentReader, oracle: [String: (documents: [UInt32], positionSum: Int)]) throws -> Table.Row {
        let expected = expectedAnswer(tasks, oracle: oracle)
        let result = try Stopwatch.measure(
            name, expected: expected,
            setup: {
                try tasks.map { task in
                    guard let iterator = try reader.postings(.body, task.term) else { throw BenchmarkFailure("postings(.body, \(task.term)) is nil") }
                    return iterator
                }
            }
        ) { iterators in
            var answer = Answer()
            for (task, iterator) in zip(tasks, iterators) {
                for target in task.targets {
                    answer.advances += 1
                    let document = iterator.advance(to: target)
                    if document == PostingsIterator.exhausted { answer.exhausted += 1 } else { answer.documentSum &+= Int(document) }
                }
                guard !iterator.isCorrupted else { throw BenchmarkFailure("an iterator reported corruption") }
            }
            return answer
        }
        return Table.Row(name, count: expected.advances, unit: "advances", result: result)
    }
}
