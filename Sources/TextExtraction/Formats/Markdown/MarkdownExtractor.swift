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
            let trimmed = trimSpaces(line)
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
                        var text = trimSpaces(String(rest))
                    while text.hasSuffix("#") { text.removeLast() }
                    text = inline(trimSpaces(text))
                    if firstHeading == nil, !text.isEmpty { firstHeading = text }
                    output.append(text)
                    output.append("")
                    continue
                }
            }
            line = stripBlockPrefixes(line)
            if line.utf8.contains(0x7C) {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { trimSpaces(String($0)) }
                let inner = cells.first == "" && cells.last == "" && cells.count > 2 ? Array(cells.dropFirst().dropLast()) : cells
                line = inner.map(inline).joined(separator: "\t")
            } else {
                line = inline(line)
            }
            output.append(line)
        }
        return (output.joined(separator: "\n"), firstHeading)
    }

    /// Drops spaces and tabs at both ends (Foundation's trimming is slow on Linux).
    static func trimSpaces(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    private static func isUnderline(_ line: String) -> Bool {
        let trimmed = trimSpaces(line)
        guard trimmed.count >= 2 else { return false }
        return trimmed.allSatisfy { $0 == "=" } || trimmed.allSatisfy { $0 == "-" }
    }

    private static func isRule(_ trimmed: String) -> Bool {
        guard let lead = trimmed.utf8.first, lead == 0x2D || lead == 0x2A || lead == 0x5F else { return false }
        let compact = trimmed.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    private static func isLinkDefinition(_ trimmed: String) -> Bool {
        guard trimmed.hasPrefix("["), trimmed.utf8.contains(0x3A), let close = trimmed.range(of: "]:") else { return false }
        return !trimmed[trimmed.index(after: trimmed.startIndex)..<close.lowerBound].contains("]")
    }

    private static func isTableSeparator(_ trimmed: String) -> Bool {
        trimmed.utf8.contains(0x2D) && trimmed.utf8.contains(0x7C) && trimmed.utf8.allSatisfy { [0x7C, 0x2D, 0x3A, 0x20].contains($0) }
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

    /// Strips inline markup (see ``MarkdownInline``).
    static func inline(_ text: String) -> String {
        MarkdownInline.strip(text)
    }
}
