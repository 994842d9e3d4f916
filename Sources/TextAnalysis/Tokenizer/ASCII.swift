/// Byte-level predicates of the tokenizer's ASCII fast path.
enum ASCII {
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// Bytes that can follow the first word of an e-mail address's local part: only when a word
    /// unit stops at one of them does the tokenizer try to read an address.
    @inline(__always)
    static func mayContinueEmail(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "@") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    /// An abbreviation's dot follows one or two letters (`f.`, `bl.`, `m.`); longer words before
    /// a dot end a sentence (`vedtak.Kommunestyret` stays two tokens).
    static let maximumAbbreviationLead = 2
    /// …and precedes one to three letters (`eks`, `a`, `fl`).
    static let maximumAbbreviationTail = 3

    // MARK: Eight bytes at a time

    /// The high bit of every byte of a word.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// The bit that lowercases an ASCII letter, in every byte.
    static let caseBits: UInt64 = 0x2020_2020_2020_2020

    /// `isLetter` for the eight bytes of `word` at once: the high bit of each byte of the result
    /// is set when that byte is an ASCII letter, every other bit is clear. The range test adds
    /// to the folded bytes with their high bits cleared, so no carry crosses into the next byte:
    /// `+ 0x1F` reaches 0x80 from `a` (0x61) up, `+ 0x05` from `{` (0x7B) up; bytes of 0x80 and
    /// more (UTF-8 beyond ASCII) are excluded by their own high bit.
    @inline(__always)
    static func letterMask(_ word: UInt64) -> UInt64 {
        let folded = (word | caseBits) & ~highBits
        let fromA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = folded &+ 0x0505_0505_0505_0505
        return fromA & ~pastZ & ~word & highBits
    }
}
