import SearchCore
import Testing
import TextAnalysis

/// Dates, `§` references, case numbers, abbreviations, URLs and e-mail addresses.
struct SpecialTokenTests {
    static let dates: [AnalysisCase] = [
        AnalysisCase("12. mars 2017", ["2017-03-12@0(0..<13)", "2017@0(9..<13)"]),
        AnalysisCase("1 januar 2020", ["2020-01-01@0(0..<13)", "2020@0(9..<13)"]),
        AnalysisCase("5. des. 2019", ["2019-12-05@0(0..<12)", "2019@0(8..<12)"]),
        AnalysisCase("12.mars 2017", ["2017-03-12@0(0..<12)", "2017@0(8..<12)"]),
        AnalysisCase("12.03.2017", ["2017-03-12@0(0..<10)", "2017@0(6..<10)"]),
        AnalysisCase("1.3.2017.", ["2017-03-01@0(0..<8)", "2017@0(4..<8)"]),
        AnalysisCase("2017-03-12", ["2017-03-12@0(0..<10)", "2017@0(0..<4)"]),
        AnalysisCase("møte 12.03.2017 kl", ["møt@0(0..<5)", "2017-03-12@1(6..<16)", "2017@1(12..<16)", "kl@2(17..<19)"]),
        // Not dates: impossible days, no year, two-digit years.
        AnalysisCase("31.02.2017", ["31.02.2017@0(0..<10)"]),
        AnalysisCase("29.02.2016", ["2016-02-29@0(0..<10)", "2016@0(6..<10)"]),
        AnalysisCase("12. mars", ["12@0(0..<2)", "mar@1(4..<8)"]),
        AnalysisCase("12.03.17", ["12.03.17@0(0..<8)"]),
    ]

    static let sections: [AnalysisCase] = [
        AnalysisCase("§ 5-1", ["§5-1@0(0..<6)", "5-1@0(3..<6)"]),
        AnalysisCase("§5-1 første ledd", ["§5-1@0(0..<5)", "5-1@0(2..<5)", "først@1(6..<13)", "ledd@2(14..<18)"]),
        AnalysisCase("§§ 12 og 13", ["§12@0(0..<7)", "12@0(5..<7)", "§13@2(11..<13)", "13@2(11..<13)"]),
        AnalysisCase("§§ 3, 4 eller 5.", ["§3@0(0..<6)", "3@0(5..<6)", "§4@1(8..<9)", "4@1(8..<9)", "§5@3(16..<17)", "5@3(16..<17)"]),
        // A word ends the reference; a single § covers one number only.
        AnalysisCase("§ 12 i loven 13", ["§12@0(0..<5)", "12@0(3..<5)", "lov@2(8..<13)", "13@3(14..<16)"]),
        AnalysisCase("§ ledd 3", ["ledd@0(3..<7)", "3@1(8..<9)"]),
        // Letter suffixes belong to the reference.
        AnalysisCase("§ 12a", ["§12a@0(0..<6)", "12a@0(3..<6)"]),
        AnalysisCase("§10-2a", ["§10-2a@0(0..<7)", "10-2a@0(2..<7)"]),
    ]

    static let caseNumbers: [AnalysisCase] = [
        AnalysisCase("PS 12/17", ["ps@0(0..<2)", "ps12/17@1(0..<8)", "12/17@1(3..<8)"]),
        AnalysisCase("PS12/17", ["ps12/17@0(0..<7)", "12/17@0(2..<7)"]),
        AnalysisCase("FS. 3/18", ["fs@0(0..<2)", "fs3/18@1(0..<8)", "3/18@1(4..<8)"]),
        AnalysisCase("sak 2017/123", ["sak@0(0..<3)", "2017/123@1(4..<12)"]),
        AnalysisCase("2017/123-4", ["2017/123-4@0(0..<10)"]),
        // Too far from its prefix, or without a slash: not a case number.
        AnalysisCase("PS - 12/17", ["ps@0(0..<2)", "12/17@1(5..<10)"]),
        AnalysisCase("PS 12", ["ps@0(0..<2)", "12@1(3..<5)"]),
    ]

    static let abbreviations: [AnalysisCase] = [
        AnalysisCase("f.eks. skolen", ["f.eks@0(0..<6)", "skol@1(7..<13)"]),
        AnalysisCase("bl.a. dette", ["bl.a@0(0..<5)"]),
        AnalysisCase("m.m. Neste", ["m.m@0(0..<4)", "nest@1(5..<10)"]),
        AnalysisCase("jf. nr. 5", ["jf@0(0..<2)", "nr@1(4..<6)", "5@2(8..<9)"]),
        AnalysisCase("t.o.m. F.o.m.", ["t.o.m@0(0..<6)", "f.o.m@1(7..<13)"]),
        // Longer words before a dot end a sentence even without a space.
        AnalysisCase("vedtak.Kommunestyret", ["vedtak@0(0..<6)", "kommunestyr@1(7..<20)"]),
    ]

    static let addresses: [AnalysisCase] = [
        AnalysisCase(
            "Skriv til Post@Bergen.Kommune.no.",
            ["skriv@0(0..<5)", "post@bergen.kommune.no@2(10..<32)"]),
        AnalysisCase("ola.nordmann+x@nav.no", ["ola.nordmann+x@nav.no@0(0..<21)"]),
        AnalysisCase("kari.østby@bærum.kommune.no", ["kari.østby@bærum.kommune.no@0(0..<29)"]),
        AnalysisCase("ikke@epost", ["epost@1(5..<10)"]),
        AnalysisCase(
            "Se https://www.bergen.kommune.no/politikk?id=5).",
            ["se@0(0..<2)", "https://www.bergen.kommune.no/politikk?id=5@1(3..<46)"]),
        AnalysisCase("(se WWW.Regjeringen.no/nb.)", ["se@0(1..<3)", "www.regjeringen.no/nb@1(4..<25)"]),
        AnalysisCase("http://no.wikipedia.org/wiki/Bø_(Telemark)", ["http://no.wikipedia.org/wiki/bø_(telemark)@0(0..<43)"]),
        AnalysisCase("www. er ikke en adresse", ["www@0(0..<3)", "adress@4(16..<23)"]),
    ]

    @Test(arguments: dates + sections + caseNumbers + abbreviations + addresses)
    func analyzes(_ row: AnalysisCase) {
        #expect(render(Analyzer.standard.analyze(row.input)) == row.expected)
    }

    @Test func issueExample() {
        let text = "Fellesnemnda vedtok 12.03.2017 endringer i § 5-1 i delegeringsreglementet (PS 12/17)."
        #expect(
            render(Analyzer.standard.analyze(text)) == [
                "fellesnemnd@0(0..<12)", "vedtok@1(13..<19)", "2017-03-12@2(20..<30)", "2017@2(26..<30)",
                "endring@3(31..<40)", "§5-1@5(43..<49)", "5-1@5(46..<49)", "delegeringsreglement@7(52..<74)",
                "ps@8(76..<78)", "ps12/17@9(76..<84)", "12/17@9(79..<84)",
            ])
    }

    @Test func kindsAreReported() {
        let kinds = Analyzer.standard.analyzeDetailed("f.eks. 12.03.2017 § 2 PS 1/2 a@b.no www.x.no 7 ord").map(\.kind)
        #expect(kinds == [.abbreviation, .date, .number, .sectionReference, .number, .word, .caseNumber, .number, .email, .url, .number, .word])
    }
}
