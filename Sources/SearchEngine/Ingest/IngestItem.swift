public import Foundation

/// One document to index: a file on disk or uploaded bytes, with optional metadata overrides.
public struct IngestItem: Sendable {
    /// Stable key: the file name without extension for files (TREC docid), chosen by the API
    /// for uploads. Indexing a key again replaces its document.
    public var externalKey: String
    /// Where the file is (files), or nil (uploads).
    public var path: String?
    /// The bytes (uploads); read from `path` when nil.
    public var data: Data?
    /// The original file name (format detection uses it as a hint only).
    public var fileName: String
    /// Uploader's title, overriding the extracted one.
    public var title: String?
    /// Uploader's document type, overriding the inferred one.
    public var documentType: String?
    /// Uploader's municipalities, overriding the extracted ones.
    public var municipalities: [String]?
    /// Keep the original bytes in the store (uploads: for `GET /api/documents/{id}/file`).
    public var keepOriginal: Bool
    /// Trusted bulk plain text (`index --ren-tekst`, the benchmark): valid UTF-8 is taken as is —
    /// first line the title, the rest the body — without format detection or metadata
    /// inference. Anything that is not valid UTF-8 goes through the full extractor.
    public var plainText = false

    public init(
        externalKey: String, path: String? = nil, data: Data? = nil, fileName: String,
        title: String? = nil, documentType: String? = nil, municipalities: [String]? = nil, keepOriginal: Bool = false
    ) {
        self.externalKey = externalKey
        self.path = path
        self.data = data
        self.fileName = fileName
        self.title = title
        self.documentType = documentType
        self.municipalities = municipalities
        self.keepOriginal = keepOriginal
    }

    /// A file on disk, keyed by its name without extension.
    public static func file(_ path: String) -> IngestItem {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return IngestItem(externalKey: stem.isEmpty ? name : stem, path: path, fileName: name)
    }
}
