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
        let raw = text.split(separator: "\n", maxSplits: headerLines, omittingEmptySubsequences: false).prefix(headerLines)
        let rules = raw.map { isRule($0.trimmingCharacters(in: .whitespaces)) }
        let lines = raw.map { clean(String($0).replacingOccurrences(of: "\t", with: " ")) }
        var subject = clean(firstHeading)
        var i = 0
        while subject == nil, i < lines.count {
            defer { i += 1 }
            guard !rules[i], let line = lines[i].map(Self.withoutEmphasis) else { continue }
            if CaseHeader.isLabelLine(line) || CaseHeader.isKindLine(line) {
                header.read(line)
                continue
            }
            let next = lines[(i + 1)...].first ?? nil
            if i + 1 < rules.count, rules[i + 1] {
                subject = line
            } else if isLetterhead(line, lines[(i + 1)...]) {
                continue
            } else if readsAsHeading(line) && (linesAreParagraphs || next == nil) {
                subject = line
            } else {
                return nil
            }
        }
        // Labelled lines between a Markdown heading and the body (or before it) still count.
        for line in lines.prefix(headerLines / 2) {
            if let line = line.map(Self.withoutEmphasis), CaseHeader.isLabelLine(line) { header.read(line) }
        }
        guard var subject else { return nil }
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

    /// A letterhead line: an organ's name directly followed by labelled header lines.
    private static func isLetterhead(_ line: String, _ rest: ArraySlice<String?>) -> Bool {
        guard let following = rest.lazy.compactMap({ $0 }).first else { return false }
        return CaseHeader.isLabelLine(withoutEmphasis(following))
    }

    /// Short, and no sentence-final punctuation.
    private static func readsAsHeading(_ line: String) -> Bool {
        guard let last = line.last, line.count <= maxLength else { return false }
        return !sentenceEnds.contains(last)
    }

    /// A setext underline or a horizontal rule: `=====`, `-----`.
    private static func isRule(_ line: String) -> Bool {
        line.count >= 3 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
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
