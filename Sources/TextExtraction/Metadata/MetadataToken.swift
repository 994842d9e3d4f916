/// A word, number or punctuation mark in text being scanned for metadata.
struct MetadataToken {
    enum Kind { case word, number, symbol }

    var kind: Kind
    var text: Substring
    /// Whitespace stands between this token and the previous one.
    var spaceBefore: Bool
    /// A line end stands between this token and the previous one (or this is the first token).
    var startsLine: Bool

    /// Splits text into runs of letters, runs of ASCII digits and single other characters.
    /// Works on Unicode scalars with ASCII fast paths: `Character.isLetter` costs a grapheme
    /// break and a property lookup per character, which dominated extraction time.
    static func tokenize(_ text: Substring) -> [MetadataToken] {
        var tokens: [MetadataToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var spaceBefore = false
        var startsLine = true
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isSpace(scalar) {
                spaceBefore = true
                if isLineBreak(scalar) { startsLine = true }
                index = scalars.index(after: index)
                continue
            }
            let start = index
            let kind: Kind
            if isLetter(scalar) {
                kind = .word
                repeat { index = scalars.index(after: index) } while index < scalars.endIndex && (isLetter(scalars[index]) || isMark(scalars[index]))
            } else if scalar.value >= 0x30 && scalar.value <= 0x39 {
                kind = .number
                repeat { index = scalars.index(after: index) } while index < scalars.endIndex && scalars[index].value >= 0x30 && scalars[index].value <= 0x39
            } else {
                kind = .symbol
                index = scalars.index(after: index)
            }
            tokens.append(MetadataToken(kind: kind, text: text[start..<index], spaceBefore: spaceBefore, startsLine: startsLine))
            spaceBefore = false
            startsLine = false
        }
        return tokens
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }  // Latin-1 and Latin Extended letters
        return scalar.properties.isAlphabetic
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.value <= 0x36F
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0xA0 || value == 0x2028 || value == 0x2029 || scalar.properties.isWhitespace
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C || value == 0x2028 || value == 0x2029
    }
}
