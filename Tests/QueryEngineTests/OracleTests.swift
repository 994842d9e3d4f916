import TestRandomness
import Foundation
import IndexStorage
import InvertedIndex
import SearchCore
import Testing

@testable import QueryEngine

/// Block-max WAND, conjunctions and phrases must return exactly the oracle's top-k, across many
/// segments, after deletes and after merges (seeded; the seed is in every failure message).
struct OracleTests {
    static let vocabulary = (0..<40).map { "w\($0)" }

    /// Zipf-like pick: low indices are frequent, so common terms span several 128-doc blocks.
    static func word(_ rng: inout SeededRandom) -> String {
        let r = Double(rng.next() % 1_000_000) / 1_000_000
        return vocabulary[min(vocabulary.count - 1, Int(pow(r, 2.5) * Double(vocabulary.count)))]
    }

    struct Fixture {
        var directory = InMemoryDirectory()
        var segments: [(name: String, reader: SegmentReader, deletions: DeletionSet?, docs: [ReferenceSearch.Doc])] = []
        var oracle = ReferenceSearch(physical: [], deleted: [])
        var nextNumber = 1

        mutating func addSegment(_ docs: [ReferenceSearch.Doc]) throws {
            let builder = SegmentBuilder()
            for d in docs {
                builder.beginDocument(d.id)
                for (f, toks) in d.fields.enumerated() {
                    for (p, t) in toks.enumerated() { builder.addToken(t, position: UInt32(p), field: FieldID(rawValue: UInt8(f))!) }
                }
                builder.endDocument()
            }
            let name = "s\(nextNumber).seg"
            nextNumber += 1
            try directory.writeFile(name, builder.encode())
            segments.append((name, try SegmentReader(directory: directory, name: name), nil, docs))
            oracle.physical += docs
        }

        mutating func delete(_ id: DocumentID) {
            for i in segments.indices {
                if let local = segments[i].docs.firstIndex(where: { $0.id == id }) {
                    var set = segments[i].deletions ?? DeletionSet(documentCount: segments[i].docs.count)
                    set.insert(UInt32(local))
                    segments[i].deletions = set
                    oracle.deleted.insert(id)
                }
            }
        }

        mutating func merge(_ indices: [Int]) throws {
            let parts = indices.map { segments[$0] }
            let (bytes, _) = try SegmentMerger.merge(parts.map(\.reader), deletions: parts.map(\.deletions))
            let name = "s\(nextNumber).seg"
            nextNumber += 1
            try directory.writeFile(name, bytes)
            var docs: [ReferenceSearch.Doc] = []
            for p in parts {
                for (i, d) in p.docs.enumerated() where !(p.deletions?.contains(UInt32(i)) ?? false) { docs.append(d) }
            }
            let gone = Set(parts.flatMap { $0.docs.map(\.id) }).subtracting(docs.map(\.id))
            oracle.physical.removeAll { gone.contains($0.id) }
            oracle.deleted.subtract(gone)
            segments.removeAll { s in parts.contains { $0.name == s.name } }
            segments.append((name, try SegmentReader(directory: directory, name: name), nil, docs))
        }

        var searcher: Searcher {
            Searcher(segments: segments.map { SegmentView(reader: $0.reader, deletions: $0.deletions) })
        }
    }

    static func check(_ got: SearchResults, _ want: [ScoredDocument], _ context: String) {
        #expect(got.hits.count == want.count, "\(context): \(got.hits.count) hits, oracle \(want.count)")
        for (g, w) in zip(got.hits, want) {
            #expect(abs(g.score - w.score) <= 1e-9 * max(1, abs(w.score)), "\(context): score \(g.score) vs \(w.score)")
        }
        // Ids must agree except among docs whose scores tie with the last kept score.
        if let last = want.last?.score {
            let strictGot = Set(got.hits.filter { $0.score > last + 1e-9 * max(1, abs(last)) }.map(\.id))
            let strictWant = Set(want.filter { $0.score > last + 1e-9 * max(1, abs(last)) }.map(\.id))
            #expect(strictGot == strictWant, "\(context): different docs above the cut")
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func engineMatchesOracle(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        var fx = Fixture()
        var nextID: Int64 = 1
        func randomDoc() -> ReferenceSearch.Doc {
            defer { nextID += 1 }
            let titleLength = Int(rng.next() % 4)
            let bodyLength = Int(rng.next() % 60) + 1
            return ReferenceSearch.Doc(
                id: DocumentID(nextID),
                fields: [(0..<titleLength).map { _ in Self.word(&rng) }, (0..<bodyLength).map { _ in Self.word(&rng) }])
        }
        for _ in 0..<8 {
            let size = Int(rng.next() % 150) + 1
            try fx.addSegment((0..<size).map { _ in randomDoc() })
        }
        func runQueries(_ phase: String) throws {
            let searcher = fx.searcher
            for q in 0..<40 {
                let count = Int(rng.next() % 3) + 1
                let terms = (0..<count).map { _ in Self.word(&rng) }
                let k = [1, 3, 10, 50][Int(rng.next() % 4)]
                let ctx = "seed \(seed) \(phase) q\(q) \(terms) k=\(k)"
                let or = Query.or(terms.map { .term($0, fields: Query.allFields) })
                for counting in [HitCounting.exact, .atLeast(0), .atLeast(20)] {
                    Self.check(try searcher.search(or, limit: k, counting: counting), fx.oracle.search(terms, mode: .or, k: k), ctx + " OR \(counting)")
                }
                let and = Query.and(terms.map { .term($0, fields: Query.allFields) })
                let andResult = try searcher.search(and, limit: k, counting: .exact)
                Self.check(andResult, fx.oracle.search(terms, mode: .and, k: k), ctx + " AND")
                let phrase = Query.phrase(terms.enumerated().map { .init($1, offset: UInt32($0)) }, slop: 0, fields: Query.allFields)
                Self.check(try searcher.search(phrase, limit: k), fx.oracle.search(terms, mode: .phrase, k: k), ctx + " PHRASE")
                // Paging: page 2 is the oracle's ranks k..<2k.
                let page2 = try searcher.search(or, limit: k, offset: k, counting: .exact)
                let want = Array(fx.oracle.search(terms, mode: .or, k: 2 * k).dropFirst(k))
                Self.check(page2, want, ctx + " OR page 2")
            }
        }
        try runQueries("fresh")
        for _ in 0..<60 { fx.delete(DocumentID(Int64(rng.next() % UInt64(nextID - 1)) + 1)) }
        try runQueries("after deletes")
        try fx.merge([0, 1, 2])
        try runQueries("after partial merge")
        try fx.merge(Array(fx.segments.indices))
        #expect(fx.segments.count == 1)
        try runQueries("after full merge")
    }
}
