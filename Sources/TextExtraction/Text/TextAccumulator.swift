/// Collects text from a document walk: inline runs, line and paragraph breaks, cell separators.
///
/// Stops accepting text once ``limit`` UTF-8 bytes are reached and remembers that it did, so a
/// huge input cannot grow the text without bound; ``TextNormalizer`` cuts to the exact limit.
struct TextAccumulator {
    private(set) var text = ""
    private(set) var truncated = false
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Appends an inline run as is.
    mutating func append(_ run: some StringProtocol) {
        guard !truncated else { return }
        text += run
        if text.utf8.count > limit { truncated = true }
    }

    /// Appends a single character.
    mutating func append(_ character: Character) {
        guard !truncated else { return }
        text.append(character)
        if text.utf8.count > limit { truncated = true }
    }

    /// Ends the current line.
    mutating func lineBreak() { append("\n") }

    /// Ends the current paragraph (a blank line follows it after normalization).
    mutating func paragraphBreak() { append("\n\n") }

    /// Separates two table cells.
    mutating func cellBreak() { append("\t") }

    /// True when nothing but whitespace has been collected.
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
