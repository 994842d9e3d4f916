import CLibXML2
import Foundation

/// HTML through libxml2's tolerant parser: the visible text only (no script, style, noscript,
/// template or head), block elements as line or paragraph breaks, table cells as tabs; title,
/// description, author and date from `<title>` and `<meta>`; the declared charset honoured.
///
/// Parsed with RECOVER|NOERROR|NOWARNING|NONET and without HUGE, so libxml2 keeps its own
/// bounds on text node size and depth and never touches the network.
struct HTMLExtractor: TextExtractor {
    /// When set, the bytes are in this encoding whatever the page declares (UTF-16 input that
    /// was re-encoded as UTF-8 before parsing).
    var forcedEncoding: String?

    private static let parserInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
    )

    func extract(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        _ = Self.parserInitialized
        var warnings: [String] = []
        var bytes = data
        var encoding = "UTF-8"
        if let forcedEncoding {
            encoding = forcedEncoding
        } else {
            let prepared = HTMLCharset.prepare(data)
            bytes = prepared.data
            encoding = prepared.encoding
            if let warning = prepared.warning { warnings.append(warning) }
        }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(context.fileName, bytes: bytes.count, limit: Int(Int32.max)) }
        var document = Self.parse(bytes, encoding: encoding)
        if document == nil, encoding != "UTF-8" {
            warnings.append("tegnkodingen «\(encoding.lowercased())» er ukjent; siden er lest som Windows-1252")
            document = Self.parse(Data(Windows1252.decode(data).text.utf8), encoding: "UTF-8")
        }
        guard let document else { throw .corrupt(context.fileName, format: "HTML", detail: "libxml2 returned no document") }
        defer { xmlFreeDoc(document) }

        var walker = HTMLTextWalker(limits: context.limits)
        if let root = xmlDocGetRootElement(document) { walker.walk(root) }
        var truncated = walker.accumulator.truncated
        var content = ExtractedContent(text: TextNormalizer.normalize(walker.accumulator.text, limit: context.limits.maxTextBytes, truncated: &truncated))
        if truncated { warnings.append(TextNormalizer.truncationWarning) }
        if walker.skippedDeepContent { warnings.append("innhold nestet dypere enn \(context.limits.maxXMLDepth) nivåer er hoppet over") }
        content.warnings = warnings
        content.title = walker.title
        content.firstHeading = walker.firstHeading
        content.summary = walker.meta["description"] ?? walker.meta["dc.description"]
        content.author = walker.meta["author"] ?? walker.meta["dc.creator"] ?? walker.meta["dcterms.creator"]
        content.created = (walker.meta["date"] ?? walker.meta["dc.date"] ?? walker.meta["dcterms.created"] ?? walker.meta["dc.date.created"])
            .flatMap(ISODate.parse)
        content.modified = (walker.meta["dcterms.modified"] ?? walker.meta["last-modified"] ?? walker.meta["dc.date.modified"])
            .flatMap(ISODate.parse)
        return content
    }

    private static func parse(_ data: Data, encoding: String) -> htmlDocPtr? {
        // libxml2 reports some problems (encoding conversion) even with NOERROR; its structured
        // error handler is per thread and takes precedence, so a no-op one silences the parsing thread.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        return data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(buffer.count), nil, encoding, options)
        }
    }
}
