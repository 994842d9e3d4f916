/// The letter groupings of the algorithm (`v` and `s_ending`) as bit sets, per revision.
///
/// Each set is a bit mask indexed by the letter's distance from a base byte, so a membership
/// test is one subtraction, one comparison and one shift. `LetterClassTests` rebuilds every
/// mask from the letters listed here and checks it.
enum LetterClass {
    /// ASCII vowels a e i o u y, as bits over `byte - 0x61` ("a").
    static let asciiVowels: UInt32 = 0x0110_4111

    /// Base of the two-byte vowel masks: the second byte of å (C3 A5).
    static let latin1TailBase: UInt8 = 0xA5
    /// Two-byte vowels of Snowball 2 (å æ ø), as bits over `secondByte - 0xA5`.
    static let latin1VowelsSnowball2: UInt32 = 0x0008_0003
    /// Two-byte vowels of Snowball 3 (å æ ê ò ó ô ø), as bits over `secondByte - 0xA5`.
    static let latin1VowelsSnowball3: UInt32 = 0x0008_E023

    /// Snowball 2 `s_ending`: b c d f g h j l m n o p r t v y z, as bits over `byte - 0x61`.
    static let sEndingSnowball2: UInt32 = 0x032A_FAEE
    /// Snowball 3 `s_ending`: b c d f g h j l m n o p t v y z (no r), as bits over `byte - 0x61`.
    static let sEndingSnowball3: UInt32 = 0x0328_FAEE

    /// Whether the ASCII byte `byte` is a vowel (any revision).
    @inline(__always)
    static func isASCIIVowel(_ byte: UInt8) -> Bool {
        isMember(byte, base: Letter.a, mask: asciiVowels)
    }

    /// Whether `C3 byte` is a two-byte vowel under `revision`.
    @inline(__always)
    static func isLatin1VowelTail(_ byte: UInt8, revision: SnowballRevision) -> Bool {
        let mask = revision == .snowball2 ? latin1VowelsSnowball2 : latin1VowelsSnowball3
        return isMember(byte, base: latin1TailBase, mask: mask)
    }

    /// Whether `byte` is in `s_ending` under `revision` (all members are ASCII).
    @inline(__always)
    static func isSEnding(_ byte: UInt8, revision: SnowballRevision) -> Bool {
        let mask = revision == .snowball2 ? sEndingSnowball2 : sEndingSnowball3
        return isMember(byte, base: Letter.a, mask: mask)
    }

    @inline(__always)
    static func isMember(_ byte: UInt8, base: UInt8, mask: UInt32) -> Bool {
        let offset = byte &- base
        return offset < 32 && (mask &>> UInt32(offset)) & 1 != 0
    }
}
