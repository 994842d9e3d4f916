import Foundation

/// Plain text: decoded by ``TextDecoding``, normalized, first line as heading.
struct PlainTextExtractor: TextExtractor {
    func extract(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        let decoded = try TextDecoding.decode(data, fileName: context.fileName)
        return Self.content(fromDecoded: decoded.text, warnings: decoded.warnings, limits: context.limits)
    }

    /// Builds the content of already decoded text (also used for UTF-16 files).
    static func content(fromDecoded text: String, warnings: [String], limits: ExtractionLimits) -> ExtractedContent {
        var truncated = false
        let normalized = TextNormalizer.normalize(text, limit: limits.maxTextBytes, truncated: &truncated)
        var content = ExtractedContent(text: normalized, warnings: warnings)
        if truncated { content.warnings.append(TextNormalizer.truncationWarning) }
        return content
    }
}
