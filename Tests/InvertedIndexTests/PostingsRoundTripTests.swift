import TestRandomness
import IndexStorage
import SearchCore
import Testing

@testable import InvertedIndex

/// Writes postings of every interesting length through a real segment and reads them back.
struct PostingsRoundTripTests {
    /// Lengths around the 128-doc block boundary (tantivy's positions tests use the same idea).
    static let lengths = [1, 2, 127, 128, 129, 255, 256, 257, 1000]

    @Test(arguments: lengths)
    func roundTripAtBlockBoundaries(docFreq: Int) throws {
        var rng = SeededRandom(seed: UInt64(docFreq) &* 7919)
        let builder = SegmentBuilder()
        let totalDocs = docFreq * 2 + 3
        var expected: [UInt32: [UInt32]] = [:]  // doc → positions of "x"
        for d in 0..<totalDocs {
            builder.beginDocument(DocumentID(Int64(d) + 100))
            var pos: UInt32 = 0
            let hasX = expected.count < docFreq && (d % 2 == 0 || totalDocs - d <= docFreq - expected.count)
            let n = Int(rng.next() % 5) + 1
            for _ in 0..<n {
                if hasX {
                    expected[UInt32(d), default: []].append(pos)
                    builder.addToken("x", position: pos, field: .body)
                } else {
                    builder.addToken("y", position: pos, field: .body)
                }
                pos += UInt32(rng.next() % 300) + 1
            }
            builder.addToken("t\(d % 3)", position: 0, field: .title)
            builder.endDocument()
        }
        #expect(expected.count == docFreq, "seed \(docFreq)")
        let dir = InMemoryDirectory()
        try dir.writeFile("s1.seg", SegmentWriter.encode(builder))
        let reader = try SegmentReader(directory: dir, name: "s1.seg")
        #expect(reader.documentCount == totalDocs)
        #expect(reader.documentID(2) == DocumentID(102))
        let it = try #require(try reader.postings(.body, "x"))
        #expect(it.docFreq == docFreq)
        var seen = 0
        var positions: [UInt32] = []
        while it.doc != PostingsIterator.exhausted {
            let want = try #require(expected[it.doc])
            #expect(Int(it.freq) == want.count)
            it.positions(into: &positions)
            #expect(positions == want, "doc \(it.doc)")
            #expect(reader.fieldLength(.body, it.doc) == UInt32(want.count))
            seen += 1
            it.next()
        }
        #expect(seen == docFreq)
        #expect(!it.isCorrupted)
        #expect(try reader.postings(.title, "x") == nil)
        #expect(try reader.documentFrequency(.title, "t1") == (totalDocs + 1) / 3)
    }

    @Test(arguments: lengths)
    func advanceFindsEveryTarget(docFreq: Int) throws {
        let builder = SegmentBuilder()
        // Docs 0, 3, 6, … contain "z".
        for d in 0..<(docFreq * 3) {
            builder.beginDocument(DocumentID(Int64(d)))
            builder.addToken(d % 3 == 0 ? "z" : "w", position: 0, field: .body)
            builder.endDocument()
        }
        let dir = InMemoryDirectory()
        try dir.writeFile("s1.seg", SegmentWriter.encode(builder))
        let reader = try SegmentReader(directory: dir, name: "s1.seg")
        for step in [1, 2, 5, 130, 400] {
            let it = try #require(try reader.postings(.body, "z"))
            var target: UInt32 = 0
            while true {
                let got = it.advance(to: target)
                let want: UInt32 = target.isMultiple(of: 3) ? target : (target / 3 + 1) * 3
                if Int(want) >= docFreq * 3 {
                    #expect(got == PostingsIterator.exhausted)
                    break
                }
                #expect(got == want, "step \(step) target \(target)")
                target = got + UInt32(step)
            }
        }
    }

    @Test func termPrefixesAndDictionaryBlocks() throws {
        let builder = SegmentBuilder()
        let words = (0..<500).map { "kommun\(String($0, radix: 7))" } + ["kommune", "kommunal", "fylke", "æøå", "å"]
        builder.beginDocument(DocumentID(1))
        for (i, w) in words.enumerated() { builder.addToken(w, position: UInt32(i), field: .body) }
        builder.endDocument()
        let dir = InMemoryDirectory()
        try dir.writeFile("s1.seg", SegmentWriter.encode(builder))
        let reader = try SegmentReader(directory: dir, name: "s1.seg")
        for w in words { #expect(try reader.documentFrequency(.body, w) == 1, "\(w)") }
        #expect(try reader.documentFrequency(.body, "kommu") == 0)
        #expect(try reader.documentFrequency(.body, "zzz") == 0)
        #expect(try reader.documentFrequency(.body, "") == 0)
        let prefixed = try reader.terms(.body, prefix: "kommun", limit: 10_000)
        #expect(prefixed.count == 502)
        #expect(prefixed.map(\.term) == prefixed.map(\.term).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(try reader.terms(.body, prefix: "kommun", limit: 10).count == 10)
        #expect(try reader.terms(.body, prefix: "æ", limit: 10).map(\.term) == ["æøå"])
    }
}
