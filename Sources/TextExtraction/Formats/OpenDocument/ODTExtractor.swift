import Foundation

/// ODT (OpenDocument text): paragraphs, headings and tables from `content.xml`, headers and
/// footers from `styles.xml`, title, author, dates and page count from `meta.xml`.
struct ODTExtractor: TextExtractor {
    /// The ODF elements that shape the text.
    static let vocabulary = StructuredTextCollector.Vocabulary(
        paragraph: ["text:p"],
        heading: ["text:h"],
        tableCell: ["table:table-cell"],
        tableRow: ["table:table-row"],
        table: ["table:table"],
        lineBreak: ["text:line-break"],
        tab: ["text:tab"],
        space: ["text:s": "text:c"],
        // Tracked deletions, comments, footnote numbers, and the styles' own sample text.
        skipped: ["text:tracked-changes", "office:annotation", "text:note-citation", "office:automatic-styles", "office:font-face-decls"]
    )

    /// The mimetype member's content that marks an ODF text document.
    static let mimeType = "application/vnd.oasis.opendocument.text"

    func extract(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        let zip = try ZipContainer(data: data, context: context, formatName: "ODT")
        return try extract(from: zip, context: context)
    }

    func extract(from zip: ZipContainer, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        guard let body = try zip.read("content.xml") else {
            throw .corrupt(context.fileName, format: "ODT", detail: "content.xml missing")
        }
        let collector = StructuredTextCollector(vocabulary: Self.vocabulary, limit: context.limits.maxTextBytes)
        try XMLPartParser.parse(body, part: "content.xml", handler: collector, context: context)
        var text = collector.accumulator.text
        var truncated = collector.accumulator.truncated

        if let styles = try zip.read("styles.xml") {
            var headerVocabulary = Self.vocabulary
            headerVocabulary.scope = ["style:header", "style:footer", "style:header-left", "style:footer-left", "style:header-first", "style:footer-first"]
            headerVocabulary.skipped.remove("office:automatic-styles")
            let headers = StructuredTextCollector(vocabulary: headerVocabulary, limit: context.limits.maxTextBytes)
            try XMLPartParser.parse(styles, part: "styles.xml", handler: headers, context: context)
            let headerText = headers.accumulator.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !headerText.isEmpty { text += "\n\n" + headerText }
            truncated = truncated || headers.accumulator.truncated
        }

        var content = ExtractedContent(text: TextNormalizer.normalize(text, limit: context.limits.maxTextBytes, truncated: &truncated))
        if truncated { content.warnings.append(TextNormalizer.truncationWarning) }
        content.firstHeading = collector.firstHeading

        if let meta = try zip.read("meta.xml") {
            let properties = PropertyCollector(
                elements: ["dc:title", "dc:description", "dc:subject", "meta:initial-creator", "dc:creator", "meta:creation-date", "dc:date"],
                attributes: ["meta:page-count"]
            )
            try XMLPartParser.parse(meta, part: "meta.xml", handler: properties, context: context)
            content.title = properties.values["dc:title"]
            content.summary = properties.values["dc:description"] ?? properties.values["dc:subject"]
            content.author = properties.values["meta:initial-creator"] ?? properties.values["dc:creator"]
            content.created = properties.values["meta:creation-date"].flatMap(ISODate.parse)
            content.modified = properties.values["dc:date"].flatMap(ISODate.parse)
            content.pageCount = properties.values["meta:page-count"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        }
        return content
    }
}
