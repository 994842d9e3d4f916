public import SearchCore

/// A document's metadata without its text, page offsets, extra fields or original bytes:
/// what result lists and facet counting need, cheap to load in bulk.
public struct DocumentSummary: Sendable, Codable, Equatable {
    /// The document's id (its rowid; never reused).
    public var id: DocumentID
    /// See `DocumentDraft.externalKey`.
    public var externalKey: String
    /// See `DocumentDraft.title`.
    public var title: String
    /// See `DocumentDraft.documentType`.
    public var documentType: String?
    /// See `DocumentDraft.municipalities`.
    public var municipalities: [String]
    /// See `DocumentDraft.date`.
    public var date: String?
    /// See `DocumentDraft.author`.
    public var author: String?
    /// See `DocumentDraft.createdAt`.
    public var createdAt: String?
    /// See `DocumentDraft.modifiedAt`.
    public var modifiedAt: String?
    /// See `DocumentDraft.language`.
    public var language: String?
    /// See `DocumentDraft.sourceFormat`.
    public var sourceFormat: String
    /// See `DocumentDraft.sourcePath`.
    public var sourcePath: String?
    /// See `DocumentDraft.contentHash`.
    public var contentHash: String
    /// See `DocumentDraft.byteSize`.
    public var byteSize: Int
    /// See `DocumentDraft.pageCount`.
    public var pageCount: Int?
    /// Whether the original bytes are stored (`ReadTransaction.originalFile(_:)`).
    public var hasOriginalFile: Bool
    /// When the store received the document, UTC ISO 8601 with milliseconds.
    public var indexedAt: String

    /// Creates a summary (the store builds these; public for tests and fixtures elsewhere).
    public init(
        id: DocumentID, externalKey: String, title: String, documentType: String?, municipalities: [String],
        date: String?, author: String?, createdAt: String?, modifiedAt: String?, language: String?,
        sourceFormat: String, sourcePath: String?, contentHash: String, byteSize: Int, pageCount: Int?,
        hasOriginalFile: Bool, indexedAt: String
    ) {
        self.id = id
        self.externalKey = externalKey
        self.title = title
        self.documentType = documentType
        self.municipalities = municipalities
        self.date = date
        self.author = author
        self.createdAt = createdAt
        self.modifiedAt = modifiedAt
        self.language = language
        self.sourceFormat = sourceFormat
        self.sourcePath = sourcePath
        self.contentHash = contentHash
        self.byteSize = byteSize
        self.pageCount = pageCount
        self.hasOriginalFile = hasOriginalFile
        self.indexedAt = indexedAt
    }
}
