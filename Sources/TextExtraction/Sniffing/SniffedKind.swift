/// What the first bytes of a file say it is, before containers are opened or text decoded.
enum SniffedKind: Equatable, Sendable {
    case empty
    case pdf
    /// A ZIP archive; DOCX or ODT is decided by its members.
    case zip
    case rtf
    case html
    /// Text with a UTF-16 byte order mark.
    case utf16(bigEndian: Bool)
    /// Bytes that may be text in UTF-8 or a legacy 8-bit encoding.
    case text
    /// Not text; the associated Norwegian phrase says what it looks like.
    case binary(String)
}
