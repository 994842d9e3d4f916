/// Strips inline Markdown markup in one pass over the scalars: images and links keep their
/// text, code spans and emphasis lose their markers, HTML tags go, backslash escapes are
/// resolved.
///
/// Linear in the length of the line whatever its nesting: bracket pairs are matched once with a
/// stack, closing `)`/`]` are found by binary search in their sorted positions, and a link's
/// text is processed in place (a stack of open link regions) instead of by recursion, so
/// 100,000 nested `[` cost neither quadratic time, quadratic copies nor a deep call stack.
/// Works on Unicode scalars: every marker is ASCII, and scalars are much cheaper than Characters.
struct MarkdownInline {
    /// Longest inline HTML tag or autolink (`<…>`) recognised, in scalars; a `<` without a `>`
    /// this close is literal text. 200 covers any real tag or URL and bounds the look-ahead.
    static let maximumTagLength = 200

    private let chars: [Unicode.Scalar]
    /// Positions of every `[`, ascending, and the position of the `]` matching each (-1: none).
    private var openers: [Int] = []
    private var matches: [Int] = []
    /// Positions of every `)` and `]`, ascending.
    private var closingParens: [Int] = []
    private var closingBrackets: [Int] = []

    /// A link text being processed: it ends before `end`; after it, scanning resumes at `resume`.
    private struct Region {
        let start: Int
        let end: Int
        let resume: Int
    }

    static func strip(_ text: String) -> String {
        MarkdownInline(text).run()
    }

    private init(_ text: String) {
        chars = Array(text.unicodeScalars)
        var stack: [Int] = []
        for (position, char) in chars.enumerated() {
            switch char {
            case "[":
                stack.append(openers.count)
                openers.append(position)
                matches.append(-1)
            case "]":
                closingBrackets.append(position)
                if let opener = stack.popLast() { matches[opener] = position }
            case ")":
                closingParens.append(position)
            default:
                break
            }
        }
    }

    private func run() -> String {
        var out = String.UnicodeScalarView()
        var regions: [Region] = []
        var index = 0
        while true {
            if let region = regions.last, index >= region.end {
                index = region.resume
                regions.removeLast()
                continue
            }
            let end = regions.last?.end ?? chars.count
            let start = regions.last?.start ?? 0
            guard index < end else { break }
            let char = chars[index]
            switch char {
            case "\\" where index + 1 < end && Self.isASCIIPunctuation(chars[index + 1]):
                out.append(chars[index + 1])
                index += 2
            case "!" where index + 1 < end && chars[index + 1] == "[":
                index += 1  // the image's alt text is handled as a link text
            case "[":
                if let link = link(at: index, end: end) {
                    regions.append(link)
                    index = link.start
                } else {
                    out.append(char)
                    index += 1
                }
            case "<":
                let window = chars[index..<min(end, index + Self.maximumTagLength)]
                if let close = window.firstIndex(of: ">") {
                    let inner = chars[(index + 1)..<close]
                    if Self.startsAutolink(inner) {
                        out.append(contentsOf: inner)
                        index = close + 1
                        continue
                    }
                    if let first = inner.first, first.properties.isAlphabetic || first == "/" || first == "!" {
                        index = close + 1
                        continue
                    }
                }
                out.append(char)
                index += 1
            case "*", "`":
                index += 1
            case "~" where index + 1 < end && chars[index + 1] == "~":
                index += 2
            case "_":
                let before: Unicode.Scalar = index > start ? chars[index - 1] : " "
                let after: Unicode.Scalar = index + 1 < end ? chars[index + 1] : " "
                if Self.isWordScalar(before), Self.isWordScalar(after) { out.append(char) }
                index += 1
            default:
                out.append(char)
                index += 1
            }
        }
        return String(out)
    }

    /// `[text](url)`, `[text][ref]` or `[text]` opening at `position`, all before `end`: the
    /// region of its text and where scanning resumes after the link; nil when it is no link.
    private func link(at position: Int, end: Int) -> Region? {
        guard let opener = Self.firstIndex(in: openers, atLeast: position), openers[opener] == position else { return nil }
        let close = matches[opener]
        // A `[` inside a link text always matches inside it: pairs nest.
        guard close >= 0, close < end else { return nil }
        let next = close + 1
        guard next < end, chars[next] == "(" || chars[next] == "[" else {
            return Region(start: position + 1, end: close, resume: next)  // shortcut reference or plain brackets
        }
        let closers = chars[next] == "(" ? closingParens : closingBrackets
        guard let found = Self.firstIndex(in: closers, atLeast: next + 1), closers[found] < end else { return nil }
        return Region(start: position + 1, end: close, resume: closers[found] + 1)
    }

    /// The index of the first element ≥ `value` in an ascending array, or nil.
    private static func firstIndex(in sorted: [Int], atLeast value: Int) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count ? low : nil
    }

    private static func startsAutolink(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        ["http://", "https://", "mailto:"].contains { inner.starts(with: $0.unicodeScalars) }
    }

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
            || (0x7B...0x7E).contains(value)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39)
    }
}
