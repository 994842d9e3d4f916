import TestRandomness
import IndexStorage
import InvertedIndex
import SearchCore
import Testing
import TextAnalysis

@testable import QueryEngine

/// Expansion of prefix, fuzzy and range queries against small in-memory segments, with a
/// brute-force Levenshtein oracle for fuzzy matching.
struct TermExpansionTests {
    /// Builds one segment per entry of `segments`; each doc is a list of body terms, plus
    /// optional metadata terms.
    static func searcher(_ segments: [[(body: [String], metadata: [String])]]) throws -> Searcher {
        let directory = InMemoryDirectory()
        var views: [SegmentView] = []
        var id: Int64 = 1
        for (i, docs) in segments.enumerated() {
            let builder = SegmentBuilder()
            for d in docs {
                builder.beginDocument(DocumentID(id))
                id += 1
                for (p, t) in d.body.enumerated() { builder.addToken(t, position: UInt32(p), field: .body) }
                for (p, t) in d.metadata.enumerated() { builder.addToken(t, position: UInt32(p), field: .metadata) }
                builder.endDocument()
            }
            try directory.writeFile("s\(i).seg", builder.encode())
            views.append(SegmentView(reader: try SegmentReader(directory: directory, name: "s\(i).seg"), deletions: nil))
        }
        return Searcher(segments: views)
    }

