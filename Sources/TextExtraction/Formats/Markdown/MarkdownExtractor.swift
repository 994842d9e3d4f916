import Foundation

/// Markdown: decoded like plain text, then block markup (headings, lists, quotes, rules, tables,
/// link definitions) and inline markup (emphasis, code, links, images) stripped; link and image
/// texts are kept. The first heading becomes the title.
struct MarkdownExtractor: TextExtractor {
    func extract(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        let decoded = try TextDecoding.decode(data, fileName: context.fileName)
        let (plain, heading) = Self.strip(decoded.text)
        var content = PlainTextExtractor.content(fromDecoded: plain, warnings: decoded.warnings, limits: context.limits)
        content.firstHeading = heading
        return content
    }

    /// The text without markup, and the first heading.
    static func strip(_ markdown: String) -> (text: String, firstHeading: String?) {
        var lines = markdown.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
        var output: [String] = []
        var firstHeading: String?
        var inFence = false
        var index = 0
        while index < lines.count {
            var line = lines[index]
            index += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                output.append("")
                continue
            }
            if inFence { output.append(line); continue }
            // Setext heading: a text line underlined with === or ---.
            if index < lines.count, !trimmed.isEmpty, isUnderline(lines[index]) {
                let text = inline(trimmed)
                if firstHeading == nil, !text.isEmpty { firstHeading = text }
                output.append(text)
                output.append("")
                lines[index] = ""
                continue
            }
            if isTableSeparator(trimmed) { continue }
            if isRule(trimmed) || isLinkDefinition(trimmed) { output.append(""); continue }
            if trimmed.hasPrefix("#") {
                let level = trimmed.prefix(while: { $0 == "#" }).count
                let rest = trimmed.dropFirst(level)
                if level <= 6, rest.isEmpty || rest.first == " " {
                    var text = rest.trimmingCharacters(in: .whitespaces)
                    while text.hasSuffix("#") { text.removeLast() }
                    text = inline(text.trimmingCharacters(in: .whitespaces))
                    if firstHeading == nil, !text.isEmpty { firstHeading = text }
                    output.append(text)
                    output.append("")
                    continue
                }
            }
            line = stripBlockPrefixes(line)
            if line.contains("|") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                let inner = cells.first == "" && cells.last == "" && cells.count > 2 ? Array(cells.dropFirst().dropLast()) : cells
                line = inner.map(inline).joined(separator: "\t")
            } else {
                line = inline(line)
            }
            output.append(line)
        }
        return (output.joined(separator: "\n"), firstHeading)
    }

    private static func isUnderline(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2 else { return false }
        return trimmed.allSatisfy { $0 == "=" } || trimmed.allSatisfy { $0 == "-" }
    }

    private static func isRule(_ trimmed: String) -> Bool {
        let compact = trimmed.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    private static func isLinkDefinition(_ trimmed: String) -> Bool {
        guard trimmed.hasPrefix("["), let close = trimmed.range(of: "]:") else { return false }
        return !trimmed[trimmed.index(after: trimmed.startIndex)..<close.lowerBound].contains("]")
    }

    private static func isTableSeparator(_ trimmed: String) -> Bool {
        trimmed.contains("-") && trimmed.contains("|") && trimmed.allSatisfy { "|-: ".contains($0) }
    }

    /// Removes quote markers, list bullets and ordered-list numbers at the start of a line.
    private static func stripBlockPrefixes(_ line: String) -> String {
        var rest = Substring(line).drop(while: { $0 == " " || $0 == "\t" })
        while rest.hasPrefix(">") { rest = rest.dropFirst().drop(while: { $0 == " " }) }
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2)
            if rest.hasPrefix("[ ] ") || rest.hasPrefix("[x] ") || rest.hasPrefix("[X] ") { rest = rest.dropFirst(4) }
        } else {
            let digits = rest.prefix(while: \.isNumber)
            let after = rest.dropFirst(digits.count)
            if !digits.isEmpty, digits.count <= 9, after.hasPrefix(". ") || after.hasPrefix(") ") { rest = after.dropFirst(2) }
        }
        return String(rest)
    }

    /// Strips inline markup: images and links keep their text, code spans and emphasis lose
    /// their markers, HTML tags go, backslash escapes are resolved.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var index = 0
        while index < chars.count {
            let char = chars[index]
            switch char {
            case "\\" where index + 1 < chars.count && (chars[index + 1].isPunctuation || chars[index + 1].isSymbol):
                out.append(chars[index + 1])
                index += 2
            case "!" where index + 1 < chars.count && chars[index + 1] == "[":
                index += 1  // the image's alt text is handled as a link text
            case "[":
                if let (label, next) = linkText(chars, from: index) {
                    out += inline(label)
                    index = next
                } else {
                    out.append(char)
                    index += 1
                }
            case "<":
                if let close = chars[index...].firstIndex(of: ">"), close - index < 200 {
                    let inner = String(chars[(index + 1)..<close])
                    if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
                        out += inner
                        index = close + 1
                        continue
                    }
                    if let first = inner.first, first.isLetter || first == "/" || first == "!" {
                        index = close + 1
                        continue
                    }
                }
                out.append(char)
                index += 1
            case "*", "`":
                index += 1
            case "~" where index + 1 < chars.count && chars[index + 1] == "~":
                index += 2
            case "_":
                let before = index > 0 ? chars[index - 1] : " "
                let after = index + 1 < chars.count ? chars[index + 1] : " "
                if before.isLetter || before.isNumber, after.isLetter || after.isNumber { out.append(char) }
                index += 1
            default:
                out.append(char)
                index += 1
            }
        }
        return out
    }

    /// `[text](url)`, `[text][ref]` or `[text]` at `start`: the text and the index after the link.
    private static func linkText(_ chars: [Character], from start: Int) -> (String, Int)? {
        var depth = 0
        var index = start
        while index < chars.count {
            if chars[index] == "[" { depth += 1 }
            if chars[index] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < chars.count else { return nil }
        let label = String(chars[(start + 1)..<index])
        var next = index + 1
        if next < chars.count, chars[next] == "(" || chars[next] == "[" {
            let close: Character = chars[next] == "(" ? ")" : "]"
            if let end = chars[next...].firstIndex(of: close) { next = end + 1 } else { return nil }
        } else {
            return (label, next)  // shortcut reference or plain brackets: keep the text
        }
        return (label, next)
    }
}
