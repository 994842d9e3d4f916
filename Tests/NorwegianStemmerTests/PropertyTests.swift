@_spi(Benchmarks) import NorwegianStemmer
import TestRandomness
import Testing

/// Properties that hold for any input (Lucene's `checkRandomData` and `checkOneTerm(a, "", "")`).
/// Idempotence is not one of them: stemming a stem may remove more.
struct PropertyTests {
    /// Random words per run: about a second in a debug build.
    static let randomWordCount = 50_000

    @Test func emptyWordStaysEmpty() {
        #expect(NorwegianStemmer.stem("") == "")
        var nothing: [UInt8] = []
        #expect(nothing.withUnsafeMutableBufferPointer { NorwegianStemmer.stem(utf8: $0) } == 0)
    }

    @Test(arguments: [
        ("kommunene", "kommun"), ("fellesnemnda", "fellesnemnd"), ("sammenslåingen", "sammenslåing"),
        ("kommunestyrets", "kommunestyr"), ("bærekraftig", "bærekraft"), ("økonomiske", "økonomisk"),
        ("høyesterettsdommer", "høyesterettsdomm"), ("årsberetningene", "årsberetning"),
        ("æra", "æra"), ("å", "å"), ("øy", "øy"), ("ære", "ære"), ("æresord", "æresord"),
        ("grønnsaker", "grønnsak"), ("blåbærene", "blåbær"), ("færøyene", "færøy"),
    ])
    func stemsNorwegianLetters(word: String, stem: String) {
        #expect(NorwegianStemmer.stem(word) == stem)
        #expect(stemViaBuffer(word) == stem)
    }

    /// Where Snowball 3 (the product) and Snowball 2 (Debian's libstemmer 2.2) disagree.
    @Test(arguments: [
        ("asters", "asters", "ast"), ("blóta", "blót", "blóta"), ("havers", "hav", "hav"),
        ("vinters", "vint", "vint"), ("kammers", "kammers", "kamm"), ("skapers", "skap", "skap"),
    ])
    func revisionsDifferWhereSnowballChanged(word: String, snowball3: String, snowball2: String) {
        #expect(NorwegianStemmer.stem(word) == snowball3)
        #expect(NorwegianStemmer.stem(word, revision: .snowball3) == snowball3)
        #expect(NorwegianStemmer.stem(word, revision: .snowball2) == snowball2)
    }

    @Test func randomUnicodeWordsStemToPrefixesThroughBothAPIs() {
        let seed = UInt64.random(in: 0...UInt64.max)
        var random = SeededRandom(seed: seed)
        var failures: [String] = []
        for _ in 0..<Self.randomWordCount {
            let word = RandomWords.word(using: &random)
            let stem = NorwegianStemmer.stem(word)
            if stem.utf8.count > word.utf8.count || !word.utf8.starts(with: stem.utf8) {
                failures.append("\(word.debugDescription) → \(stem.debugDescription) is not a prefix")
            }
            for revision in SnowballRevision.allCases {
                let viaString = NorwegianStemmer.stem(word, revision: revision)
                var bytes = Array(word.utf8)
                let length = bytes.withUnsafeMutableBufferPointer { NorwegianStemmer.stem(utf8: $0, revision: revision) }
                if viaString.utf8.elementsEqual(bytes[..<length]) == false {
                    failures.append("\(word.debugDescription): buffer and String APIs differ under \(revision)")
                }
            }
            if failures.count >= VocabularyTests.reportedMismatches { break }
        }
        #expect(failures.isEmpty, "seed \(seed): \(failures.joined(separator: "; "))")
    }

    /// Arbitrary bytes (not UTF-8) through the buffer API: no crash, never longer.
    @Test func randomBytesNeverLengthen() {
        let seed = UInt64.random(in: 0...UInt64.max)
        var random = SeededRandom(seed: seed)
        let alphabet: [UInt8] = Array("aeioustrdvgklnh".utf8) + [0x00, 0x80, 0xA5, 0xB8, 0xBF, 0xC3, 0xE2, 0xF0, 0xFF]
        var failures: [String] = []
        for _ in 0..<Self.randomWordCount {
            var bytes = (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let original = bytes
            let length = bytes.withUnsafeMutableBufferPointer { NorwegianStemmer.stem(utf8: $0) }
            if length < 0 || length > original.count || bytes != original {
                failures.append("\(original) → length \(length)")
            }
        }
        #expect(failures.isEmpty, "seed \(seed): \(failures.prefix(VocabularyTests.reportedMismatches))")
    }
}
