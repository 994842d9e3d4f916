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
    static func tokenize(_ text: Substring) -> [MetadataToken] {
        var tokens: [MetadataToken] = []
        var index = text.startIndex
        var spaceBefore = false
        var startsLine = true
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                spaceBefore = true
                if character.isNewline { startsLine = true }
                index = text.index(after: index)
                continue
            }
            let start = index
            let kind: Kind
            if character.isLetter {
                kind = .word
                repeat { index = text.index(after: index) } while index < text.endIndex && text[index].isLetter
            } else if character.isASCII, character.isNumber {
                kind = .number
                repeat { index = text.index(after: index) } while index < text.endIndex && text[index].isASCII && text[index].isNumber
            } else {
                kind = .symbol
                index = text.index(after: index)
            }
            tokens.append(MetadataToken(kind: kind, text: text[start..<index], spaceBefore: spaceBefore, startsLine: startsLine))
            spaceBefore = false
            startsLine = false
        }
        return tokens
    }
}
