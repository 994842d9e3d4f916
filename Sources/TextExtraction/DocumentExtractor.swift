public import Foundation

/// Extracts text and metadata from a document of any supported format.
///
/// The format is recognised from the content, never from the name; when the name's extension
/// says otherwise the content wins and a warning is added. Every failure is an
/// ``ExtractionError`` with a Norwegian message; malformed input never traps.
public struct DocumentExtractor: Sendable {
    /// The limits in force.
    public let limits: ExtractionLimits

    /// Makes an extractor with the given limits.
    public init(limits: ExtractionLimits = .default) {
        self.limits = limits
    }

    /// Extracts from bytes already in memory. `fileName` is used for messages and the
    /// extension check only.
    public func extract(data: Data, fileName: String) throws(ExtractionError) -> ExtractedDocument {
        let context = ExtractionContext(fileName: fileName, limits: limits)
        guard data.count <= limits.maxFileBytes else { throw .tooLarge(fileName, bytes: data.count, limit: limits.maxFileBytes) }
        let (format, content) = try extractContent(data, context: context)

        var warnings: [String] = []
        if let mismatch = FileExtension.mismatchWarning(fileName: fileName, actual: format) { warnings.append(mismatch) }
        warnings += content.warnings
        let title = TitleGuesser.title(
            metadata: content.title, firstHeading: content.firstHeading, text: content.text,
            linesAreParagraphs: format != .text && format != .markdown)
        let metadata = MetadataAnalyzer.analyze(title: title, text: content.text)
        return ExtractedDocument(
            title: title, text: content.text, pageOffsets: content.pageOffsets, summary: content.summary,
            author: content.author, created: content.created, modified: content.modified, pageCount: content.pageCount,
            language: metadata.language, documentType: metadata.documentType, municipalities: metadata.municipalities,
            caseNumbers: metadata.caseNumbers, mentionedDates: metadata.mentionedDates, themes: metadata.themes,
            format: format, warnings: warnings
        )
    }

    /// Sniffs the content and runs the matching extractor.
    private func extractContent(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> (DocumentFormat, ExtractedContent) {
        let file = context.fileName
        switch FormatSniffer.sniff(data) {
        case .empty:
            throw .empty(file)
        case .pdf:
            return (.pdf, try PDFExtractor().extract(data, context: context))
        case .rtf:
            return (.rtf, try RTFExtractor().extract(data, context: context))
        case .html:
            return (.html, try HTMLExtractor().extract(data, context: context))
        case .zip:
            let zip = try ZipContainer(data: data, context: context, formatName: "ZIP")
            if zip.contains("word/document.xml") {
                return (.docx, try DOCXExtractor().extract(from: zip, context: context))
            }
            if let mimeType = try zip.read("mimetype"),
               String(decoding: mimeType, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == ODTExtractor.mimeType {
                return (.odt, try ODTExtractor().extract(from: zip, context: context))
            }
            throw .unsupported(file, what: "filen er et ZIP-arkiv, men verken et Word-dokument (DOCX) eller et OpenDocument-tekstdokument (ODT)")
        case .utf16(let bigEndian):
            let decoded = TextDecoding.decodeUTF16(data.dropFirst(2)[...].withUnsafeBytes { ArraySlice($0) }, bigEndian: bigEndian)
            if FormatSniffer.looksLikeHTML(decoded.text.utf8.prefix(FormatSniffer.htmlSniffWindow))
                || (textFormat(file, text: nil) != .markdown && FormatSniffer.looksLikeHTMLFragment(decoded.text.utf8)) {
                var content = try HTMLExtractor(forcedEncoding: "UTF-8").extract(Data(decoded.text.utf8), context: context)
                content.warnings = decoded.warnings + content.warnings
                return (.html, content)
            }
            let format = textFormat(file, text: decoded.text)
            if format == .markdown {
                let (plain, heading) = MarkdownExtractor.strip(decoded.text)
                var content = PlainTextExtractor.content(fromDecoded: plain, warnings: decoded.warnings, limits: limits)
                content.firstHeading = heading
                return (.markdown, content)
            }
            return (.text, PlainTextExtractor.content(fromDecoded: decoded.text, warnings: decoded.warnings, limits: limits))
        case .text:
            if textFormat(file, text: nil) == .markdown {
                return (.markdown, try MarkdownExtractor().extract(data, context: context))
            }
            if FormatSniffer.looksLikeHTMLFragment(data) {
                return (.html, try HTMLExtractor().extract(data, context: context))
            }
            let content = try PlainTextExtractor().extract(data, context: context)
            if textFormat(file, text: content.text) == .markdown {
                return (.markdown, try MarkdownExtractor().extract(data, context: context))
            }
            return (.text, content)
        case .binary(let what):
            if isEncryptedOfficeFile(data) { throw .encrypted(file, format: "Office") }
            throw .unsupported(file, what: "innholdet er \(what)")
        }
    }

    /// Markdown when the extension says so, or when a file without a known text extension opens
    /// with an ATX heading (`# Tittel`); otherwise plain text.
    private func textFormat(_ fileName: String, text: String?) -> DocumentFormat {
        if let ext = FileExtension.of(fileName), let claimed = FileExtension.claimedFormat(ext) {
            if claimed == .markdown { return .markdown }
            if claimed == .text { return .text }
        }
        guard let text, let firstLine = text.split(separator: "\n", maxSplits: 1).first else { return .text }
        return firstLine.hasPrefix("# ") ? .markdown : .text
    }

    /// An encrypted DOCX/XLSX is an OLE compound file holding an `EncryptedPackage` stream.
    private func isEncryptedOfficeFile(_ data: Data) -> Bool {
        guard data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) else { return false }
        let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: marker) != nil
    }
}
