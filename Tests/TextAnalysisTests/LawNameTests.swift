import Testing
@testable import TextAnalysis

/// Law names are indexed whole (`LawName`): the lemma as a `.lawName` token beside the word.
struct LawNameTests {
    static func lawTerms(_ text: String) -> [String] {
        Analyzer.standard.analyzeDetailed(text).filter { $0.kind == .lawName }.map(\.token.term)
    }

    @Test func lawNameIsKeptBesideTheStem() {
        let tokens = Analyzer.standard.analyzeDetailed("Kommuneloven")
        #expect(tokens.map(\.token.term) == ["kommun", "kommunelov"])
        #expect(tokens.map(\.kind) == [.word, .lawName])
        #expect(Set(tokens.map(\.token.position)).count == 1)
        #expect(Set(tokens.map(\.token.byteRange)).count == 1)
    }

    @Test(arguments: [
        ("kommuneloven", "kommunelov"), ("kommunelova", "kommunelov"), ("kommunelovens", "kommunelov"),
        ("kommunelovas", "kommunelov"), ("kommunelov", "kommunelov"), ("bygningsloven", "bygningslov"),
        ("offentleglova", "offentleglov"), ("inndelingslova", "inndelingslov"), ("opplæringslova", "opplæringslov"),
        ("arbeidsmiljøloven", "arbeidsmiljølov"), ("omsorgstjenesteloven", "omsorgstjenestelov"),
        ("omsorgstenestelova", "omsorgstjenestelov"), ("skattelova", "skattelov"),
    ])
    func formsGiveTheLemma(word: String, lemma: String) {
        #expect(Self.lawTerms(word) == [lemma])
    }

    /// Verbs and plurals ending in a form of `lov` are no law names.
    @Test func shortPrefixesAndPluralsAreNoLawNames() {
        for word in ["lov", "loven", "lova", "utlova", "forlova", "tillova", "lovene", "særlover", "lovlig", "lover"] {
            #expect(Self.lawTerms(word).isEmpty, "\(word)")
        }
    }

    /// The bulk indexer's path (surface key → memoised term) emits the law name as well.
    @Test func surfaceKeyPathAgrees() {
        let text = "Etter plan- og bygningsloven og kommunelova § 5-1 har kommunen plikt."
        var viaKeys: [String] = []
        Analyzer.standard.forEachSurfaceKey(in: text) { key, _ in
            Analyzer.standard.withIndexedTerm(forSurfaceKey: key) { term in
                if let term { viaKeys.append(String(decoding: term, as: UTF8.self)) }
            }
        }
        #expect(viaKeys == Analyzer.standard.analyze(text).map(\.term))
        #expect(viaKeys.contains("bygningslov") && viaKeys.contains("kommunelov"))
    }
}
