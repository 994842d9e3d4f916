import TestRandomness
import IndexStorage
import InvertedIndex
import SearchCore
import Testing
import TextAnalysis

@testable import QueryEngine

/// Seeded grammar-aware fuzzing: every generated query either parses or throws
/// `QueryError(.syntax)` with a position inside the text; building and searching what parses
/// never crashes. The seed and the failing input are in every failure message.
struct QueryParserFuzzTests {
    static let pieces: [String] = [
        "kommune", "plan", "budsjett", "fellesnemnda", "Asker", "Indre Østfold", "og", "ikke", "eller", "i", "for",
        "OG", "ELLER", "IKKE", "AND", "OR", "NOT", "tittel:", "tekst:", "type:", "kommune:", "dato:", "år:", "aar:",
        "format:", "språk:", "forfattar:", "titel:", "xyz:", "2017", "2017-03-12", "12.03.2017", "2017-01-01..2017-06-30",
        "..2017", "2016..", "..", "§", "§ 5-1", "5-1", "*", "kommun*", "~", "~1", "~2", "~9", "fellesnemd~", "\"", "«", "»",
        "“", "”", "(", ")", "+", "-", ":", "https://asker.kommune.no/a?b=c", "10:30", "kl.", "e-post", "æøå", "ÆØÅ",
        "🙂", "e\u{301}", "\u{0}", "\t", "\n", "\r\n", "\\", "/", "'", "&&", "||", "!", "~~", "**", "::", "\"\"", "()",
        "ﬁ", "ß", "İ", "\u{200B}", "\u{FEFF}", String(repeating: "x", count: 300),
    ]
    static let scalars: [Character] = Array("abcæøå ()\"«»:~*+-.§0123456789ÅØ🙂\u{301}\t")

    static func generate(_ rng: inout SeededRandom) -> String {
        var out = ""
        let parts = Int(rng.next() % 12)
        for _ in 0..<parts {
            switch rng.next() % 10 {
            case 0, 1:
                for _ in 0..<(1 + rng.next() % 4) { out.append(scalars[Int(rng.next() % UInt64(scalars.count))]) }
            default:
                out += pieces[Int(rng.next() % UInt64(pieces.count))]
            }
            if rng.next() % 3 != 0 { out += " " }
        }
        if rng.next() % 200 == 0 { out = String(repeating: out.isEmpty ? "a " : out, count: 400) }
        return out
    }

    static func smallIndex() throws -> Searcher {
        let directory = InMemoryDirectory()
        let builder = SegmentBuilder()
        let analyzer = Analyzer.norwegian()
        let texts = ["Plan for kommunesammenslåing", "Budsjett for fellesnemnda i Asker", "Møte i fellesnemnda 12.03.2017 om § 5-1"]
        for (i, text) in texts.enumerated() {
            builder.beginDocument(DocumentID(Int64(i + 1)))
            for t in analyzer.analyze(text) { builder.addToken(t.term, position: t.position, field: .body) }
            builder.addToken(MetadataKey.date.term("2017-03-1\(i)"), position: 0, field: .metadata)
            builder.addToken(MetadataKey.kommune.term("Asker"), position: 1, field: .metadata)
            builder.endDocument()
        }
        try directory.writeFile("s.seg", builder.encode())
        return Searcher(segments: [SegmentView(reader: try SegmentReader(directory: directory, name: "s.seg"), deletions: nil)])
    }

    @Test func randomQueriesParseOrFailCleanly() throws {
        let seed: UInt64 = 0x5EED_0006
        var rng = SeededRandom(seed: seed)
        let searcher = try Self.smallIndex()
        var parsed = 0
        var failed = 0
        for i in 0..<20_000 {
            let input = Self.generate(&rng)
            let operatorChoice: QueryOperator = i % 2 == 0 ? .or : .and
            let builder = QueryBuilder(options: .init(defaultOperator: operatorChoice))
            let count = input.count
            let syntax: QuerySyntax
            do {
                syntax = try QueryParser(defaultOperator: operatorChoice).parse(input)
                parsed += 1
            } catch {
                failed += 1
                #expect(error.code == .syntax, "seed \(seed) case \(i): \(input.debugDescription)")
                let p = error.position ?? -1
                #expect(p >= 0 && p < max(1, count), "seed \(seed) case \(i): position \(p) of \(count) in \(input.debugDescription)")
                #expect(!error.message.isEmpty)
                continue
            }
            #expect(syntax.range.lowerBound >= 0 && syntax.range.upperBound <= count, "seed \(seed) case \(i)")
            do {
                let built = try builder.build(syntax)
                if i % 10 == 0 { _ = try searcher.search(built.query, limit: 5) }
            } catch {
                #expect(error.code == .syntax, "seed \(seed) case \(i): \(input.debugDescription): \(error)")
                let p = error.position ?? -1
                #expect(p >= 0 && p < max(1, count), "seed \(seed) case \(i): position \(p)")
            }
        }
        // The generator must exercise both outcomes substantially.
        #expect(parsed > 2_000 && failed > 2_000, "seed \(seed): parsed \(parsed), failed \(failed)")
    }
}
