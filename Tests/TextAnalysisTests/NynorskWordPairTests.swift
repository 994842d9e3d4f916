import Testing
@testable import TextAnalysis

/// The shipped Nynorsk → Bokmål word pairs (`NynorskWordPairs`, applied by `WordPairFilter`).
struct NynorskWordPairTests {
    static let analyzer = Analyzer.norwegian(.init(stopWords: .none))

    @Test func listIsWellFormedAndLarge() {
        let parsed = NynorskWordPairs.parse(NynorskWordPairs.text)
        #expect(parsed.malformedLines.isEmpty, "malformed lines: \(parsed.malformedLines)")
        #expect(parsed.pairs.count >= 300, "\(parsed.pairs.count) pairs")
        #expect(NynorskWordPairs.parse("a b\n# c\n\nd e # f\ng h i\n").malformedLines == [5])
    }

    /// Every listed pair gives one and the same term on both sides: a failure names a pair whose
    /// Nynorsk stem another line already maps elsewhere, or whose Bokmål stem is itself mapped.
    @Test func everyPairMeets() {
        for (nynorsk, bokmål) in NynorskWordPairs.pairs {
            let a = Self.analyzer.analyze(nynorsk).map(\.term)
            let b = Self.analyzer.analyze(bokmål).map(\.term)
            #expect(a == b && a.count == 1, "\(nynorsk) → \(a), \(bokmål) → \(b)")
        }
    }

    /// The issue's examples, inflected differently on the two sides, meet only through the list.
    @Test(arguments: [
        ("godtgjering", "godtgjøring"), ("godtgjeringa", "godtgjøringen"), ("utgreiinga", "utredningen"),
        ("utgreiingar", "utredninger"), ("medlemene", "medlemmene"), ("medlemar", "medlemmer"),
        ("tilsette", "ansatte"), ("tilsett", "ansatt"), ("namnet", "navnet"), ("namn", "navn"),
        ("eigenandelen", "egenandelen"), ("løyvet", "tillatelsen"), ("tilskot", "tilskudd"),
    ])
    func issueExamplesMeetBothWays(nynorsk: String, bokmål: String) {
        let a = Self.analyzer.analyze(nynorsk).map(\.term)
        let b = Self.analyzer.analyze(bokmål).map(\.term)
        #expect(a == b && a.count == 1, "\(nynorsk) → \(a), \(bokmål) → \(b)")
        let off = Analyzer.norwegian(.init(stopWords: .none, nynorsk: false))
        #expect(off.analyze(nynorsk).map(\.term) != off.analyze(bokmål).map(\.term), "\(nynorsk) meets \(bokmål) without the pairs")
    }

    /// Bokmål words that look like a listed Nynorsk word but mean something else keep their own
    /// term (the list's «safe pairs only» rule), as do the Bokmål sides of the pairs.
    @Test func falseFriendsAreLeftAlone() {
        let words = "leie leier bur vald syn gjeld høyre same tala tale låg lava lovlig skulder skulderen"
        let on = Self.analyzer.analyze(words).map(\.term)
        let off = Analyzer.norwegian(.init(stopWords: .none, nynorsk: false)).analyze(words).map(\.term)
        #expect(on == off)
    }

    /// The bulk indexer's path (surface key → memoised term) gives the same terms.
    @Test func surfaceKeyPathAgrees() {
        let text = "Godtgjeringa til medlemene i utvalet, namnet på tilsette og utgreiinga."
        var viaKeys: [String] = []
        Analyzer.standard.forEachSurfaceKey(in: text) { key, _ in
            Analyzer.standard.withIndexedTerm(forSurfaceKey: key) { term in
                if let term { viaKeys.append(String(decoding: term, as: UTF8.self)) }
            }
        }
        #expect(viaKeys == Analyzer.standard.analyze(text).map(\.term))
    }
}
