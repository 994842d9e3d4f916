@_spi(Benchmarks) @testable import NorwegianStemmer
import Testing

/// The bit masks of `LetterClass` against the letter lists of the Snowball sources.
struct LetterClassTests {
    static func mask(_ letters: String, base: UInt8, tailByte: Bool) -> UInt32 {
        letters.unicodeScalars.reduce(0) { mask, scalar in
            let utf8 = Array(String(scalar).utf8)
            return mask | 1 << UInt32((tailByte ? utf8[1] : utf8[0]) - base)
        }
    }

    @Test func masksMatchTheSnowballGroupings() {
        #expect(LetterClass.asciiVowels == Self.mask("aeiouy", base: 0x61, tailByte: false))
        #expect(LetterClass.latin1VowelsSnowball2 == Self.mask("æåø", base: 0xA5, tailByte: true))
        #expect(LetterClass.latin1VowelsSnowball3 == Self.mask("êòóôæåø", base: 0xA5, tailByte: true))
        #expect(LetterClass.sEndingSnowball2 == Self.mask("bcdfghjlmnoprtvyz", base: 0x61, tailByte: false))
        #expect(LetterClass.sEndingSnowball3 == Self.mask("bcdfghjlmnoptvyz", base: 0x61, tailByte: false))
    }

    @Test func vowelClassificationOfAllLatin1Letters() {
        for scalar in (0xC0...0xFF).compactMap(Unicode.Scalar.init) {
            let tail = Array(String(scalar).utf8)[1]
            #expect(LetterClass.isLatin1VowelTail(tail, revision: .snowball3) == "æåøêòóô".unicodeScalars.contains(scalar))
            #expect(LetterClass.isLatin1VowelTail(tail, revision: .snowball2) == "æåø".unicodeScalars.contains(scalar))
        }
    }
}
