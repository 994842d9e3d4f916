import TestRandomness
import IndexStorage
import InvertedIndex
import SearchCore
import Testing

@testable import QueryEngine

/// The Levenshtein automaton and its intersection with the dictionary against brute force: for
/// seeded random dictionaries (Norwegian letters, 2-, 3- and 4-byte scalars, terms of 1 to 40
/// scalars, thousands of terms over hundreds of dictionary blocks, several segments) and random
/// queries at 1 and 2 edits, the expansion must be exactly {term : Levenshtein(query, term) ≤ k}
/// with the same distances and summed doc frequencies.
struct FuzzyAutomatonOracleTests {
    /// Letters with 1-byte (a b e k n o), 2-byte (æ ø å é), 3-byte (漢 €) and 4-byte (😀) UTF-8.
    static let letters: [Character] = Array("abeknoæøåé漢€😀")

    /// A term over the first `alphabet` letters: mostly 1–10 scalars, sometimes up to 40.
    static func randomTerm(_ rng: inout SeededRandom, alphabet: Int) -> [Character] {
        let length = rng.next() % 8 == 0 ? 11 + Int(rng.next() % 30) : 1 + Int(rng.next() % 10)
        return (0..<length).map { _ in letters[Int(rng.next() % UInt64(alphabet))] }
    }

    /// `word` with 0–3 random edits, so most queries have neighbours in the dictionary.
    static func mutate(_ word: [Character], _ rng: inout SeededRandom, alphabet: Int) -> [Character] {
        var w = word
        for _ in 0..<Int(rng.next() % 4) {
            let c = letters[Int(rng.next() % UInt64(alphabet))]
            let i = Int(rng.next() % UInt64(w.count + 1))
            switch rng.next() % 3 {
            case 0: w.insert(c, at: i)
            case 1 where i < w.count: w.remove(at: i)
            default: if i < w.count { w[i] = c }
            }
        }
        return w
    }

    static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test(arguments: [0xA170_0001, 0xA170_0002, 0xA170_0003, 0xA170_0004, 0xA170_0005, 0xA170_0006] as [UInt64])
    func expansionEqualsBruteForce(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        // Few letters: long shared prefixes and many near neighbours; all letters: every
        // UTF-8 length and sparse matches.
        let alphabet = seed % 2 == 0 ? 4 : Self.letters.count
        let segmentCount = 1 + Int(rng.next() % 3)
        var segments: [[(body: [String], metadata: [String])]] = []
        var documentFrequency: [String: Int] = [:]
        var words: [[Character]] = []
        for _ in 0..<segmentCount {
            var docs: [(body: [String], metadata: [String])] = []
            for _ in 0..<(150 + Int(rng.next() % 150)) {
                var body = Set<String>()
                for _ in 0..<12 {
                    // Reuse earlier words sometimes, so terms recur across docs and segments.
                    let w = !words.isEmpty && rng.next() % 4 == 0
                        ? words[Int(rng.next() % UInt64(words.count))] : Self.randomTerm(&rng, alphabet: alphabet)
                    words.append(w)
                    body.insert(String(w))
                }
                for t in body { documentFrequency[t, default: 0] += 1 }
                docs.append((Array(body), []))
            }
            segments.append(docs)
        }
        let searcher = try TermExpansionTests.searcher(segments)
        let readers = searcher.segments.map(\.reader)
        let dictionary = documentFrequency.keys.map { ($0, Self.scalars($0)) }
        var matched = 0
        for round in 0..<60 {
            let query: String
            switch round % 4 {
            case 0: query = String(Self.randomTerm(&rng, alphabet: alphabet))
            case 1: query = String(words[Int(rng.next() % UInt64(words.count))])
            default: query = String(Self.mutate(words[Int(rng.next() % UInt64(words.count))], &rng, alphabet: alphabet))
            }
            let maxEdits = 1 + round % 2
            let q = Self.scalars(query)
            var want: [String: Int] = [:]
            for (term, s) in dictionary {
                let d = TermExpansionTests.levenshtein(q, s)
                if d <= maxEdits { want[term] = d }
            }
            let got = try TermExpansion.fuzzy(query, maxEdits: maxEdits, field: .body, segments: readers, limit: .max)
            let gotDistances = Dictionary(got.terms.map { ($0.term, $0.distance) }, uniquingKeysWith: { a, _ in a })
            #expect(got.terms.count == gotDistances.count, "seed \(seed) round \(round): a term twice")
            #expect(gotDistances == want, "seed \(seed) round \(round): \(query)~\(maxEdits); missing \(want.keys.filter { gotDistances[$0] == nil }.sorted()), extra \(gotDistances.keys.filter { want[$0] == nil }.sorted())")
            for c in got.terms {
                #expect(c.documentFrequency == documentFrequency[c.term], "seed \(seed) round \(round): df of \(c.term)")
            }
            #expect(!got.truncated)
            matched += want.count
        }
        // The queries are near the dictionary: the comparison is not between empty sets.
        #expect(matched >= 60, "seed \(seed): only \(matched) matches in all rounds")
    }

    @Test(arguments: [7, 8, 9] as [UInt64])
    func automatonDistanceEqualsDynamicProgramming(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        for round in 0..<300 {
            let alphabet = round % 2 == 0 ? 3 : Self.letters.count
            let query = Self.scalars(String(Self.randomTerm(&rng, alphabet: alphabet)))
            let maxEdits = Int(rng.next() % 4)
            var automaton = LevenshteinAutomaton(query: query, maxEdits: maxEdits)
            for _ in 0..<30 {
                let input = Self.scalars(String(Self.mutate(Self.randomTerm(&rng, alphabet: alphabet), &rng, alphabet: alphabet)))
                var state = automaton.start
                var deadAt: Int?
                for (i, c) in input.enumerated() {
                    state = automaton.step(state, c)
                    if state == LevenshteinAutomaton.dead, deadAt == nil { deadAt = i }
                }
                let d = TermExpansionTests.levenshtein(query, input)
                #expect(automaton.distance(state) == (d <= maxEdits ? d : nil), "seed \(seed) round \(round): \(query) \(input)")
                // Dead exactly when no prefix row is within reach: then no extension matches.
                if let deadAt {
                    let prefix = Array(input[...deadAt])
                    let best = (0...query.count).map { TermExpansionTests.levenshtein(Array(query[0..<$0]), prefix) }.min()!
                    #expect(best > maxEdits, "seed \(seed) round \(round): dead too early")
                }
            }
        }
    }

    @Test func emptyAndExtremeQueries() throws {
        let docs: [(body: [String], metadata: [String])] = [(["a", "ab", "abc", "b", "😀", "æøå", "zzzz"], [])]
        let searcher = try TermExpansionTests.searcher([docs])
        let readers = searcher.segments.map(\.reader)
        func expand(_ q: String, _ k: Int) throws -> [String: Int] {
            let e = try TermExpansion.fuzzy(q, maxEdits: k, field: .body, segments: readers, limit: .max)
            return Dictionary(uniqueKeysWithValues: e.terms.map { ($0.term, $0.distance) })
        }
        #expect(try expand("", 1) == ["a": 1, "b": 1, "😀": 1])
        #expect(try expand("æøå", 0) == ["æøå": 0])
        #expect(try expand("øå", 1) == ["æøå": 1])
        #expect(try expand("😀a", 1) == ["😀": 1, "a": 1])
        #expect(try expand("abc", -1) == [:])
        #expect(try expand("abc", 1_000).count == 7)
    }
}
