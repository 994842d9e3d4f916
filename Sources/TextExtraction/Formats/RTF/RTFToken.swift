/// One lexical unit of RTF.
enum RTFToken: Equatable {
    case groupStart
    case groupEnd
    /// `\word` or `\wordN`.
    case controlWord(String, Int?)
    /// `\` followed by one non-letter (`\~`, `\*`, `\{`, …).
    case controlSymbol(UInt8)
    /// `\'hh`: one byte in the document's code page.
    case hexByte(UInt8)
    /// A plain text byte.
    case text(UInt8)
    /// `\binN` payload, already skipped.
    case binary
}
