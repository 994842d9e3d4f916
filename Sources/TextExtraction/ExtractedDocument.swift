public import Foundation

/// The text and metadata extracted from one document: what the indexer stores and searches.
public struct ExtractedDocument: Sendable, Hashable {
    /// The document's title: from the format's metadata, else its first heading, else its first line.
    public var title: String?
    /// The visible text, paragraphs separated by blank lines, in Unicode NFC.
    public var text: String
    /// UTF-8 byte offsets into ``text`` where each page starts (PDF only; empty for unpaged formats).
    public var pageOffsets: [Int]
    /// A short description from the format's metadata (HTML `<meta name=description>`, DOCX/ODT description).
    public var summary: String?
    /// The author from the format's metadata.
    public var author: String?
    /// When the document was created, from its metadata.
    public var created: Date?
    /// When the document was last modified, from its metadata.
    public var modified: Date?
    /// Number of pages (PDF; DOCX/ODT when the file records it).
    public var pageCount: Int?
    /// Bokmål or nynorsk, when the text has enough marker words to tell.
    public var language: DocumentLanguage?
    /// The kind of document, inferred from title and content.
    public var documentType: DocumentType
    /// Municipalities named in the text, in order of first mention.
    public var municipalities: [String]
    /// Case numbers mentioned (`PS 12/17`, `2017/123`), in order of first mention.
    public var caseNumbers: [String]
    /// Dates mentioned in the text as ISO 8601 calendar dates (`2017-03-12`), in order of first mention.
    public var mentionedDates: [String]
    /// The merger programme's themes the document is about (`ThemeVocabulary`), best first.
    public var themes: [String]
    /// The format the content was recognised as.
    public var format: DocumentFormat
    /// Problems that did not stop extraction, in Norwegian (wrong extension, guessed encoding, no text…).
    public var warnings: [String]

    /// Makes a document; metadata defaults to "unknown".
    public init(
        title: String? = nil, text: String, pageOffsets: [Int] = [], summary: String? = nil,
        author: String? = nil, created: Date? = nil, modified: Date? = nil, pageCount: Int? = nil,
        language: DocumentLanguage? = nil, documentType: DocumentType = .annet,
        municipalities: [String] = [], caseNumbers: [String] = [], mentionedDates: [String] = [],
        themes: [String] = [], format: DocumentFormat, warnings: [String] = []
    ) {
        self.title = title
        self.text = text
        self.pageOffsets = pageOffsets
        self.summary = summary
        self.author = author
        self.created = created
        self.modified = modified
        self.pageCount = pageCount
        self.language = language
        self.documentType = documentType
        self.municipalities = municipalities
        self.caseNumbers = caseNumbers
        self.mentionedDates = mentionedDates
        self.themes = themes
        self.format = format
        self.warnings = warnings
    }

    /// The 1-based page that contains the UTF-8 byte offset, or nil for unpaged documents.
    public func page(containingByteOffset offset: Int) -> Int? {
        guard !pageOffsets.isEmpty else { return nil }
        var low = 0
        var high = pageOffsets.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageOffsets[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}