    static func levenshtein(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var diagonal = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let up = row[j]
                row[j] = min(up + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = up
            }
        }
        return row[b.count]
    }

    static let alphabet: [Character] = Array("abeknoæøå")

    /// A word of 1–8 letters from the first `letters` of `alphabet` (few letters: long shared
    /// prefixes, so the walk's pruning and seeking are exercised).
    static func randomWord(_ rng: inout SeededRandom, letters: Int = alphabet.count) -> String {
        String((0..<(1 + Int(rng.next() % 8))).map { _ in alphabet[Int(rng.next() % UInt64(letters))] })
    }

    @Test func fuzzyEqualsBruteForceLevenshtein() throws {
        let seed: UInt64 = 0xF022_0001
        var rng = SeededRandom(seed: seed)
        for round in 0..<20 {
            let letters = round % 2 == 0 ? 3 : Self.alphabet.count
            var segments: [[(body: [String], metadata: [String])]] = []
            var dictionary = Set<String>()
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                var docs: [(body: [String], metadata: [String])] = []
                for _ in 0..<30 {
                    let words = (0..<10).map { _ in Self.randomWord(&rng, letters: letters) }
                    dictionary.formUnion(words)
                    docs.append((words, []))
                }
                segments.append(docs)
            }
            let searcher = try Self.searcher(segments)
            let readers = searcher.segments.map(\.reader)
            for _ in 0..<25 {
                let query = rng.next() % 3 == 0 ? dictionary.randomElement(using: &rng)! : Self.randomWord(&rng, letters: letters)
                let maxEdits = Int(rng.next() % 3)
                let q = query.unicodeScalars.map(\.value)
                var want: [String: Int] = [:]
                for term in dictionary {
                    let d = Self.levenshtein(q, term.unicodeScalars.map(\.value))
                    if d <= maxEdits { want[term] = d }
                }
                let got = try TermExpansion.fuzzy(query, maxEdits: maxEdits, field: .body, segments: readers, limit: .max)
                let gotMap = Dictionary(uniqueKeysWithValues: got.terms.map { ($0.term, $0.distance) })
                #expect(gotMap == want, "seed \(seed) round \(round): \(query)~\(maxEdits)")
                #expect(!got.truncated)
                // Closest first.
                #expect(got.terms.map(\.distance) == got.terms.map(\.distance).sorted(), "seed \(seed)")
            }
        }
    }

    @Test func fuzzyWalkPrunesTheDictionary() throws {
        // Compound-like words from syllables: many terms share prefixes, as in Norwegian.
        let syllables = ["kom", "mune", "plan", "bud", "sjett", "fel", "les", "nemnd", "sty", "re", "møt", "sak", "an", "er", "et", "ing"]
        var rng = SeededRandom(seed: 42)
        var docs: [(body: [String], metadata: [String])] = []
        var all = Set<String>()
        for _ in 0..<400 {
            let words = (0..<25).map { _ in (0..<(2 + Int(rng.next() % 3))).map { _ in syllables[Int(rng.next() % 16)] }.joined() }
            all.formUnion(words)
            docs.append((words, []))
        }
        let searcher = try Self.searcher([docs])
        let readers = searcher.segments.map(\.reader)
        let e = try TermExpansion.fuzzy("kommune", maxEdits: 1, field: .body, segments: readers, limit: .max)
        // A full scan reads every term; the pruned walk with seeks reads a small fraction.
        #expect(e.visitedTerms * 4 < all.count, "visited \(e.visitedTerms) of \(all.count)")
        print("fuzzy walk visited \(e.visitedTerms) of \(all.count) terms")
        #expect(e.terms.contains { $0.term == "kommune" } == all.contains("kommune"))
    }

    @Test func fuzzyPrefersCloseThenFrequent() throws {
        let docs: [(body: [String], metadata: [String])] =
            Array(repeating: (["fellesnemnd"], []), count: 3) + [(["fellesnemd"], []), (["fellesnevnd"], []), (["fellesnemnda"], [])]
        let searcher = try Self.searcher([docs])
        let e = try TermExpansion.fuzzy("fellesnemd", maxEdits: 2, field: .body, segments: searcher.segments.map(\.reader), limit: 2)
        #expect(e.terms.map(\.term) == ["fellesnemd", "fellesnemnd"])
        #expect(e.truncated)
    }

    @Test func prefixKeepsTheMostFrequentAcrossSegments() throws {
        // "kommunen" is frequent only when both segments are counted.
        let s1: [(body: [String], metadata: [String])] = [(["kommune"], []), (["kommune"], []), (["kommunen"], [])]
        let s2: [(body: [String], metadata: [String])] = [(["kommunen"], []), (["kommunen"], []), (["kommunal"], []), (["komité"], [])]
        let searcher = try Self.searcher([s1, s2])
        let readers = searcher.segments.map(\.reader)
        let e = try TermExpansion.prefix("kommun", field: .body, segments: readers, limit: 2)
        #expect(e.terms.map(\.term) == ["kommunen", "kommune"])
        #expect(e.terms.map(\.documentFrequency) == [3, 2])
        #expect(e.truncated)
        let all = try TermExpansion.prefix("kommun", field: .body, segments: readers, limit: 64)
        #expect(Set(all.terms.map(\.term)) == ["kommune", "kommunen", "kommunal"])
        #expect(!all.truncated)
        // One letter: bounded by the limit, never more.
        let one = try TermExpansion.prefix("k", field: .body, segments: readers, limit: 3)
        #expect(one.terms.count == 3 && one.truncated)
    }

    @Test func rangeIsInclusiveAndStaysInsideItsKey() throws {
        let dates = ["2016-12-31", "2017-01-01", "2017-03-12", "2017-06-30", "2017-07-01"]
        let docs = dates.map { (body: ["x"], metadata: [MetadataKey.date.term($0), MetadataKey.format.term("pdf")]) }
        let searcher = try Self.searcher([docs])
        let readers = searcher.segments.map(\.reader)
        let e = try TermExpansion.range(
            field: .metadata, lower: "dato=2017-01-01", upper: "dato=2017-06-30", segments: readers, limit: 1024)
        #expect(Set(e.terms.map(\.term)) == ["dato=2017-01-01", "dato=2017-03-12", "dato=2017-06-30"])
        let open = try TermExpansion.range(field: .metadata, lower: "dato=", upper: "dato=9999-12-31", segments: readers, limit: 1024)
        #expect(open.terms.count == 5)
    }

    // MARK: End to end through Searcher

    static func analyzedSearcher(_ segments: [[(text: String, metadata: [String])]]) throws -> Searcher {
        let analyzer = Analyzer.norwegian()
        return try searcher(segments.map { docs in docs.map { (analyzer.analyze($0.text).map(\.term), $0.metadata) } })
    }

    static func ids(_ r: SearchResults) -> [Int64] { r.hits.map(\.id.rawValue).sorted() }

    @Test func searchesPrefixFuzzyAndDateRanges() throws {
        let docs: [(text: String, metadata: [String])] = [
            ("Møte i fellesnemnda", [MetadataKey.date.term("2017-03-12"), MetadataKey.year.term("2017")]),
            ("Kommunestyret vedtok budsjettet", [MetadataKey.date.term("2017-09-01"), MetadataKey.year.term("2017")]),
            ("Kommunen har ny plan", [MetadataKey.date.term("2016-05-05"), MetadataKey.year.term("2016")]),
        ]
        let searcher = try Self.analyzedSearcher([docs])
        let builder = QueryBuilder()
        func run(_ text: String) throws -> SearchResults { try searcher.search(try builder.build(text).query, limit: 10) }
        #expect(Self.ids(try run("kommun*")) == [2, 3])
        #expect(Self.ids(try run("fellesnemd~")) == [1])
        #expect(Self.ids(try run("dato:2017-01-01..2017-06-30")) == [1])
        #expect(Self.ids(try run("dato:2017")) == [1, 2])
        #expect(Self.ids(try run("dato:..2016-12-31")) == [3])
        #expect(Self.ids(try run("år:2016..2017")) == [1, 2, 3])
        #expect(Self.ids(try run("kommun* dato:2017")) == [2])
        #expect(Self.ids(try run("kommun* -dato:2017")) == [3])
        // Filters do not score: the same word with and without a filter scores the same.
        let plain = try run("kommunestyret")
        let filtered = try run("kommunestyret år:2017")
        #expect(plain.hits.first?.score == filtered.hits.first?.score)
        let onlyFilter = try run("år:2017")
        #expect(onlyFilter.hits.allSatisfy { $0.score == 0 })
    }

    @Test func truncationIsReportedInSearchNotes() throws {
        let words = (0..<(TermExpansion.maximumPrefixExpansions + 10)).map { "kommune\($0)" }
        let docs: [(body: [String], metadata: [String])] = words.map { ([$0], []) }
        let searcher = try Self.searcher([docs])
        let results = try searcher.search(.prefix("kommune", fields: [.body]), limit: 5)
        #expect(results.notes.count == 1)
        #expect(results.notes.first?.contains("bare de \(TermExpansion.maximumPrefixExpansions) vanligste") == true)
        #expect(results.totalHits == TermExpansion.maximumPrefixExpansions)
        let exact = try searcher.search(.prefix("kommune1", fields: [.body]), limit: 5)
        #expect(exact.notes.isEmpty)
    }

    @Test func expansionScoresDoNotDependOnSegmentation() throws {
        let docs: [(body: [String], metadata: [String])] = [
            (["kommune", "plan"], []), (["kommunen"], []), (["kommunal", "kommune"], []), (["kommunestyr"], []),
            (["komune"], []), (["kommune", "kommune"], []),
        ]
        let one = try Self.searcher([docs])
        let split = try Self.searcher([Array(docs[0..<2]), Array(docs[2..<4]), Array(docs[4...])])
        for q in [Query.prefix("kommun", fields: [.body]), .fuzzy("kommune", maxEdits: 2, fields: [.body])] {
            let a = try one.search(q, limit: 10).hits
            let b = try split.search(q, limit: 10).hits
            #expect(a.map(\.id) == b.map(\.id))
            for (x, y) in zip(a, b) { #expect(abs(x.score - y.score) < 1e-12) }
        }
    }

    @Test func blendedScoringKeepsRareExpansionsFromDominating() throws {
        // "kommunx" occurs once (high idf on its own); "kommune" is common. With a shared idf, a
        // doc with one "kommune" scores like a doc with one "kommunx" of the same length.
        var docs: [(body: [String], metadata: [String])] = [(["kommunx", "a"], []), (["kommune", "a"], [])]
        for _ in 0..<20 { docs.append((["kommune", "b"], [])) }
        let searcher = try Self.searcher([docs])
        let hits = try searcher.search(.prefix("kommun", fields: [.body]), limit: 30).hits
        let rare = hits.first { $0.id == DocumentID(1) }!.score
        let common = hits.first { $0.id == DocumentID(2) }!.score
        #expect(abs(rare - common) < 1e-12)
        // Fuzzy: the exact term outranks a one-edit neighbour at equal tf and length.
        let fuzzyHits = try searcher.search(.fuzzy("kommune", maxEdits: 1, fields: [.body]), limit: 30).hits
        let exact = fuzzyHits.first { $0.id == DocumentID(2) }!.score
        let neighbour = fuzzyHits.first { $0.id == DocumentID(1) }!.score
        #expect(exact > neighbour)
    }
}

extension TermExpansionTests {
    @Test func queryWideBudgetBoundsManyExpansions() throws {
        let words = (0..<100).map { "ord\($0)" }
        let docs: [(body: [String], metadata: [String])] = words.map { ([$0], []) }
        let searcher = try Self.searcher([docs])
        // 40 prefix clauses × 2 fields × up to 64 terms would exceed the query's budget.
        let clauses = (0..<40).map { _ in Query.prefix("ord", fields: Query.allFields) }
        let results = try searcher.search(.or(clauses), limit: 5)
        #expect(results.notes.contains { $0.contains("\(QueryLimits.standard.maximumExpandedTerms) ord") })
        #expect(results.totalHits == TermExpansion.maximumPrefixExpansions)
        let plan = try QueryPlan(query: .or(clauses), searcher: searcher)
        func count(_ n: QueryPlan.Node) -> Int {
            switch n {
            case .term(let parts): parts.count
            case .boolean(let m, let s, let x, let f): (m + s + x + f).map(count).reduce(0, +)
            default: 0
            }
        }
        #expect(count(plan.root) <= QueryLimits.standard.maximumExpandedTerms)
    }
}
