import Foundation

/// Collects the text of a word-processing XML part (WordprocessingML or ODF) into paragraphs,
/// table cells separated by tabs and rows by line ends, and remembers the first heading.
///
/// The element vocabulary (``Vocabulary``) is what differs between DOCX and ODT.
final class StructuredTextCollector: XMLPartHandler {
    /// The element names that give the text its structure in one format.
    struct Vocabulary {
        var paragraph: Set<String>
        /// Paragraph elements that are headings by name (ODF `text:h`).
        var heading: Set<String> = []
        /// When not empty, only characters inside these elements are text (WordprocessingML `w:t`).
        var textRun: Set<String> = []
        var tableCell: Set<String>
        var tableRow: Set<String>
        var table: Set<String>
        var lineBreak: Set<String>
        var tab: Set<String>
        /// Elements standing for spaces; the attribute names the count (ODF `text:s text:c="3"`).
        var space: [String: String] = [:]
        /// Elements whose whole subtree is ignored (deleted text, fallbacks, comments…).
        var skipped: Set<String>
        /// When not empty, text is collected only inside these elements (ODF headers in styles.xml).
        var scope: Set<String> = []
        /// The element and attribute naming a paragraph's style, for heading detection (`w:pStyle`, `w:val`).
        var paragraphStyle: (element: String, attribute: String)?
    }

    private let vocabulary: Vocabulary
    private(set) var accumulator: TextAccumulator
    private(set) var firstHeading: String?
    private var paragraphs: [(text: String, isHeading: Bool)] = []
    /// UTF-8 bytes held in `paragraphs`, not yet in the accumulator.
    private(set) var pendingBytes = 0
    private var textRunDepth = 0
    private var skipDepth = 0
    private var scopeDepth = 0
    private var cellDepth = 0

    init(vocabulary: Vocabulary, limit: Int) {
        self.vocabulary = vocabulary
        accumulator = TextAccumulator(limit: limit)
    }

    private var collecting: Bool {
        skipDepth == 0 && (vocabulary.scope.isEmpty || scopeDepth > 0)
    }

    func startElement(_ name: String, attributes: [String: String]) {
        if skipDepth > 0 || vocabulary.skipped.contains(name) {
            skipDepth += 1
            return
        }
        if vocabulary.scope.contains(name) { scopeDepth += 1 }
        guard collecting else { return }
        if vocabulary.paragraph.contains(name) || vocabulary.heading.contains(name) {
            paragraphs.append(("", vocabulary.heading.contains(name)))
        } else if vocabulary.textRun.contains(name) {
            textRunDepth += 1
        } else if vocabulary.tableCell.contains(name) {
            cellDepth += 1
        } else if vocabulary.lineBreak.contains(name) {
            appendInline("\n")
        } else if vocabulary.tab.contains(name) {
            appendInline("\t")
        } else if let countAttribute = vocabulary.space[name] {
            let count = min(Int(attributes[countAttribute] ?? "1") ?? 1, 100)
            appendInline(String(repeating: " ", count: max(count, 1)))
        } else if let style = vocabulary.paragraphStyle, name == style.element, let value = attributes[style.attribute],
                  !paragraphs.isEmpty, Self.isHeadingStyle(value) {
            paragraphs[paragraphs.count - 1].isHeading = true
        }
    }

    func endElement(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        defer { if vocabulary.scope.contains(name) { scopeDepth -= 1 } }
        guard collecting else { return }
        if vocabulary.paragraph.contains(name) || vocabulary.heading.contains(name) {
            guard let paragraph = paragraphs.popLast() else { return }
            pendingBytes -= paragraph.text.utf8.count
            if paragraph.isHeading, firstHeading == nil {
                let words = paragraph.text.split(whereSeparator: \.isWhitespace)
                if !words.isEmpty { firstHeading = words.joined(separator: " ") }
            }
            if !paragraphs.isEmpty {
                // A paragraph nested in another (a text box): its text goes out before the outer one's.
                accumulator.append(paragraph.text)
                accumulator.paragraphBreak()
            } else if cellDepth > 0 {
                accumulator.append(paragraph.text)
                accumulator.append(" ")
            } else {
                accumulator.append(paragraph.text)
                accumulator.paragraphBreak()
            }
        } else if vocabulary.textRun.contains(name) {
            textRunDepth = max(0, textRunDepth - 1)
        } else if vocabulary.tableCell.contains(name) {
            cellDepth = max(0, cellDepth - 1)
            accumulator.cellBreak()
        } else if vocabulary.tableRow.contains(name) {
            accumulator.lineBreak()
        } else if vocabulary.table.contains(name) {
            accumulator.paragraphBreak()
        }
    }

    func characters(_ text: String) {
        guard collecting, !paragraphs.isEmpty else { return }
        if !vocabulary.textRun.isEmpty, textRunDepth == 0 { return }
        appendInline(text)
    }

    /// Adds a run to the open paragraph, or straight to the text outside one. Open paragraphs
    /// take text only while they and the text so far fit the text limit: one paragraph of
    /// millions of `<text:s text:c="100"/>` would otherwise grow without bound before the
    /// accumulator (which cuts and warns once the held text passes the limit) ever saw it.
    private func appendInline(_ text: String) {
        if paragraphs.isEmpty {
            accumulator.append(text)
        } else if accumulator.text.utf8.count + pendingBytes <= accumulator.limit {
            paragraphs[paragraphs.count - 1].text += text
            pendingBytes += text.utf8.count
        }
    }

    /// Style ids of titles and headings in English and Norwegian Word and LibreOffice.
    static func isHeadingStyle(_ style: String) -> Bool {
        let lowered = style.lowercased().filter { $0 != " " }
        return ["title", "tittel", "heading", "overskrift"].contains { lowered.hasPrefix($0) }
    }
}
