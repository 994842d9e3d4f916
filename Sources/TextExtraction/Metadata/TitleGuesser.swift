import Foundation

/// Picks the title: what the document is about.
///
/// 1. The format's own title (HTML `<title>`, DOCX/ODT/PDF properties) unless it is a
///    placeholder a program filled in.
/// 2. Else the first heading (Markdown `#`, a plain-text line underlined with `===`/`---`), or
///    the first line that reads as a heading: short, no sentence-final punctuation, and — in
///    plain text, where a line may be one of a paragraph's wrapped lines — followed by a blank
///    line. The letterhead, labelled lines (`Arkivsak:`, `Utvalg:`) and kind lines
///    (`Saksframlegg`) before it are skipped. A document that opens with a sentence has no title.
/// 3. A case document's subject gets its case number from the header (`PS 02/18 Namn på …`);
///    minutes get their meeting date (`Møteprotokoll – Fellesnemnda …, 16.01.2018`).
enum TitleGuesser {
    /// Longest title taken from a heading; longer ones are cut at a word boundary. 160
    /// characters hold the longest real titles in the corpus ("Reglement for … i … kommune").
    static let maxLength = 160
    /// Lines of the text's start searched for the heading: a case's header block is under ten.
    static let headerLines = 24

    /// Lines longer than this (in UTF-8 bytes; a heading's 160 characters with room for
    /// emphasis marks and letters beyond ASCII) are never headings or labelled lines.
    static let maxHeadingLineBytes = 4 * maxLength
    /// What a line too long for a heading is read as: a sentence.
    static let proseLine = "(…)."

    /// Titles word processors fill in by themselves.
    static let placeholders: Set<String> = [
        "untitled", "dokument1", "document1", "uten tittel", "microsoft word", "tittel", "title", "pdf", "unspecified",
        "python-docx", "anonymous",
    ]
    /// Characters that end a sentence or lead on to more text: a line ending with one is prose.
    static let sentenceEnds: Set<Character> = [".", "!", "?", ":", ";", ",", "…"]
    /// Kinds of minutes whose title gets the meeting date.
    static let minutesPrefixes = ["møteprotokoll", "protokoll", "møtebok"]

    /// `linesAreParagraphs`: the text's lines are paragraphs (PDF, DOCX, ODT, RTF, HTML), not
    /// hard-wrapped lines of plain text.
    static func title(metadata: String?, firstHeading: String?, text: String, linesAreParagraphs: Bool = false) -> String? {
        if let metadata = clean(metadata), !isPlaceholder(metadata) { return shorten(metadata) }
        var header = CaseHeader()
        // Lines cut on the bytes (a split on `Character`s segments every grapheme of the text).
        let raw = text.utf8.split(separator: UInt8(ascii: "\n"), maxSplits: headerLines, omittingEmptySubsequences: false)
            .prefix(headerLines).map { Substring($0) }
        // A line too long for a heading is prose: it is not cleaned (a review's paragraph is
        // one line), only marked as a sentence.
        let rules = raw.map { isRule($0.utf8) }
        // Cleaned when first needed: most texts are decided by their first line or two.
        var cleaned = [String??](repeating: nil, count: raw.count)
        func line(_ i: Int) -> String? {
            if let known = cleaned[i] { return known }
            let value = raw[i].utf8.count > maxHeadingLineBytes ? proseLine : clean(String(raw[i]).replacingOccurrences(of: "\t", with: " "))
            cleaned[i] = .some(value)
            return value
        }
        func nextLine(after i: Int) -> String? {
            var j = i + 1
            while j < raw.count {
                if let l = line(j) { return l }
                j += 1
            }
            return nil
        }
        var subject = clean(firstHeading)
        var i = 0
        while subject == nil, i < raw.count {
            defer { i += 1 }
            guard !rules[i], let current = line(i).map(Self.withoutEmphasis) else { continue }
            if CaseHeader.isLabelLine(current) || CaseHeader.isKindLine(current) {
                header.read(current)
                continue
            }
            let next = i + 1 < raw.count ? line(i + 1) : nil
            if i + 1 < rules.count, rules[i + 1] {
                subject = current
            } else if let following = nextLine(after: i), CaseHeader.isLabelLine(withoutEmphasis(following)) {
                continue  // a letterhead: an organ's name directly followed by labelled lines
            } else if readsAsHeading(current) && (linesAreParagraphs || next == nil) {
                subject = current
            } else {
                return nil
            }
        }
        guard var subject else { return nil }
        // Labelled lines between a Markdown heading and the body (or before it) still count.
        for i in 0..<min(raw.count, headerLines / 2) {
            if let current = line(i).map(Self.withoutEmphasis), CaseHeader.isLabelLine(current) { header.read(current) }
        }
        if let number = header.caseNumber, !subject.uppercased().hasPrefix("PS ") {
            subject = number + " " + subject
        }
        let lowered = subject.lowercased()
        if let date = header.meetingDate, minutesPrefixes.contains(where: lowered.hasPrefix),
           !subject.contains(where: \.isNumber) {
            subject += ", " + date
        }
        return shorten(subject)
    }

    /// Short, and no sentence-final punctuation.
    private static func readsAsHeading(_ line: String) -> Bool {
        guard let last = line.last, line.count <= maxLength else { return false }
        return !sentenceEnds.contains(last)
    }

    /// A setext underline or a horizontal rule: `=====`, `-----` (spaces around allowed).
    private static func isRule(_ line: Substring.UTF8View) -> Bool {
        let marks = line.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }
        guard marks.count >= 3, let first = marks.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `_Utvalg: Fellesnemnda_` → `Utvalg: Fellesnemnda`.
    private static func withoutEmphasis(_ line: String) -> String {
        line.trimmingCharacters(in: CharacterSet(charactersIn: "_*").union(.whitespaces))
    }

    private static func clean(_ value: String?) -> String? {
        guard var value else { return nil }
        for prefix in ["Microsoft Word - ", "Microsoft PowerPoint - "] where value.hasPrefix(prefix) {
            value = String(value.dropFirst(prefix.count))
        }
        let collapsed = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.contains(where: \.isLetter) ? collapsed : nil
    }

    private static func isPlaceholder(_ value: String) -> Bool {
        let lowered = value.lowercased()
        if placeholders.contains(lowered) { return true }
        return [".docx", ".doc", ".odt", ".pdf", ".rtf"].contains { lowered.hasSuffix($0) } && !lowered.contains(" ")
    }

    private static func shorten(_ value: String) -> String {
        guard value.count > maxLength else { return value }
        let cut = value.prefix(maxLength)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + " …" }
        return String(cut) + "…"
    }
}
