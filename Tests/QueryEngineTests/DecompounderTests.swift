import TestRandomness
import QueryEngine
import SearchCore
import TextAnalysis
import Testing

/// Splitting compounds against a known vocabulary (the index's document frequencies).
struct DecompounderTests {
    let analyzer = Analyzer.norwegian()
    var decompounder: Decompounder { Decompounder(analyzer: analyzer) }

    /// The index term of one word, as the analyzer produces it.
    func stem(_ word: String) -> String { analyzer.analyze(word)[0].term }

    func split(_ word: String, whole: Int = 0, _ vocabulary: [String: Int]) -> [String]? {
        decompounder.split(word, wholeFrequency: whole) { vocabulary[$0] ?? 0 }
    }

    @Test func twoKnownPartsSplit() {
        let vocabulary = [stem("arbeidsgiver"): 40, stem("ansvar"): 90]
        #expect(split("arbeidsgiveransvar", vocabulary) == [stem("arbeidsgiver"), stem("ansvar")])
    }

    @Test func linkingLettersAreDropped() {
        #expect(split("fellesnemndsmøte", [stem("fellesnemnd"): 12, stem("møte"): 50]) == [stem("fellesnemnd"), stem("møte")])
        #expect(split("barnehageplan", [stem("barnehage"): 12, stem("plan"): 50]) == [stem("barnehage"), stem("plan")])
    }

    @Test func frequentWholeWordStaysWhole() {
        // Koehn–Knight: split only when the parts' geometric mean beats the whole word.
        let vocabulary = [stem("kommune"): 60, stem("styre"): 15]
        #expect(split("kommunestyre", whole: 40, vocabulary) == nil)
        #expect(split("kommunestyre", whole: 20, vocabulary) == [stem("kommune"), stem("styre")])
    }

    @Test func unknownOrRarePartsDoNotSplit() {
        #expect(split("arbeidsgiveransvar", [stem("arbeidsgiver"): 40]) == nil)
        #expect(split("arbeidsgiveransvar", [stem("arbeidsgiver"): 40, stem("ansvar"): 1]) == nil)
    }

    @Test func stopWordsAreNeverParts() {
        // `med` is a stop word: `medvirkning` must not become med + virkning.
        #expect(split("medvirkning", [stem("virkning"): 30, "med": 500]) == nil)
    }

    @Test func shortLongAndNonWordsAreLeftAlone() {
        let vocabulary = ["lov": 50, "råd": 50]
        #expect(split("lovråd", vocabulary) == nil)  // under the minimum word length
        #expect(split(String(repeating: "lovråd", count: 8), vocabulary) == nil)  // over the maximum
        #expect(split("plan2017budsjett", [stem("plan"): 9, stem("budsjett"): 9]) == nil)  // digits
    }

    @Test func threePartsWhenTheyBeatTwo() {
        let vocabulary = [stem("felles"): 80, stem("nemnd"): 40, stem("møte"): 60, stem("fellesnemnd"): 2]
        #expect(split("fellesnemndsmøte", vocabulary) == [stem("felles"), stem("nemnd"), stem("møte")])
    }

    /// Arbitrary words (seeded) never trap, every returned part is a known term with enough
    /// documents, and a word is looked up at most once per substring.
    @Test func randomWordsStayWithinBounds() {
        let seed: UInt64 = 0x5EED_D0C0
        var random = SeededRandom(seed: seed)
        let letters = Array("abdefgiklmnoprstuvæøå")
        var vocabulary: [String: Int] = [:]
        for _ in 0..<400 {
            let word = String((0..<Int.random(in: 3...7, using: &random)).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] })
            vocabulary[stem(word), default: 0] += Int.random(in: 1...50, using: &random)
        }
        for _ in 0..<300 {
            let word = String((0..<Int.random(in: 1...24, using: &random)).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] })
            var lookups = 0
            let parts = decompounder.split(word, wholeFrequency: 0) { term in
                lookups += 1
                return vocabulary[term] ?? 0
            }
            let n = word.unicodeScalars.count
            #expect(lookups <= n * n, "seed \(seed): \(word) took \(lookups) lookups")
            for p in parts ?? [] {
                #expect((vocabulary[p] ?? 0) >= Decompounder.minimumPartDocumentFrequency, "seed \(seed): \(word) → \(parts!)")
            }
            #expect((parts?.count ?? 2) >= 2 && (parts?.count ?? 2) <= Decompounder.maximumParts, "seed \(seed): \(word)")
        }
    }
}
