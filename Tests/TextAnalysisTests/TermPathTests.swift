import Foundation
import SearchCore
import TestRandomness
import Testing
import TextAnalysis

/// The indexer's byte path (``Analyzer/forEachTerm(in:_:)``) emits exactly the (term, position)
/// sequence of the String path (``Analyzer/forEachToken(in:_:)``, and ``Analyzer/analyzeDetailed(_:)``
/// without its stop words) and of the memoised surface-key path (``Analyzer/forEachSurfaceKey(in:_:)``
/// with ``Analyzer/withIndexedTerm(forSurfaceKey:_:)`` once per key), on the corpus and on seeded
/// random text.
struct TermPathTests {
    /// A term as the comparison sees it: UTF-8 bytes and position.
    struct Term: Equatable, CustomStringConvertible {
        let bytes: [UInt8]
        let position: UInt32
        var description: String { "\(String(decoding: bytes, as: UTF8.self).debugDescription)@\(position)" }
    }

    /// Configurations covering every filter switched on and off, and each folding mode.
    static let configurations: [NorwegianAnalyzerConfiguration] = [
        .init(),
        .init(stopWords: .none, stemming: false, nynorsk: false, folding: .none),
        .init(stopWords: .custom(["x", "Og", "kommunen"]), stemming: true, nynorsk: true, folding: .diacritics),
        .init(stopWords: .norwegian, stemming: false, nynorsk: true, folding: .scandinavian),
    ]

    static func viaBytes(_ analyzer: Analyzer, _ text: String) -> [Term] {
        var terms: [Term] = []
        analyzer.forEachTerm(in: text) { bytes, position in terms.append(Term(bytes: Array(bytes), position: position)) }
        return terms
    }

    /// The memoising indexer's path: surface keys, each resolved once (the memo is the
    /// builder's job; here a dictionary) and reused for every later token with that key.
    static func viaSurfaceKeys(_ analyzer: Analyzer, _ text: String) -> [Term] {
        var memo: [[UInt8]: [UInt8]?] = [:]
        var terms: [Term] = []
        analyzer.forEachSurfaceKey(in: text) { key, position in
            let keyBytes = Array(key)
            let resolved: [UInt8]?
            if let known = memo[keyBytes] {
                resolved = known
            } else {
                var fresh: [UInt8]?
                analyzer.withIndexedTerm(forSurfaceKey: key) { fresh = $0.map { Array($0) } }
                memo[keyBytes] = .some(fresh)
                resolved = fresh
            }
            if let resolved { terms.append(Term(bytes: resolved, position: position)) }
        }
        return terms
    }

    static func viaTokens(_ analyzer: Analyzer, _ text: String) -> [Term] {
        var terms: [Term] = []
        analyzer.forEachToken(in: text) { terms.append(Term(bytes: Array($0.term.utf8), position: $0.position)) }
        return terms
    }

    static func viaDetailed(_ analyzer: Analyzer, _ text: String) -> [Term] {
        analyzer.analyzeDetailed(text).filter { !$0.isStopWord }.map { Term(bytes: Array($0.token.term.utf8), position: $0.token.position) }
    }

    /// Nil when both paths agree, otherwise where they part.
    static func difference(_ text: String, _ analyzer: Analyzer) -> String? {
        let bytes = viaBytes(analyzer, text)
        let others = [
            ("forEachToken", viaTokens(analyzer, text)), ("analyzeDetailed", viaDetailed(analyzer, text)),
            ("forEachSurfaceKey", viaSurfaceKeys(analyzer, text)),
        ]
        for (name, strings) in others where bytes != strings {
            let common = min(bytes.count, strings.count)
            let index = (0..<common).first { bytes[$0] != strings[$0] } ?? common
            return "forEachTerm gives \(bytes.count) terms, \(name) \(strings.count); first difference at \(index): "
                + "\(bytes.dropFirst(index).first?.description ?? "end") vs \(strings.dropFirst(index).first?.description ?? "end")"
        }
        return nil
    }

    /// The plain-text documents of `Corpus/documents` (this file is Tests/TextAnalysisTests/…).
    static func corpusTexts() throws -> [(path: String, text: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/documents").path
        let paths = (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        return try paths.map { path in
            // Some fixtures are deliberately not UTF-8 (extraction tests); read them repaired.
            (path, String(decoding: try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)), as: UTF8.self))
        }
    }

    /// The number of `.txt` and `.md` files in `Corpus/documents`: an emptied or moved corpus fails.
    static let corpusTextFiles = 30

    @Test func corpusDocumentsGiveTheSameTerms() throws {
        let texts = try Self.corpusTexts()
        #expect(texts.count >= Self.corpusTextFiles)
        for configuration in Self.configurations {
            let analyzer = Analyzer.norwegian(configuration)
            for (path, text) in texts {
                let difference = Self.difference(text, analyzer)
                #expect(difference == nil, "\(path) with \(configuration): \(difference ?? "")")
            }
        }
    }

