internal import TextAnalysis

/// Splits query text into `QueryToken`s, one pass over its characters, no regular expressions.
///
/// Rules, tried at the start of each token after white space:
/// - `(` and `)` are tokens of their own.
/// - `"…"`, `«…»` and `“…”` enclose a phrase; `~N` directly after the closing quote is its
///   proximity. A missing closing quote is an error.
/// - `+` or `-` directly followed by an operand (no space) marks it required or excluded.
/// - Otherwise a word runs to white space, a parenthesis or a quote. An upper-case `AND OR NOT
///   OG ELLER IKKE` word is an operator (lower-case `og`/`ikke` stay words). A known field
///   name before `:` (`tittel:`, any case) becomes a field token. A trailing `*` makes a prefix,
///   a trailing `~` or `~0`…`~2` a fuzzy word.
/// - A day number with its dot followed by a month name and a year (`12. mars 2017`) is one
///   word, so the analyzer reads it as the date it is (not as `12`, `mars` and `2017`).
/// - An unknown letters-only name directly followed by `:` and a value (`forfattar:Hansen`) is
///   an error naming the known fields; anything else with a colon (`10:30`, `https://…`,
///   `Merk: …`) is ordinary text.
struct QueryLexer {
    let chars: [Character]
    var index = 0

    init(_ text: String) {
        chars = Array(text)
    }

    /// Phrase delimiters: opening → closing.
    static let quotePairs: [Character: Character] = ["\"": "\"", "«": "»", "“": "”"]
    static let operatorWords: [String: QueryToken.Kind] = [
        "AND": .and, "OG": .and, "OR": .or, "ELLER": .or, "NOT": .not, "IKKE": .not,
    ]

    static func isWordBreak(_ c: Character) -> Bool {
        c.isWhitespace || c == "(" || c == ")" || quotePairs[c] != nil
    }

    mutating func tokenize() throws(QueryError) -> [QueryToken] {
        var tokens: [QueryToken] = []
        while let token = try next() { tokens.append(token) }
        return tokens
    }

    private mutating func next() throws(QueryError) -> QueryToken? {
        while index < chars.count, chars[index].isWhitespace { index += 1 }
        guard index < chars.count else { return nil }
        let start = index
        let c = chars[index]
        switch c {
        case "(":
            index += 1
            return QueryToken(kind: .leftParen, range: start..<index, text: "(")
        case ")":
            index += 1
            return QueryToken(kind: .rightParen, range: start..<index, text: ")")
        case _ where Self.quotePairs[c] != nil:
            return try phrase(closing: Self.quotePairs[c]!)
        case "+", "-":
            if index + 1 < chars.count, !chars[index + 1].isWhitespace, chars[index + 1] != ")" {
                index += 1
                return QueryToken(kind: c == "+" ? .plus : .minus, range: start..<index, text: String(c))
            }
            return try word()
        default:
            return try word()
        }
    }

    private mutating func phrase(closing: Character) throws(QueryError) -> QueryToken {
        let start = index
        index += 1
        guard let end = chars[index...].firstIndex(of: closing) else {
            throw QueryError(
                .syntax,
                message: "Manglende avsluttende anførselstegn for frasen som starter ved tegn \(start + 1). "
                    + "Legg til \(closing) eller fjern det.",
                position: start)
        }
        let text = String(chars[(start + 1)..<end])
        index = end + 1
        var slop: Int?
        if index < chars.count, chars[index] == "~" {
            let tilde = index
            index += 1
            let digits = readDigits()
            guard !digits.isEmpty else {
                throw QueryError(
                    .syntax,
                    message: "Etter ~ ved tegn \(tilde + 1) må det stå et tall: hvor mange ord som kan stå mellom "
                        + "ordene i frasen, f.eks. \"plan budsjett\"~3.",
                    position: tilde)
            }
            guard digits.count <= 3, let n = Int(digits), n <= QueryParser.maximumPhraseSlop else {
                throw QueryError(
                    .syntax,
                    message: "Nærheten ~\(digits) ved tegn \(tilde + 1) er for stor; største tillatte er "
                        + "\(QueryParser.maximumPhraseSlop). Bruk et mindre tall.",
                    position: tilde)
            }
            slop = n
        }
        return QueryToken(kind: .phrase(text, slop: slop), range: start..<index, text: String(chars[start..<index]))
    }

