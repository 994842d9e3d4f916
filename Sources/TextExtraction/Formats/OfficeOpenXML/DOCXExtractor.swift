import Foundation

/// DOCX (WordprocessingML): body paragraphs and tables from `word/document.xml`, then headers,
/// footers, footnotes and endnotes; title, author and dates from `docProps/core.xml`, the page
/// count Word recorded in `docProps/app.xml`.
struct DOCXExtractor: TextExtractor {
    /// The WordprocessingML elements that shape the text.
    static let vocabulary = StructuredTextCollector.Vocabulary(
        paragraph: ["w:p"],
        textRun: ["w:t"],
        tableCell: ["w:tc"],
        tableRow: ["w:tr"],
        table: ["w:tbl"],
        lineBreak: ["w:br", "w:cr"],
        tab: ["w:tab", "w:ptab"],
        // Deleted revisions, VML fallbacks that repeat text boxes, and field instructions.
        skipped: ["w:del", "mc:Fallback", "w:instrText", "w:delText", "w:pPrChange", "w:rPrChange"],
        paragraphStyle: ("w:pStyle", "w:val")
    )

    func extract(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        let zip = try ZipContainer(data: data, context: context, formatName: "DOCX")
        return try extract(from: zip, context: context)
    }

    func extract(from zip: ZipContainer, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        guard let document = try zip.read("word/document.xml") else {
            throw .corrupt(context.fileName, format: "DOCX", detail: "word/document.xml missing")
        }
        let collector = StructuredTextCollector(vocabulary: Self.vocabulary, limit: context.limits.maxTextBytes)
        try XMLPartParser.parse(document, part: "word/document.xml", handler: collector, context: context)
        var text = collector.accumulator.text
        var truncated = collector.accumulator.truncated

        let extraParts = zip.paths { path in
            guard path.hasPrefix("word/"), path.hasSuffix(".xml"), !path.dropFirst(5).contains("/") else { return false }
            let name = path.dropFirst(5)
            return name.hasPrefix("header") || name.hasPrefix("footer") || name == "footnotes.xml" || name == "endnotes.xml"
        }
        // Headers, then footers, then notes, each in part-number order.
        let kinds = ["header", "footer", "footnotes", "endnotes"]
        let ordered = extraParts.sorted { a, b in
            let ka = kinds.firstIndex { a.dropFirst(5).hasPrefix($0) } ?? kinds.count
            let kb = kinds.firstIndex { b.dropFirst(5).hasPrefix($0) } ?? kinds.count
            return ka != kb ? ka < kb : a.localizedStandardCompare(b) == .orderedAscending
        }
        var seen: Set<String> = []
        for part in ordered {
            guard let data = try zip.read(part) else { continue }
            let partCollector = StructuredTextCollector(vocabulary: Self.vocabulary, limit: context.limits.maxTextBytes)
            try XMLPartParser.parse(data, part: part, handler: partCollector, context: context)
            let partText = partCollector.accumulator.text.trimmingCharacters(in: .whitespacesAndNewlines)
            truncated = truncated || partCollector.accumulator.truncated
            if !partText.isEmpty, seen.insert(partText).inserted { text += "\n\n" + partText }
        }

        var content = ExtractedContent(text: TextNormalizer.normalize(text, limit: context.limits.maxTextBytes, truncated: &truncated))
        if truncated { content.warnings.append(TextNormalizer.truncationWarning) }
        content.firstHeading = collector.firstHeading

        if let core = try zip.read("docProps/core.xml") {
            let properties = PropertyCollector(elements: ["dc:title", "dc:creator", "dc:description", "dc:subject", "dcterms:created", "dcterms:modified"])
            try XMLPartParser.parse(core, part: "docProps/core.xml", handler: properties, context: context)
            content.title = properties.values["dc:title"]
            content.author = properties.values["dc:creator"]
            content.summary = properties.values["dc:description"] ?? properties.values["dc:subject"]
            content.created = properties.values["dcterms:created"].flatMap(ISODate.parse)
            content.modified = properties.values["dcterms:modified"].flatMap(ISODate.parse)
        }
        if let app = try zip.read("docProps/app.xml") {
            let properties = PropertyCollector(elements: ["Pages"])
            try XMLPartParser.parse(app, part: "docProps/app.xml", handler: properties, context: context)
            content.pageCount = properties.values["Pages"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        }
        return content
    }
}
