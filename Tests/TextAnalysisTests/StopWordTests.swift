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