    private mutating func readDigits() -> String {
        var digits = ""
        while index < chars.count, let a = chars[index].asciiValue, (48...57).contains(a) {
            digits.append(chars[index])
            index += 1
        }
        return digits
    }

    private mutating func word() throws(QueryError) -> QueryToken {
        let start = index
        var end = start
        while end < chars.count, !Self.isWordBreak(chars[end]) { end += 1 }
        // A field name: the run up to the first colon.
        if let colon = chars[start..<end].firstIndex(of: ":"), colon > start {
            let name = String(chars[start..<colon])
            if let field = QueryField(name: name) {
                index = colon + 1
                return QueryToken(kind: .field(field), range: start..<index, text: String(chars[start...colon]))
            }
            let valueFollows: Bool
            if colon + 1 == end {
                valueFollows = end < chars.count && (chars[end] == "(" || Self.quotePairs[chars[end]] != nil)
            } else {
                valueFollows = chars[colon + 1].isLetter || chars[colon + 1].isNumber
            }
            if name.count >= 2, name.allSatisfy(\.isLetter), valueFollows {
                throw QueryError(.syntax, message: Self.unknownFieldMessage(name), position: start)
            }
        }
        end = writtenDateEnd(dayEnd: end, start: start) ?? end
        index = end
        let text = String(chars[start..<end])
        if let op = Self.operatorWords[text] { return QueryToken(kind: op, range: start..<end, text: text) }
        return QueryToken(kind: try wordKind(text, start: start), range: start..<end, text: text)
    }

    static func unknownFieldMessage(_ name: String) -> String {
        var message = "Ukjent felt «\(name):». Kjente felt: \(QueryField.knownNames)."
        let lower = name.lowercased()
        let near = QueryField.allCases.flatMap(\.names).min { editDistance(lower, $0) < editDistance(lower, $1) }
        if let near, editDistance(lower, near) <= 2 {
            message += " Mente du «\(near):»?"
        } else {
            message += " Sett ordet i anførselstegn hvis du søker etter teksten."
        }
        return message
    }

    /// Plain Levenshtein distance over characters (field-name suggestions only; a few letters).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[y.count]
    }

    /// The end of `12. mars 2017` when the word `start..<dayEnd` is a day number (one or two
    /// digits, a dot allowed) followed by white space, a month name and a four-digit year.
    private func writtenDateEnd(dayEnd: Int, start: Int) -> Int? {
        var day = chars[start..<dayEnd]
        if day.last == "." { day.removeLast() }
        guard (1...2).contains(day.count), day.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        func nextWord(after end: Int) -> Range<Int>? {
            var s = end
            while s < chars.count, chars[s].isWhitespace { s += 1 }
            guard s > end, s < chars.count else { return nil }
            var e = s
            while e < chars.count, !Self.isWordBreak(chars[e]) { e += 1 }
            return s..<e
        }
        guard let month = nextWord(after: dayEnd), WrittenDate.isMonthName(String(chars[month])),
              let year = nextWord(after: month.upperBound), year.count == 4,
              chars[year].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return year.upperBound
    }

    /// Classifies a word by its suffix: `kommun*` → prefix, `ord~` / `ord~1` → fuzzy.
    private func wordKind(_ text: String, start: Int) throws(QueryError) -> QueryToken.Kind {
        if text.last == "*" {
            var stem = text
            while stem.last == "*" { stem.removeLast() }
            guard !stem.isEmpty else {
                throw QueryError(
                    .syntax,
                    message: "«\(text)» ved tegn \(start + 1) søker ikke etter noe: skriv minst én bokstav foran *, "
                        + "f.eks. kommun*.",
                    position: start)
            }
            return .word(stem, suffix: .prefix)
        }
        if let tilde = text.lastIndex(of: "~") {
            let stem = String(text[..<tilde])
            let digits = text[text.index(after: tilde)...]
            if !stem.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                if digits.isEmpty { return .word(stem, suffix: .fuzzy(nil)) }
                guard digits.count <= 2, let n = Int(digits), n <= QueryParser.maximumEditDistance else {
                    throw QueryError(
                        .syntax,
                        message: "Største tillatte redigeringsavstand er \(QueryParser.maximumEditDistance) (fikk ~\(digits) "
                            + "ved tegn \(start + stem.count + 1)). Skriv ~1 eller ~2, eller bare ~.",
                        position: start + stem.count)
                }
                return .word(stem, suffix: .fuzzy(n))
            }
        }
        return .word(text, suffix: .none)
    }
}
