/// One lexical unit of the query text, with its character range.
struct QueryToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A run of text; `suffix` says whether it ended in `*` or `~`.
        case word(String, suffix: WordSuffix)
        /// A quoted phrase's inner text and its `~N` proximity.
        case phrase(String, slop: Int?)
        case leftParen
        case rightParen
        /// `AND` / `OG` (upper case only).
        case and
        /// `OR` / `ELLER` (upper case only).
        case or
        /// `NOT` / `IKKE` (upper case only).
        case not
        /// `+` directly before an operand.
        case plus
        /// `-` directly before an operand.
        case minus
        /// `tittel:`, `kommune:` … (a known field name and its colon).
        case field(QueryField)
    }

    /// How a word ended.
    enum WordSuffix: Sendable, Hashable {
        case none
        /// `kommun*`
        case prefix
        /// `fellesnemd~` (nil) or `fellesnemd~2`.
        case fuzzy(Int?)
    }

    var kind: Kind
    var range: Range<Int>
    /// The text as typed (for messages: «OG», «ELLER»).
    var text: String

    /// True when the token can begin an operand (a term, phrase, group, field or unary operator).
    var startsOperand: Bool {
        switch kind {
        case .word, .phrase, .leftParen, .field, .not, .plus, .minus: true
        case .rightParen, .and, .or: false
        }
    }
}
