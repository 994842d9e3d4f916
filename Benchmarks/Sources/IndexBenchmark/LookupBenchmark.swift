import BenchmarkSupport
import InvertedIndex
import SearchCore

/// (d) Term lookup through `documentFrequency(_:_:)`: random existing terms, random missing
/// terms, and the analysed query terms; then `terms(_:prefix:limit:)` with the query terms'
/// first letters. Found counts and summed frequencies are checked against the corpus.
enum LookupBenchmark {
    /// Lookups per measurement: enough for a run of tens of milliseconds.
    static let lookups = 100_000
    /// Letters a prefix lookup keeps of a query term, as an autocomplete would after three keys.
    static let prefixLength = 3
    /// Terms a prefix lookup returns at most, as a suggestion list or a prefix query's cap would.
    static let prefixLimit = 100
    /// Endings that make an existing term a missing one (checked against the vocabulary): a
    /// letter, a digit and Norwegian letters, so the search runs into the term's neighbourhood.
    static let missingSuffixes = ["q", "x", "0", "æø", "zz"]

    struct Answer: Equatable, CustomStringConvertible {
        var found = 0
        var documentFrequencySum = 0
        var description: String { "\(found) found, document frequencies summing to \(documentFrequencySum)" }
    }

    static func run(
        _ reader: SegmentReader, corpus: AnalysedCorpus, allTerms: [(term: String, documentFrequency: Int)],
        queryTerms: [String], random: inout SeededRandom
    ) throws -> [Table.Row] {
        let existing = (0..<lookups).map { _ in allTerms[Int.random(in: 0..<allTerms.count, using: &random)].term }
        var missing: [String] = []
        missing.reserveCapacity(lookups)
        while missing.count < lookups {
            let base = allTerms[Int.random(in: 0..<allTerms.count, using: &random)].term
            let candidate = base + missingSuffixes[Int.random(in: 0..<missingSuffixes.count, using: &random)]
            if corpus.termIDs[candidate] == nil { missing.append(candidate) }
        }
        let queries = (0..<lookups).map { queryTerms[$0 % queryTerms.count] }
        var rows: [Table.Row] = []
        for (name, terms) in [
            ("(d) documentFrequency, random existing terms", existing),
            ("(d) documentFrequency, random missing terms", missing),
            ("(d) documentFrequency, query terms (norec-queries.txt)", queries),
        ] {
            rows.append(try measureLookups(name, terms, reader: reader, corpus: corpus))
        }
        rows.append(try measurePostingsOpen(queries, reader: reader, corpus: corpus))
        rows.append(try measurePrefixes(queryTerms, reader: reader, allTerms: allTerms))
        return rows
    }

    static func measureLookups(_ name: String, _ terms: [String], reader: SegmentReader, corpus: AnalysedCorpus) throws -> Table.Row {
        var expected = Answer()
        for term in terms {
            if let id = corpus.termIDs[term] {
                expected.found += 1
                expected.documentFrequencySum += corpus.documentFrequencies[Int(id)]
            }
        }
        let result = try Stopwatch.measure(name, expected: expected) {
            var answer = Answer()
            for term in terms {
                let frequency = try reader.documentFrequency(.body, term)
                answer.found += frequency > 0 ? 1 : 0
                answer.documentFrequencySum += frequency
            }
            return answer
        }
        return Table.Row("\(name) (\(expected.found) found)", count: terms.count, unit: "lookups", result: result)
    }

    /// `postings(_:_:)` for the query terms: the lookup plus creating the iterator, which
    /// decodes the first block (what a query pays per term before scoring starts).
    static func measurePostingsOpen(_ terms: [String], reader: SegmentReader, corpus: AnalysedCorpus) throws -> Table.Row {
        var expected = Answer()
        for term in terms {
            if let id = corpus.termIDs[term] {
                expected.found += 1
                expected.documentFrequencySum += corpus.documentFrequencies[Int(id)]
            }
        }
        let name = "(d) postings(_:_:) (lookup + first block), query terms"
        let result = try Stopwatch.measure(name, expected: expected) {
            var answer = Answer()
            for term in terms {
                guard let iterator = try reader.postings(.body, term) else { continue }
                answer.found += 1
                answer.documentFrequencySum += iterator.docFreq
            }
            return answer
        }
        return Table.Row("\(name) (\(expected.found) found)", count: terms.count, unit: "lookups", result: result)
    }

    /// Prefix lookups for every query term's first `prefixLength` characters; the returned term
    /// count is checked against a binary search of the sorted vocabulary.
    static func measurePrefixes(_ queryTerms: [String], reader: SegmentReader, allTerms: [(term: String, documentFrequency: Int)]) throws -> Table.Row {
        let prefixes = queryTerms.map { String($0.prefix(prefixLength)) }
        let sorted = allTerms.map { Array($0.term.utf8) }
        var expected = 0
        for prefix in prefixes {
            let bytes = Array(prefix.utf8)
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle].lexicographicallyPrecedes(bytes) { low = middle + 1 } else { high = middle }
            }
            var count = 0
            while low + count < sorted.count, count < prefixLimit, sorted[low + count].starts(with: bytes) { count += 1 }
            expected += count
        }
        let name = "(d) terms(prefix:limit: \(prefixLimit)), query terms' first \(prefixLength) letters"
        let result = try Stopwatch.measure(name, expected: expected) {
            var returned = 0
            for prefix in prefixes {
                returned += try reader.terms(.body, prefix: prefix, limit: prefixLimit).count
            }
            return returned
        }
        return Table.Row("\(name) (\(expected) terms)", count: prefixes.count, unit: "prefix lookups", result: result)
    }
}
