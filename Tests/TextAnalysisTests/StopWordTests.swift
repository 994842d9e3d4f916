import SearchCore
import Testing
import TextAnalysis

/// Stop words are removed but keep their position.
struct StopWordTests {
    @Test func removedButPositionConsumed() {
        #expect(
            render(Analyzer.standard.analyze("Plan for kommunesammenslåing")) == [
                "plan@0(0..<4)", "kommunesammenslåing@2(9..<29)",
            ])
    }

    @Test func bokmålAndNynorskFormsAreStopWords() {
        let bokmål = "og i jeg det at en et den til er som på de med han av ikke der så var meg seg men hun nå hva hvordan fra være bare også"
        let nynorsk = "eg ein eit ikkje kva korleis frå vere berre ho no då sjølv nokon noko utan desse vorte òg"
        #expect(Analyzer.standard.analyze(bokmål).isEmpty)
        #expect(Analyzer.standard.analyze(nynorsk).isEmpty)
        // Also with the Nynorsk mapping off: the list has both standards.
        #expect(Analyzer.norwegian(.init(nynorsk: false)).analyze(nynorsk).isEmpty)
    }

    /// The list from issue 3, both standards (minus `same` and `kven`, see `NorwegianStopWords`).
    @Test func issueListIsCovered() {
        let words = """
            og i jeg eg det at en ein et eit den til er som på de med han av ikke ikkje der så var meg
            seg men ett har om vi min mitt ha hadde hun ho nå over da då ved fra frå du ut sin dem oss
            opp man kan hans hvor kvar eller hva kva skal selv sjølv sjøl her alle vil bli ble vart
            blitt vorte kunne inn når være vere kom noen nokon noe noko ville dere deres kun ja etter
            ned skulle denne for deg si sine sitt mot å meget hvorfor kvifor dette disse desse uten
            utan hvordan korleis ingen din ditt blir samme hvilken sånn inni mellom vår hver hvem vors
            hvis viss både bare berre enn fordi før mange også òg slik vært vore begge siden henne
            hennar hennes
            """
        for configuration in [NorwegianAnalyzerConfiguration(), .init(nynorsk: false)] {
            let left = Analyzer.norwegian(configuration).analyze(words).map(\.term)
            #expect(left.isEmpty, "not stop words: \(left)")
        }
    }

    @Test func contentWordsThatLookLikeFunctionWordsStay() {
        // `same` (a Sámi person) and `kven` (the Kven minority) are content words in Bokmål.
        #expect(Analyzer.standard.analyze("same kven").map(\.term) == ["sam", "kven"])
    }

    @Test func detailedOutputKeepsStopWords() {
        let tokens = Analyzer.standard.analyzeDetailed("Planen for Kommunen")
        #expect(tokens.map(\.isStopWord) == [false, true, false])
        #expect(tokens.map(\.normalized) == ["planen", "for", "kommunen"])
        #expect(tokens.map(\.token.term) == ["plan", "for", "kommun"])
        #expect(tokens.map(\.token.position) == [0, 1, 2])
    }

    @Test func modes() {
        #expect(Analyzer.norwegian(.init(stopWords: .none)).analyze("plan for det").map(\.term) == ["plan", "for", "det"])
        let custom = Analyzer.norwegian(.init(stopWords: .custom(["Plan"]), stemming: false))
        #expect(render(custom.analyze("plan for det")) == ["for@1(5..<8)", "det@2(9..<12)"])
    }

    @Test func stopWordsOnlyApplyToWords() {
        // `i` as a stop word, but `§ i`-like numbers and abbreviations are not words.
        #expect(Analyzer.standard.analyze("i.e. 2017").map(\.term) == ["i.e", "2017"])
    }
}
