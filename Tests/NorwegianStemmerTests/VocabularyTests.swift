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

    /// In place, as the analyzer calls it: every word in one reused buffer, behind the previous
    /// word's leftover bytes, and the buffer is never written (the stem is a prefix).
    @Test func inPlaceAPIReproducesTheVocabularyInAReusedBuffer() throws {
        let vocabulary = try SnowballVocabulary.load()
        let longest = vocabulary.pairs.map(\.word.utf8.count).max() ?? 0
        var buffer = [UInt8](repeating: 0xFF, count: longest + Self.bytesAfterTheWord)
        var mismatches: [String] = []
        for (word, expected) in vocabulary.pairs {
            let bytes = Array(word.utf8)
            buffer.replaceSubrange(0..<bytes.count, with: bytes)
            let before = buffer
            let length = buffer.withUnsafeMutableBufferPointer { NorwegianStemmer.stem(utf8: UnsafeMutableBufferPointer(rebasing: $0[0..<bytes.count])) }
            if String(decoding: buffer[..<length], as: UTF8.self) != expected || buffer != before {
                mismatches.append(word)
            }
        }
        #expect(mismatches.isEmpty, "in-place API differs on \(mismatches.count) words, first: \(mismatches.prefix(Self.reportedMismatches))")
    }

    /// Stale bytes after the word in the reused buffer: a read past the word would see them.
    static let bytesAfterTheWord = 16
}

/// Stems `word` through the buffer API, copying it into a scratch buffer first.
func stemViaBuffer(_ word: String) -> String {
    var bytes = Array(word.utf8)
    let length = bytes.withUnsafeMutableBufferPointer { NorwegianStemmer.stem(utf8: $0) }
    return String(decoding: bytes[..<length], as: UTF8.self)
}
