import NorwegianStemmer
import Testing

/// The acceptance test: the official Snowball vocabulary, word for word (Lucene's
/// `assertVocabulary`).
struct VocabularyTests {
    /// How many mismatches a failure lists: enough to see a pattern, short enough to read.
    static let reportedMismatches = 20

    @Test func reproducesTheSnowballVocabulary() throws {
        let vocabulary = try SnowballVocabulary.load()
        #expect(vocabulary.pairs.count == SnowballVocabulary.expectedCount)
        var mismatches: [String] = []
        var mismatchCount = 0
        for (word, expected) in vocabulary.pairs {
            let actual = NorwegianStemmer.stem(word)
            if actual != expected {
                mismatchCount += 1
                if mismatches.count < Self.reportedMismatches {
                    mismatches.append("\(word) → \(actual), expected \(expected)")
                }
            }
        }
        #expect(
            mismatchCount == 0,
            "\(mismatchCount) of \(vocabulary.pairs.count) words stem wrongly; first ones:\n\(mismatches.joined(separator: "\n"))"
        )
    }

    @Test func bufferAPIReproducesTheVocabulary() throws {
        let vocabulary = try SnowballVocabulary.load()
        var mismatches: [String] = []
        for (word, expected) in vocabulary.pairs where stemViaBuffer(word) != expected {
            mismatches.append(word)
        }
        #expect(mismatches.isEmpty, "buffer API differs on \(mismatches.count) words, first: \(mismatches.prefix(Self.reportedMismatches))")
    }
}

/// Stems `word` through the buffer API, copying it into a scratch buffer first.
func stemViaBuffer(_ word: String) -> String {
    var bytes = Array(word.utf8)
    let length = bytes.withUnsafeMutableBufferPointer { NorwegianStemmer.stem(utf8: $0) }
    return String(decoding: bytes[..<length], as: UTF8.self)
}
