/// One hyphen-separated part of a word unit, as ranges into the scanner's term buffer and the
/// original text.
struct WordPart {
    var termStart: Int
    var termEnd: Int
    var byteStart: Int
    var byteEnd: Int
    var kind: TokenKind
}
