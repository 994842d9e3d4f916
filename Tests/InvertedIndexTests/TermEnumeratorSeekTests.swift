import TestRandomness
import IndexStorage
import SearchCore
import Testing

@testable import InvertedIndex

/// `TermEnumerator.advance(to:)` against a sorted array of the same terms as the oracle, over
/// dictionaries of many blocks and with neighbouring fields on both sides.
struct TermEnumeratorSeekTests {
    /// A random term of 0–12 bytes from a small alphabet (long shared prefixes, exact hits),
    /// sometimes with a multi-byte letter.
    static func randomTerm(_ rng: inout SeededRandom) -> [UInt8] {
        let letters: [String] = ["a", "b", "k", "o", "æ", "ø", "é", "漢"]
        let n = Int(rng.next() % 13)
        return Array((0..<n).map { _ in letters[Int(rng.next() % UInt64(letters.count))] }.joined().utf8)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func advanceAgreesWithSortedTerms(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let builder = SegmentBuilder()
        var fields: [FieldID: Set<[UInt8]>] = [:]
        let termCount = [3, 40, 700, 3000][Int(seed - 1)]
        for d in 0..<max(1, termCount / 10) {
            builder.beginDocument(DocumentID(Int64(d) + 1))
            for p in 0..<10 {
                for field in FieldID.allCases {
                    let term = Self.randomTerm(&rng)
                    guard !term.isEmpty else { continue }
                    builder.addToken(String(decoding: term, as: UTF8.self), position: UInt32(p), field: field)
                    fields[field, default: []].insert(term)
                }
            }
            builder.endDocument()
        }
        let directory = InMemoryDirectory()
        try directory.writeFile("s.seg", SegmentWriter.encode(builder))
        let reader = try SegmentReader(directory: directory, name: "s.seg")
        for field in FieldID.allCases {
            let sorted = (fields[field] ?? []).sorted { $0.lexicographicallyPrecedes($1) }
            // Plain enumeration first.
            var all = reader.termEnumerator(field)
            var listed: [[UInt8]] = []
            while all.next() { listed.append(all.withCurrentTerm { Array($0) }) }
            #expect(listed == sorted, "seed \(seed) field \(field)")
            // Random walks mixing next() and advance(to:), some targets behind the cursor.
            for _ in 0..<20 {
                var e = reader.termEnumerator(field)
                var index = -1  // oracle position; -1 before the first term
                for _ in 0..<60 {
                    if rng.next() % 3 == 0 {
                        let more = e.next()
                        index += 1
                        #expect(more == (index < sorted.count), "seed \(seed)")
                        if !more { break }
                    } else {
                        let target = Self.randomTerm(&rng)
                        let more = e.advance(to: target)
                        // First term ≥ target, and strictly after the current one.
                        let atLeast = sorted.firstIndex { !$0.lexicographicallyPrecedes(target) } ?? sorted.count
                        index = max(atLeast, index + 1)
                        #expect(more == (index < sorted.count), "seed \(seed) target \(target)")
                        if !more { break }
                    }
                    let current = e.withCurrentTerm { Array($0) }
                    #expect(current == sorted[index], "seed \(seed): at \(index)")
                    #expect(e.documentFrequency >= 1)
                }
                try e.checkIntegrity()
            }
        }
    }

    @Test func advanceOnAnEmptyFieldEnds() throws {
        let builder = SegmentBuilder()
        builder.beginDocument(DocumentID(1))
        builder.addToken("kommune", position: 0, field: .body)
        builder.endDocument()
        let directory = InMemoryDirectory()
        try directory.writeFile("s.seg", SegmentWriter.encode(builder))
        let reader = try SegmentReader(directory: directory, name: "s.seg")
        var title = reader.termEnumerator(.title)
        let titleHasTerms = title.advance(to: [])
        #expect(!titleHasTerms)
        var body = reader.termEnumerator(.body)
        let found = body.advance(to: Array("k".utf8))
        #expect(found)
        #expect(body.withCurrentTerm { Array($0) } == Array("kommune".utf8))
        let beyond = body.advance(to: Array("kommune".utf8))
        #expect(!beyond)
    }
}
