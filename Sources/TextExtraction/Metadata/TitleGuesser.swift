import Foundation

/// Picks the title: the format's own title unless it is a placeholder, else the first heading,
/// else the first line of text, shortened at a word boundary.
enum TitleGuesser {
    /// Longest title taken from a first line; longer lines are cut at a word boundary. 160
    /// characters hold the longest real titles in the corpus ("Reglement for … i … kommune").
    static let maxLength = 160

    /// Titles word processors fill in by themselves.
    static let placeholders: Set<String> = ["untitled", "dokument1", "document1", "uten tittel", "microsoft word", "tittel", "title", "pdf"]

    static func title(metadata: String?, firstHeading: String?, text: String) -> String? {
        if let metadata = clean(metadata), !isPlaceholder(metadata) { return shorten(metadata) }
        if let heading = clean(firstHeading) { return shorten(heading) }
        for line in text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: true) {
            if let first = clean(String(line.replacingOccurrences(of: "\t", with: " "))) { return shorten(first) }
        }
        return nil
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
