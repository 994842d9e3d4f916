/// The format a document's content was recognised as (by its bytes, never by its name).
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    /// Portable Document Format.
    case pdf
    /// Office Open XML word processing (Word 2007 and later).
    case docx
    /// OpenDocument text (LibreOffice Writer).
    case odt
    /// HTML or XHTML.
    case html
    /// Plain text.
    case text
    /// Markdown: plain text whose markup is stripped.
    case markdown
    /// Rich Text Format.
    case rtf

    /// A Norwegian display name for messages and pages.
    public var displayName: String {
        switch self {
        case .pdf: "PDF"
        case .docx: "DOCX"
        case .odt: "ODT"
        case .html: "HTML"
        case .text: "tekst"
        case .markdown: "Markdown"
        case .rtf: "RTF"
        }
    }
}
