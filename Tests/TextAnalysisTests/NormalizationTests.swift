import SearchCore
import Testing
import TextAnalysis

/// Lower-casing, diacritic folding, `aa` → `å` and the folding modes.
struct NormalizationTests {
    static let standard: [AnalysisCase] = [
        // æ ø å stay distinct from a o (stemming off, so the folded forms show).
        AnalysisCase("for før far fær få fa", ["for@0(0..<3)", "før@1(4..<8)", "far@2(9..<12)", "fær@3(13..<17)", "få@4(18..<21)", "fa@5(22..<24)"]),
        AnalysisCase("ÆØÅ æøå", ["æøå@0(0..<6)", "æøå@1(7..<13)"]),
        // Accents go: idé = ide, kafé = kafe, München = munchen; ä → æ, ö → ø.
        AnalysisCase("idé IDÉ ide", ["ide@0(0..<4)", "ide@1(5..<9)", "ide@2(10..<13)"]),
        AnalysisCase("kafé crème", ["kafe@0(0..<5)", "creme@1(6..<12)"]),
        AnalysisCase("München Göteborg Mälardalen", ["munchen@0(0..<8)", "gøteborg@1(9..<18)", "mælardalen@2(19..<30)"]),
        // Sámi and Central European letters fold to their base letter.
        AnalysisCase("Kárášjohka Čáhcesuolu Łódź", ["karasjohka@0(0..<13)", "cahcesuolu@1(14..<26)", "lodz@2(27..<34)"]),
        // `aa` → `å` (Aasen = Åsen), but not in two-letter words.
        AnalysisCase("Aasen Åsen Haakon paa AA", ["åsen@0(0..<5)", "åsen@1(6..<11)", "håkon@2(12..<18)", "på@3(19..<22)", "aa@4(23..<25)"]),
        // Decomposed text (NFD): a + ring above is å; e + acute is e; o + diaeresis is ø.
        AnalysisCase("a\u{30A}r ide\u{301} o\u{308}l", ["år@0(0..<4)", "ide@1(5..<10)", "øl@2(11..<15)"]),
        // PDF ligatures.
        AnalysisCase("\u{FB01}nansiering", ["finansiering@0(0..<13)"]),
        // Other scripts are lower-cased, not folded.
        AnalysisCase("ΑΘΗΝΑ Москва", ["αθηνα@0(0..<10)", "москва@1(11..<23)"]),
    ]

    @Test(arguments: standard)
    func normalizes(_ row: AnalysisCase) {
        let analyzer = Analyzer.norwegian(.init(stopWords: .none, stemming: false, nynorsk: false))
        #expect(render(analyzer.analyze(row.input)) == row.expected)
    }

    @Test func foldingNoneKeepsAccentsAndDoubleA() {
        let analyzer = Analyzer.norwegian(.init(stopWords: .none, stemming: false, nynorsk: false, folding: .none))
        #expect(analyzer.analyze("Idé Aasen München a\u{30A}r").map(\.term) == ["idé", "aasen", "münchen", "år"])
    }

    @Test func foldingDiacriticsKeepsDoubleA() {
        let analyzer = Analyzer.norwegian(.init(stopWords: .none, stemming: false, nynorsk: false, folding: .diacritics))
        #expect(analyzer.analyze("Idé Aasen").map(\.term) == ["ide", "aasen"])
    }

    @Test func queryAndIndexMeet() {
        // The same analyzer on both sides: differently written forms give one term.
        let analyzer = Analyzer.standard
        for (a, b) in [("Aalesund", "Ålesund"), ("idéene", "ideene"), ("KOMMUNENE", "kommunane"), ("Kafé", "kafe")] {
            #expect(analyzer.analyze(a).map(\.term) == analyzer.analyze(b).map(\.term), "\(a) vs \(b)")
        }
    }
}
