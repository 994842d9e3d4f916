import SearchCore
import Testing
import TextAnalysis

/// Bokmål and Nynorsk forms meet (``NorwegianAnalyzerConfiguration/nynorsk``).
struct NynorskTests {
    /// (Nynorsk, Bokmål) pairs that must give the same term with the default analyzer.
    static let pairs: [(String, String)] = [
        // Inflection: the Snowball stemmer alone.
        ("kommunane", "kommunene"), ("kommunar", "kommuner"), ("fellesnemnda", "fellesnemnden"),
        ("høyringa", "høringen"), ("høyringane", "høringene"), ("planleggjinga", "planleggjingen"),
        // Spelling inside words.
        ("kommunesamanslåinga", "kommunesammenslåingen"), ("eigedomsskatten", "eiendomsskatten"),
        ("tenestene", "tjenestene"), ("kyrkja", "kirken"), ("skulane", "skolene"), ("skulen", "skolen"),
        ("innbyggjarar", "innbyggere"), ("arbeidsgjevar", "arbeidsgiver"), ("oppgåvene", "oppgavene"),
        ("rekneskapen", "regnskapet"),
        // -heit nouns.
        ("openheita", "openheten"), ("tryggheit", "trygghet"),
        // Whole words.
        ("verksemda", "virksomheten"), ("utvalet", "utvalget"), ("mykje", "mye"), ("heile", "hele"),
        ("meir", "mer"), ("fleire", "flere"), ("medan", "mens"), ("difor", "derfor"), ("kjem", "kommer"),
        ("gjere", "gjøre"), ("folkevalde", "folkevalgte"),
    ]

    @Test func pairsMeet() {
        for (nynorsk, bokmål) in Self.pairs {
            let a = Analyzer.standard.analyze(nynorsk).map(\.term)
            let b = Analyzer.standard.analyze(bokmål).map(\.term)
            #expect(a == b && a.count == 1, "\(nynorsk) → \(a), \(bokmål) → \(b)")
        }
    }

    @Test func functionWordsMeetWithoutStopWords() {
        let analyzer = Analyzer.norwegian(.init(stopWords: .none, stemming: false))
        #expect(
            analyzer.analyze("ikkje eg kva korleis frå vere berre ho").map(\.term)
                == ["ikke", "jeg", "hva", "hvordan", "fra", "være", "bare", "hun"])
    }

    @Test func switchedOffLeavesNynorsk() {
        let analyzer = Analyzer.norwegian(.init(stopWords: .none, nynorsk: false))
        #expect(analyzer.analyze("samanslåinga kyrkja ikkje").map(\.term) == ["samanslåing", "kyrkj", "ikkj"])
    }

    /// Bokmål words that must not be changed by the mapping (false friends and look-alikes).
    @Test func bokmålIsLeftAlone() {
        let words = "same kven vert høyre skulle skulder sektor faktor motor samme sammen heite heiter eiendom høring tjeneste kirke skole"
        let on = Analyzer.norwegian(.init(stopWords: .none)).analyze(words).map(\.term)
        let off = Analyzer.norwegian(.init(stopWords: .none, nynorsk: false)).analyze(words).map(\.term)
        #expect(on == off)
    }

    @Test func hyphenatedPartsAreMappedToo() {
        #expect(Analyzer.standard.analyze("skule-kyrkje").map(\.term) == ["skolekirk", "skol", "kirk"])
    }
}
