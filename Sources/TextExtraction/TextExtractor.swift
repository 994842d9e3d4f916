import Foundation

/// One format's extractor: bytes in, text and format-level metadata out.
///
/// Implementations are small value types, one folder per format under `Formats/`, chosen by
/// ``DocumentExtractor`` from the sniffed content. They report failures as ``ExtractionError``
/// and never trap on malformed input.
protocol TextExtractor: Sendable {
    /// Extracts text and metadata from the file's bytes.
    func extract(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent
}

/// What every extractor needs to know besides the bytes.
struct ExtractionContext: Sendable {
    /// The file name, for messages.
    var fileName: String
    /// The limits in force.
    var limits: ExtractionLimits
}

/// An extractor's result, before the format-independent metadata (language, type, …) is added.
struct ExtractedContent: Sendable {
    /// Normalized text (see ``TextNormalizer``).
    var text: String
    /// UTF-8 offsets of page starts; empty for unpaged formats.
    var pageOffsets: [Int] = []
    /// Title from the format's own metadata.
    var title: String?
    /// The first heading, used as title when the metadata has none.
    var firstHeading: String?
    var summary: String?
    var author: String?
    var created: Date?
    var modified: Date?
    var pageCount: Int?
    var warnings: [String] = []
}
