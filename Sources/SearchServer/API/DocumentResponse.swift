internal import SearchCore
public import Hummingbird
internal import DocumentStore

/// The body of `GET /api/documents/{id}`: stored metadata and the extracted text.
public struct DocumentResponse: ResponseCodable, Sendable, Equatable {
    public var id: Int64
    public var key: String
    public var title: String
    public var type: String?
    public var municipalities: [String]
    public var date: String?
    public var author: String?
    public var created: String?
    public var modified: String?
    public var language: String?
    public var format: String
    public var byteSize: Int
    public var pageCount: Int?
    public var hasOriginalFile: Bool
    public var indexedAt: String
    /// Case numbers, dates named in the text, summary, extraction warnings.
    public var extra: [String: String]
    public var text: String

    init(_ d: StoredDocument) {
        id = d.id.rawValue
        key = d.externalKey
        title = d.title
        type = d.documentType
        municipalities = d.municipalities
        date = d.date
        author = d.author
        created = d.createdAt
        modified = d.modifiedAt
        language = d.language
        format = d.sourceFormat
        byteSize = d.byteSize
        pageCount = d.pageCount
        hasOriginalFile = d.hasOriginalFile
        indexedAt = d.indexedAt
        extra = d.extra
        text = d.text
    }
}

/// The body of `GET /api/documents/{id}/similar`.
public struct SimilarResponse: ResponseCodable, Sendable, Equatable {
    public var id: Int64
    /// The characteristic terms searched (analysed, stemmed).
    public var terms: [String]
    public var hits: [SearchResponse.Hit]
}

/// The body of `DELETE /api/documents/{id}`.
public struct DeleteResponse: ResponseCodable, Sendable, Equatable {
    public var id: Int64
    public var deleted: Bool
}

/// The body of `GET /healthz`.
public struct HealthResponse: ResponseCodable, Sendable, Equatable {
    public var status: String
    public var documents: Int
    public var generation: Int64
}
