internal import SearchCore

/// A term's dictionary entry in one segment, looked up once: its document frequency is known
/// and its postings open without a second dictionary lookup (a query reads both).
public struct TermHandle: Sendable, Hashable {
    let field: FieldID
    let info: TermInfo

    /// Docs of the segment containing the term in its field (deleted included).
    public var documentFrequency: Int { Int(info.docFreq) }
}
