#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A document as the engine hands it to the store: extracted text plus metadata, before it has
/// an id.
public struct DocumentDraft: Sendable, Codable, Equatable {
    /// Unique across the store; for ingested files, the file name without its extension.
    public var externalKey: String
    /// The display title.
    public var title: String
    /// one of `SearchIndex.documentTypes` (`reglement`, `sak`, …).
    public var documentType: String?
    /// The municipalities the document concerns, in the order given.
    public var municipalities: [String]
    /// The document's own date, ISO `yyyy-mm-dd`.
    public var date: String?
    /// The author, when the source says.
    public var author: String?
    /// Creation timestamp from the source file's metadata.
    public var createdAt: String?
    /// Modification timestamp from the source file's metadata.
    public var modifiedAt: String?
    /// `nb` or `nn`.
    public var language: String?
    /// `pdf`, `docx`, `odt`, `html`, `text`, `markdown` or `rtf`.
    public var sourceFormat: String
    /// Where the file was read from, when it came from disk.
    public var sourcePath: String?
    /// The engine's hash of the source, used to skip unchanged files on re-indexing.
    public var contentHash: String
    /// Size of the source file in bytes.
    public var byteSize: Int
    /// Number of pages, for paged formats.
    public var pageCount: Int?
    /// The extracted body text, kept for snippets and highlighting.
    public var text: String
    /// UTF-8 byte offset in `text` where each page starts (PDF); empty for unpaged formats.
    /// Must be non-decreasing and no larger than `text.utf8.count`.
    public var pageOffsets: [Int]
    /// Further string metadata (case numbers, mentioned dates …), stored as a JSON object.
    public var extra: [String: String]
    /// The original uploaded bytes, stored in a separate table; `nil` to keep none.
    public var originalFile: Data?

    /// Creates a draft; only the key, title, format, hash, size and text are required.
    public init(
        externalKey: String, title: String, documentType: String? = nil, municipalities: [String] = [],
        date: String? = nil, author: String? = nil, createdAt: String? = nil, modifiedAt: String? = nil,
        language: String? = nil, sourceFormat: String, sourcePath: String? = nil, contentHash: String,
        byteSize: Int, pageCount: Int? = nil, text: String, pageOffsets: [Int] = [],
        extra: [String: String] = [:], originalFile: Data? = nil
    ) {
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
        self.text = text
        self.pageOffsets = pageOffsets
        self.extra = extra
        self.originalFile = originalFile
    }
}
