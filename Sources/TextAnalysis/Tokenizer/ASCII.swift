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
}