    /// Pieces that reach every rule: æøå, `aa`, hyphens, `§`, dates, case numbers, URLs,
    /// e-mail addresses, digits, combining marks, Nynorsk spellings, words longer than the
    /// 255-byte term limit, and words that the Nynorsk rules lengthen past it (`samans` → `sammens`).
    static let pieces: [String] = [
        "kommunen", "Fellesnemnda", "ÆØÅ", "æøå", "blåbærsyltetøy", "aa", "Aasen", "paa", "Braathen", "AAA", "-", "-",
        "\u{2010}", "–", "\u{AD}", "Nord-Norge", "e-post", "kommune-sammenslåing", "§", "§§", "§ 5-1", "§§ 12 og 13", "§12a",
        "12. mars 2017", "12.03.2017", "2017-03-12", "31.02.2017", "2017-2020", "PS 12/17", "PS12/17", "ps. 3/18", "12/17",
        "https://www.kommune.no/sak?id=12&x=æ", "www.asker.kommune.no/", "(http://x.no)", "post@kinn.kommune.no",
        "ola.nordmann@sandefjord.kommune.no", "0", "42", "3,5", "1.000", "1.000.000", "5-1", "e\u{301}", "a\u{30A}", "o\u{308}",
        "A\u{308}", "idé", "f.eks.", "bl.a.", "t.o.m.", "ikkje", "eg", "verksemdene", "samanslåing", "tenestene", "kyrkjegard",
        "openheita", "heit", "skuler", "og", "i", "på", "\u{FB01}", "İ", "ß", "Ω", "日本", "🙂", ".", ",", "/", ":", "@", "(",
        ")", "«", "»", "\u{A0}", "\u{202F}", "\n", "\t", " ",
        String(repeating: "a", count: 256), String(repeating: "æ", count: 128), String(repeating: "samans", count: 42),
        String(repeating: "tenest", count: 42), String(repeating: "aa", count: 127) + "s", String(repeating: "heit", count: 63),
    ]

    static func randomText(_ random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...30, using: &random) {
            if Int.random(in: 0..<5, using: &random) == 0 {
                // Any scalar of the first planes: letters of other scripts, marks, controls.
                if let scalar = Unicode.Scalar(UInt32.random(in: 0...0x3000, using: &random)) {
                    text.unicodeScalars.append(scalar)
                }
            } else {
                text += pieces.randomElement(using: &random)!
            }
            if Int.random(in: 0..<3, using: &random) == 0 {
                text += " "
            }
        }
        return text
    }

    @Test(arguments: 0..<4)
    func randomTextGivesTheSameTerms(configurationIndex: Int) {
        let seed = UInt64(0x7E2A_0000 + configurationIndex)
        var random = SeededRandom(seed: seed)
        let analyzer = Analyzer.norwegian(Self.configurations[configurationIndex])
        for iteration in 0..<2000 {
            let text = Self.randomText(&random)
            let difference = Self.difference(text, analyzer)
            #expect(difference == nil, "seed \(seed) iteration \(iteration) text \(text.debugDescription): \(difference ?? "")")
            if difference != nil {
                return
            }
        }
    }

    /// A Nynorsk rewrite may lengthen a term past the tokenizer's limit; both paths keep it whole.
    @Test func rewritesLongerThanTheTermLimitAreKept() {
        let word = String(repeating: "samans", count: 42)  // 252 bytes, rewritten to 294
        let terms = Self.viaBytes(.tokenizerOnlyWithNynorsk, word)
        #expect(terms.map(\.bytes) == [Array(String(repeating: "sammens", count: 42).utf8)])
        #expect(Self.difference(word, .standard) == nil)
    }
}

/// Surface keys are opaque but must tell kinds apart and reject what is not a key.
struct SurfaceKeyTests {
    /// Every kind but a word has its own key byte, and a word's key is its term, so two tokens
    /// of different kinds never share a memo entry, even with the same normalised bytes.
    @Test func everyKindHasItsOwnKeyLayout() {
        var seen: [UInt8: [UInt8]] = [:]
        var words: [String] = []
        Analyzer.standard.forEachSurfaceKey(in: "ord 12 f.eks 12.03.2017 § 5-1 PS 12/17 https://x.no a@b.no e6 kommuneloven") { key, _ in
            if key.last! < 0x20 {
                seen[key.last!] = Array(key.dropLast())
            } else {
                words.append(String(decoding: key, as: UTF8.self))
            }
        }
        #expect(seen.count == TokenKind.allCases.count - 1, "\(seen)")
        #expect(words == ["ord", "ps", "e6", "kommuneloven"])
        var number: [[UInt8]] = []
        Analyzer.standard.forEachSurfaceKey(in: "12") { key, _ in number.append(Array(key)) }
        #expect(number == [Array("12".utf8) + [1]], "a number's key is its term and the number's code")
    }

    @Test func bytesThatAreNotAKeyResolveToNothing() {
        var results: [[UInt8]?] = []
        for bad in [[UInt8](), [0x01], [0x00], Array("ord".utf8) + [0x1F]] {
            bad.withUnsafeBytes { key in Analyzer.standard.withIndexedTerm(forSurfaceKey: key) { results.append($0.map { Array($0) }) } }
        }
        #expect(results == [nil, nil, nil, nil])
    }

    @Test func stopWordsResolveToNothingAndWordsToTheirStem() {
        var resolved: [String?] = []
        Analyzer.standard.forEachSurfaceKey(in: "og kommunene") { key, _ in
            Analyzer.standard.withIndexedTerm(forSurfaceKey: key) { resolved.append($0.map { String(decoding: $0, as: UTF8.self) }) }
        }
        #expect(resolved == [nil, "kommun"])
    }
}

extension Analyzer {
    /// The Nynorsk mapping alone, so its rewrites are seen unstemmed.
    static let tokenizerOnlyWithNynorsk = Analyzer.norwegian(.init(stopWords: .none, stemming: false, nynorsk: true))
}
