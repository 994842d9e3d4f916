/// Splits RTF bytes into ``RTFToken``s. Never fails: malformed escapes become text, and a
/// truncated file simply ends.
struct RTFTokenizer {
    /// Longest control word accepted (the RTF spec says 32 letters).
    static let maxWordLength = 32

    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func next() -> RTFToken? {
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x7B: return .groupStart
            case 0x7D: return .groupEnd
            case 0x0D, 0x0A: continue
            case 0x5C: return control()
            default: return .text(byte)
            }
        }
        return nil
    }

    private mutating func control() -> RTFToken {
        guard index < bytes.count else { return .text(0x5C) }
        let first = bytes[index]
        if !Self.isLetter(first) {
            index += 1
            if first == 0x27, index + 1 < bytes.count, let high = Self.hex(bytes[index]), let low = Self.hex(bytes[index + 1]) {
                index += 2
                return .hexByte(high << 4 | low)
            }
            if first == 0x0A || first == 0x0D { return .controlWord("par", nil) }
            return .controlSymbol(first)
        }
        let start = index
        while index < bytes.count, Self.isLetter(bytes[index]), index - start < Self.maxWordLength { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        var parameter: Int?
        var negative = false
        if index < bytes.count, bytes[index] == 0x2D { negative = true; index += 1 }
        var digits = 0
        var value = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]), digits < 10 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
            digits += 1
        }
        if digits > 0 { parameter = negative ? -value : value }
        if index < bytes.count, bytes[index] == 0x20 { index += 1 }
        if word == "bin", let length = parameter, length > 0 {
            index = min(bytes.count, index + length)
            return .binary
        }
        return .controlWord(word, parameter)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        case 0x41...0x46: byte - 0x41 + 10
        default: nil
        }
    }
}
