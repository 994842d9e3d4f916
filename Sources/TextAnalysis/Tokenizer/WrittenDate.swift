/// What the query lexer needs to know about dates written in words (`12. mars 2017`), so that
/// it keeps such a date together as one word for the analyzer instead of three separate words.
public enum WrittenDate {
    /// Whether `word` (any case, an abbreviation's trailing dot allowed) names a month as the
    /// tokenizer reads it in `12. mars 2017`.
    public static func isMonthName(_ word: some StringProtocol) -> Bool {
        var name = Array(word.lowercased().utf8)
        if name.last == UInt8(ascii: ".") { name.removeLast() }
        return CalendarDate.month(named: name) != nil
    }
}
