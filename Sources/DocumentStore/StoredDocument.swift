public import SearchCore

/// A document as stored: every draft field except the original bytes (load those with
/// `ReadTransaction.originalFile(_:)`), plus its id and the time it was stored.
public struct StoredDocument: Sendable, Codable, Equatable {
    /// The metadata shared with `DocumentSummary`.
    public var summary: DocumentSummary
    /// See `DocumentDraft.text`.
    public var text: String
    /// See `DocumentDraft.pageOffsets`.
    public var pageOffsets: [Int]
    /// See `DocumentDraft.extra`.
    public var extra: [String: String]

    /// Creates a stored document (the store builds these; public for tests and fixtures elsewhere).
    public init(summary: DocumentSummary, text: String, pageOffsets: [Int], extra: [String: String]) {
        self.summary = summary
        self.text = text
        self.pageOffsets = pageOffsets
        self.extra = extra
    }

    /// The document's id.
    public var id: DocumentID { summary.id }
    /// See `DocumentDraft.externalKey`.
    public var externalKey: String { summary.externalKey }
    /// See `DocumentDraft.title`.
    public var title: String { summary.title }
    /// See `DocumentDraft.documentType`.
    public var documentType: String? { summary.documentType }
    /// See `DocumentDraft.municipalities`.
    public var municipalities: [String] { summary.municipalities }
    /// See `DocumentDraft.date`.
    public var date: String? { summary.date }
    /// See `DocumentDraft.author`.
    public var author: String? { summary.author }
    /// See `DocumentDraft.createdAt`.
    public var createdAt: String? { summary.createdAt }
    /// See `DocumentDraft.modifiedAt`.
    public var modifiedAt: String? { summary.modifiedAt }
    /// See `DocumentDraft.language`.
    public var language: String? { summary.language }
    /// See `DocumentDraft.sourcePath`.
    public var sourcePath: String? { summary.sourcePath }
    /// See `DocumentDraft.byteSize`.
    public var byteSize: Int { summary.byteSize }
    /// Whether the original bytes are stored.
    public var hasOriginalFile: Bool { summary.hasOriginalFile }
    /// See `DocumentDraft.sourceFormat`.
    public var sourceFormat: String { summary.sourceFormat }
    /// See `DocumentDraft.contentHash`.
    public var contentHash: String { summary.contentHash }
    /// See `DocumentDraft.pageCount`.
    public var pageCount: Int? { summary.pageCount }
    /// When the store received the document, UTC ISO 8601 with milliseconds.
    public var indexedAt: String { summary.indexedAt }

    /// The stored fields as a draft (without the original bytes), e.g. to edit and `replace`.
    public var draft: DocumentDraft {
        DocumentDraft(
            externalKey: summary.externalKey, title: summary.title, documentType: summary.documentType,
            municipalities: summary.municipalities, date: summary.date, author: summary.author,
            createdAt: summary.createdAt, modifiedAt: summary.modifiedAt, language: summary.language,
            sourceFormat: summary.sourceFormat, sourcePath: summary.sourcePath,
            contentHash: summary.contentHash, byteSize: summary.byteSize, pageCount: summary.pageCount,
            text: text, pageOffsets: pageOffsets, extra: extra, originalFile: nil)
    }
}
