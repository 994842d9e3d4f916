import SearchCore
import Testing
import TextAnalysis

/// `input → [term@position(byte range)]` for the full default analyzer (real Snowball stems).
struct TokenizerTableTests {
    static let words: [AnalysisCase] = [
        AnalysisCase("", []),
        AnalysisCase("  \n\t ", []),
        AnalysisCase("Kommunene", ["kommun@0(0..<9)"]),
        AnalysisCase("kommunane vedtok", ["kommun@0(0..<9)", "vedtok@1(10..<16)"]),
        AnalysisCase("Fellesnemnda", ["fellesnemnd@0(0..<12)"]),
        // æ ø å are two bytes each; ranges count bytes.
        AnalysisCase("Ærlig østlandsk åpning", ["ærl@0(0..<6)", "østlandsk@1(7..<17)", "åpning@2(18..<25)"]),
        AnalysisCase("ØRSTA", ["ørst@0(0..<6)"]),
        // Over-long terms are dropped but keep their position.
        AnalysisCase("ord " + String(repeating: "x", count: 300) + " ord", ["ord@0(0..<3)", "ord@2(305..<308)"]),
        AnalysisCase("«Sitat», sa hun.", ["sitat@0(2..<7)", "sa@1(11..<13)"]),
    ]

    static let hyphenation: [AnalysisCase] = [
        AnalysisCase("fellesnemnd-møtet", ["fellesnemndmøt@0(0..<18)", "fellesnemnd@0(0..<11)", "møt@1(12..<18)"]),
        AnalysisCase("e-post til oss", ["epost@0(0..<6)", "e@0(0..<1)", "post@1(2..<6)"]),
        AnalysisCase("covid-19 tiltak", ["covid19@0(0..<8)", "covid@0(0..<5)", "19@1(6..<8)", "tiltak@2(9..<15)"]),
        AnalysisCase("Nord-Trøndelag fylke", ["nordtrøndelag@0(0..<15)", "nord@0(0..<4)", "trøndelag@1(5..<15)", "fylk@2(16..<21)"]),
        // A dangling hyphen does not join.
        AnalysisCase("for- og etterarbeid", ["etterarbeid@2(8..<19)"]),
        AnalysisCase("plan - budsjett", ["plan@0(0..<4)", "budsjett@1(7..<15)"]),
        // U+2010 HYPHEN splits like `-`; soft hyphen (U+00AD) is invisible.
        AnalysisCase("bu\u{2010}tikk", ["butikk@0(0..<9)", "bu@0(0..<2)", "tikk@1(5..<9)"]),
        AnalysisCase("kommune\u{AD}styret", ["kommunestyr@0(0..<15)"]),
    ]

    static let numbers: [AnalysisCase] = [
        AnalysisCase("2017", ["2017@0(0..<4)"]),
        AnalysisCase("3,5 mill.", ["3,5@0(0..<3)", "mill@1(4..<8)"]),
        AnalysisCase("1.000.000 kroner", ["1000000@0(0..<9)", "kron@1(10..<16)"]),
        AnalysisCase("2017-2020", ["2017-2020@0(0..<9)", "2017@0(0..<4)", "2020@0(5..<9)"]),
        AnalysisCase("kl. 12:30", ["kl@0(0..<2)", "12:30@1(4..<9)"]),
        AnalysisCase("1234-5678", ["1234-5678@0(0..<9)"]),
        AnalysisCase("E6 og E39", ["e6@0(0..<2)", "e39@2(6..<9)"]),
        AnalysisCase("5-1", ["5-1@0(0..<3)"]),
        AnalysisCase("Setning 12.", ["setning@0(0..<7)", "12@1(8..<10)"]),
    ]

    @Test(arguments: words + hyphenation + numbers)
    func analyzes(_ row: AnalysisCase) {
        #expect(render(Analyzer.standard.analyze(row.input)) == row.expected)
    }
}
