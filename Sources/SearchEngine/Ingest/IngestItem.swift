public import Foundation

/// One document to index: a file on disk or uploaded bytes, with optional metadata overrides.
public struct IngestItem: Sendable {
    /// Stable key (see `DocumentKey`): the path relative to the indexed folder for files,
    /// chosen by the API for uploads. Indexing a key again replaces its document.
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

    /// A file given by itself, keyed by its file name.
    public static func file(_ path: String) -> IngestItem {
        file(path, key: nil)
    }

    /// A file on disk, keyed by `key` (its path relative to the folder it was found under), or
    /// by its file name when `key` is nil.
    public static func file(_ path: String, key: String?) -> IngestItem {
        let (name, stem) = nameAndStem(path)
        var item = IngestItem(externalKey: key ?? name, path: path, fileName: name)
        let legacy = stem.isEmpty ? name : stem
        if legacy != item.externalKey { item.legacyKey = legacy }
        return item
    }

    /// The key an index from before path keys gave this file (`DocumentKey.legacyKey`), when it
    /// differs from `externalKey`: ingest moves a document stored under it, whose stored path
    /// is this file, to the new key.
    var legacyKey: String?

    /// The file name of `path` and that name without its extension, exactly as `NSString`'s
    /// `lastPathComponent` and `deletingPathExtension` give them (legacy keys and TREC docids
    /// must not change). The common shape — `…/name.ext` with one dot and a short alphanumeric
    /// extension, or no dot at all — is cut on the UTF-8 bytes; anything else goes through
    /// `NSString`, which costs ~2 µs a path (70 ms of a 35,000-file bulk load before any
    /// worker starts).
    static func nameAndStem(_ path: String) -> (name: String, stem: String) {
        let utf8 = path.utf8
        guard let last = utf8.last, last != UInt8(ascii: "/") else { return foundationNameAndStem(path) }
        let nameStart = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        let name = utf8[nameStart...]
        var dot: String.Index?
        for i in name.indices where name[i] == UInt8(ascii: ".") {
            guard dot == nil else { return foundationNameAndStem(path) }
            dot = i
        }
        guard let dot else {
            let whole = String(Substring(name))
            return (whole, whole)
        }
        let ext = name[name.index(after: dot)...]
        guard dot != nameStart, !ext.isEmpty, ext.count <= Self.shortExtensionBytes,
              ext.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 })
        else { return foundationNameAndStem(path) }
        return (String(Substring(name)), String(Substring(name[nameStart..<dot])))
    }

    /// Extensions up to this long take the fast path (`.markdown` is the longest one we read).
    static let shortExtensionBytes = 8

    static func foundationNameAndStem(_ path: String) -> (name: String, stem: String) {
        let name = (path as NSString).lastPathComponent
        return (name, (name as NSString).deletingPathExtension)
    }
}
