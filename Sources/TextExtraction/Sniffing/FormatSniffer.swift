import Foundation

/// Recognises a file's kind from its bytes (magic numbers and a look at the first kilobyte),
/// never from its name.
enum FormatSniffer {
    /// How far into the file `%PDF-` may start: Acrobat accepts junk before the header within 1 KiB.
    static let pdfHeaderWindow = 1024
    /// How much of the start is searched for `<!doctype html` / `<html`.
    static let htmlSniffWindow = 1024
    /// How much of the start is inspected for NUL and control bytes.
    static let binarySniffWindow = 8192
    /// Share of control bytes (other than tab, line ends, form feed, escape) above which bytes are
    /// binary. Real text has none; 5 % leaves room for a stray control character or two.
    static let maxControlByteShare = 0.05

    static func sniff(_ data: Data) -> SniffedKind {
        guard !data.isEmpty else { return .empty }
        let head = [UInt8](data.prefix(binarySniffWindow))
        if contains(head.prefix(pdfHeaderWindow), Array("%PDF-".utf8)) { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false) }
        if head.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true) }
        if let known = knownBinary(head) { return .binary(known) }

        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        if head[start...].starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if looksLikeHTML(head[start...].prefix(htmlSniffWindow)) { return .html }

        var controls = 0
        for byte in head {
            if byte == 0 { return .binary("binærdata (inneholder NUL-byte)") }
            if byte < 0x20, ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte) { controls += 1 }
        }
        if Double(controls) > Double(head.count) * maxControlByteShare { return .binary("binærdata (mange kontrolltegn)") }
        return .text
    }

    /// True when the text (any ASCII-compatible encoding) starts an HTML document.
    static func looksLikeHTML(_ bytes: some Collection<UInt8>) -> Bool {
        let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        if contains(lowered, Array("<!doctype html".utf8)) { return true }
        let marker = Array("<html".utf8)
        var index = 0
        while index + marker.count <= lowered.count {
            if lowered[index..<index + marker.count].elementsEqual(marker) {
                let next = index + marker.count < lowered.count ? lowered[index + marker.count] : 0x3E
                if [0x3E, 0x20, 0x09, 0x0A, 0x0D].contains(next) { return true }
            }
            index += 1
        }
        return false
    }

    /// Tags that open an HTML fragment: WHATWG MIME sniffing's list (`<p`, `<h1`, `<div`, `<b`,
    /// `<!--`, …) plus the block and inline tags web editors and exporters start with.
    static let fragmentOpeningTags: Set<String> = [
        "html", "head", "body", "script", "iframe", "h1", "h2", "h3", "h4", "h5", "h6", "div", "font", "table",
        "a", "style", "title", "b", "br", "p", "meta", "span", "ul", "ol", "li", "section", "article", "header",
        "main", "nav", "strong", "em", "i", "pre", "blockquote", "hr", "img", "figure", "center", "tr", "td", "dl",
    ]
    /// Closing tags that only markup has (`</p>`, `</h2>`, `</li>`, …).
    static let fragmentClosingTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li", "td", "tr", "table", "span", "a", "strong", "em", "b",
        "ul", "ol", "section", "article", "blockquote", "pre",
    ]
    /// Closing tags within the sniffed window that make text without an opening tag HTML: one
    /// could be quoted in prose, three are markup.
    static let minimumClosingTags = 3

    /// True when text without `<html>` is HTML all the same: it opens (after white space) with a
    /// known tag or a comment, as fragments from web editors and exporters do (`<p>…`, `<h1>…`),
    /// or it holds several closing tags of markup. Not applied to Markdown files, which may
    /// embed HTML in their text.
    static func looksLikeHTMLFragment(_ bytes: some Collection<UInt8>) -> Bool {
        let text = Array(bytes.prefix(binarySniffWindow)).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        var i = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < text.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(text[i]) { i += 1 }
        if text[i...].starts(with: Array("<!--".utf8)) { return true }
        if i < text.count, text[i] == UInt8(ascii: "<"), let name = tagName(text, from: i + 1), fragmentOpeningTags.contains(name) {
            return true
        }
        var closing = 0
        var j = 0
        while j + 1 < text.count {
            if text[j] == UInt8(ascii: "<"), text[j + 1] == UInt8(ascii: "/"),
               let name = tagName(text, from: j + 2), fragmentClosingTags.contains(name) {
                closing += 1
                if closing >= minimumClosingTags { return true }
            }
            j += 1
        }
        return false
    }

    /// The lower-case tag name starting at `start` when a tag-terminating byte (space, `>`,
    /// `/`, line end) follows it.
    private static func tagName(_ text: [UInt8], from start: Int) -> String? {
        var end = start
        while end < text.count, end - start < 12, (0x61...0x7A).contains(text[end]) || (0x30...0x39).contains(text[end]) { end += 1 }
        guard end > start, end < text.count, [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(text[end]) else { return nil }
        return String(decoding: text[start..<end], as: UTF8.self)
    }

    private static func knownBinary(_ head: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0xD0, 0xCF, 0x11, 0xE0], "gammelt Microsoft Office-format (.doc/.xls), som ikke støttes"),
            ([0x89, 0x50, 0x4E, 0x47], "et PNG-bilde"),
            ([0xFF, 0xD8, 0xFF], "et JPEG-bilde"),
            ([0x47, 0x49, 0x46, 0x38], "et GIF-bilde"),
            ([0x1F, 0x8B], "en gzip-komprimert fil"),
            ([0x7F, 0x45, 0x4C, 0x46], "et program (ELF)"),
        ]
        return signatures.first { head.starts(with: $0.0) }?.1
    }

    private static func contains(_ haystack: some Collection<UInt8>, _ needle: [UInt8]) -> Bool {
        let bytes = Array(haystack)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
