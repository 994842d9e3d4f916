public import SearchCore
internal import NorwegianStemmer

/// Placeholder analyzer: splits on non-letters and lower-cases (issue 3 replaces it).
public struct Analyzer: Sendable {
    public init() {}

    public static func norwegian() -> Analyzer { Analyzer() }

    public func analyze(_ text: String) -> [Token] {
        var tokens: [Token] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    public func forEachToken(in text: String, _ body: (Token) -> Void) {
        var position: UInt32 = 0
        var start = 0
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        func flush(_ end: Int) {
            if !current.isEmpty {
                let word = String(decoding: current, as: UTF8.self).lowercased()
                body(Token(term: NorwegianStemmer.stem(word), position: position, byteStart: UInt32(start), byteEnd: UInt32(end)))
                position += 1
                current.removeAll(keepingCapacity: true)
            }
        }
        for (i, b) in bytes.enumerated() {
            let isWord = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if isWord {
                if current.isEmpty { start = i }
                current.append(b)
            } else {
                flush(i)
            }
        }
        flush(bytes.count)
    }
}
