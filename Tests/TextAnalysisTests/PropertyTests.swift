import TestRandomness
import SearchCore
import Testing
import TextAnalysis

/// Seeded random input: never crashes, byte ranges are valid slices of the text, positions never
/// go down, and a token's slice analysed alone reads the same.
struct PropertyTests {
    /// Pieces chosen to reach every path of the tokenizer, mixed with random scalars.
    static let pieces: [String] = [
        "kommunen", "Fellesnemnda", "ÆØÅ", "æøå", "aa", "Aasen", "idé", "e\u{301}", "a\u{30A}", "\u{AD}", "\u{A0}",
        "\u{2010}", "\u{2011}", "–", "-", ".", ",", "/", ":", "@", "§", "§§", " ", "\n", "12", "2017", "03", "mars",
        "des.", "PS", "ps", "og", "f.eks.", "bl.a", "http://", "https://x.no/", "www.", "no", "ola.n", "(", ")",
        "«", "»", "\u{FB01}", "ǅ", "İ", "ß", "日本", "🙂", "👩‍👩‍👧", "\u{0}", "\t", "1.000", "3,5", "5-1", "12/17",
        "ikkje", "saman", "heita", "x", "Ω", "١٢", "\u{200B}", "\u{FEFF}",
    ]

    static func randomText(_ random: inout SeededRandom) -> String {
        var text = ""
        let count = Int.random(in: 0...40, using: &random)
        for _ in 0..<count {
            if Int.random(in: 0..<4, using: &random) == 0 {
                // Any valid scalar, including controls, marks and unassigned code points.
                var scalar: Unicode.Scalar? = nil
                while scalar == nil {
                    let value = UInt32.random(in: 0...0x10FFFF, using: &random)
                    scalar = Unicode.Scalar(Int.random(in: 0..<2, using: &random) == 0 ? value : value % 0x800)
                }
                text.unicodeScalars.append(scalar!)
            } else {
                text += pieces.randomElement(using: &random)!
            }
            if Int.random(in: 0..<3, using: &random) == 0 {
                text += " "
            }
        }
        return text
    }

    static let configurations: [NorwegianAnalyzerConfiguration] = [
        .init(),
        .init(stopWords: .none, stemming: false, nynorsk: false, folding: .none),
        .init(stopWords: .custom(["x"]), stemming: true, nynorsk: false, folding: .diacritics),
    ]

    @Test(arguments: 0..<3)
    func randomInputIsSafe(configurationIndex: Int) {
        let seed = UInt64(0x5EED_0000 + configurationIndex)
        var random = SeededRandom(seed: seed)
        let analyzer = Analyzer.norwegian(Self.configurations[configurationIndex])
        for iteration in 0..<3000 {
            let text = Self.randomText(&random)
            let utf8 = Array(text.utf8)
            var previousPosition: UInt32 = 0
            var failure: String? = nil
            for analyzed in analyzer.analyzeDetailed(text) {
                let token = analyzed.token
                if token.position < previousPosition {
                    failure = "position goes down at \(token)"
                }
                previousPosition = token.position
                guard token.byteStart < token.byteEnd, Int(token.byteEnd) <= utf8.count else {
                    failure = "bad range \(token)"
                    break
                }
                // The range falls on scalar boundaries: decoding and re-encoding gives the slice back.
                let slice = Array(utf8[token.byteRange])
                if Array(String(decoding: slice, as: UTF8.self).utf8) != slice || (slice.first.map { $0 & 0xC0 == 0x80 } ?? true) {
                    failure = "range \(token.byteRange) splits a scalar"
                }
                if token.term.isEmpty || token.term.utf8.count > 255 {
                    failure = "bad term \(token)"
                }
            }
            #expect(failure == nil, "seed \(seed) iteration \(iteration) text \(text.debugDescription): \(failure ?? "")")
            if failure != nil {
                return
            }
        }
    }

    /// Re-analysing a token's own slice gives the same normalised form first: the range covers
    /// exactly the text the token was read from.
    @Test func slicesReanalyseToTheSameToken() {
        let seed: UInt64 = 0x51_1CE5
        var random = SeededRandom(seed: seed)
        let analyzer = Analyzer.norwegian(.init(stopWords: .none, stemming: false, nynorsk: false))
        var checked = 0
        for iteration in 0..<3000 {
            let text = Self.randomText(&random)
            let utf8 = Array(text.utf8)
            let tokens = analyzer.analyzeDetailed(text)
            // Numbers read in context (`§ 1.000`, `PS 1/2`, a date's year) depend on their
            // neighbours; only the context-free kinds must read the same alone.
            let contextual = Set(tokens.filter { [.sectionReference, .caseNumber, .date].contains($0.kind) }.map(\.token.position))
            for analyzed in tokens where [.word, .number, .abbreviation, .url, .email].contains(analyzed.kind) {
                if contextual.contains(analyzed.token.position) {
                    continue
                }
                let slice = String(decoding: utf8[analyzed.token.byteRange], as: UTF8.self)
                let again = analyzer.analyzeDetailed(slice).first
                checked += 1
                #expect(
                    again?.normalized == analyzed.normalized,
                    "seed \(seed) iteration \(iteration) text \(text.debugDescription): \(analyzed.normalized) → \(slice.debugDescription) → \(again?.normalized ?? "nothing")")
                if again?.normalized != analyzed.normalized {
                    return
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test func analyzeAndForEachTokenAgree() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<500 {
            let text = Self.randomText(&random)
            var streamed: [Token] = []
            Analyzer.standard.forEachToken(in: text) { streamed.append($0) }
            #expect(streamed == Analyzer.standard.analyze(text))
            #expect(streamed == Analyzer.standard.analyzeDetailed(text).filter { !$0.isStopWord }.map(\.token))
        }
    }
}
