import Foundation

/// A stable JSON form: every key always present (`null` when unknown) and dates as ISO 8601
/// strings in UTC whatever the encoder's date strategy, so a parent process can rely on the shape.
extension ExtractedDocument: Codable {
    private enum CodingKeys: String, CodingKey {
        case title, text, pageOffsets, summary, author, created, modified, pageCount, language
        case documentType, municipalities, caseNumbers, mentionedDates, themes, format, warnings
    }

    /// Decodes the form written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func date(_ key: CodingKeys) throws -> Date? {
            guard let string = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let date = ISODate.parse(string) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "not an ISO 8601 date: \(string)")
            }
            return date
        }
        self.init(
            title: try c.decodeIfPresent(String.self, forKey: .title),
            text: try c.decode(String.self, forKey: .text),
            pageOffsets: try c.decodeIfPresent([Int].self, forKey: .pageOffsets) ?? [],
            summary: try c.decodeIfPresent(String.self, forKey: .summary),
            author: try c.decodeIfPresent(String.self, forKey: .author),
            created: try date(.created),
            modified: try date(.modified),
            pageCount: try c.decodeIfPresent(Int.self, forKey: .pageCount),
            language: try c.decodeIfPresent(DocumentLanguage.self, forKey: .language),
            documentType: try c.decodeIfPresent(DocumentType.self, forKey: .documentType) ?? .annet,
            municipalities: try c.decodeIfPresent([String].self, forKey: .municipalities) ?? [],
            caseNumbers: try c.decodeIfPresent([String].self, forKey: .caseNumbers) ?? [],
            mentionedDates: try c.decodeIfPresent([String].self, forKey: .mentionedDates) ?? [],
            themes: try c.decodeIfPresent([String].self, forKey: .themes) ?? [],
            format: try c.decode(DocumentFormat.self, forKey: .format),
            warnings: try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
        )
    }

    /// Encodes every key; unknown values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(text, forKey: .text)
        try c.encode(pageOffsets, forKey: .pageOffsets)
        try c.encode(summary, forKey: .summary)
        try c.encode(author, forKey: .author)
        try c.encode(created.map(ISODate.format), forKey: .created)
        try c.encode(modified.map(ISODate.format), forKey: .modified)
        try c.encode(pageCount, forKey: .pageCount)
        try c.encode(language, forKey: .language)
        try c.encode(documentType, forKey: .documentType)
        try c.encode(municipalities, forKey: .municipalities)
        try c.encode(caseNumbers, forKey: .caseNumbers)
        try c.encode(mentionedDates, forKey: .mentionedDates)
        try c.encode(themes, forKey: .themes)
        try c.encode(format, forKey: .format)
        try c.encode(warnings, forKey: .warnings)
    }
}
