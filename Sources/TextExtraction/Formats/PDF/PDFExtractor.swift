import CPoppler
import Foundation

/// PDF through poppler-glib: text page by page (page starts kept as UTF-8 offsets), title,
/// author and dates from the document information dictionary.
///
/// A password-protected PDF is `encrypted`; a PDF that opens but yields no text (a scan) is a
/// success with empty text and a warning, its metadata kept.
struct PDFExtractor: TextExtractor {
    /// Warning for a PDF without a text layer.
    static let noTextWarning = "ingen tekst funnet — skannet dokument?"
    /// Separator between pages in the text: a paragraph break, so a snippet never runs across pages.
    static let pageSeparator = "\n\n"

    /// poppler creates its process-wide settings on first use without guarding against a race,
    /// so documents are opened one at a time; text extraction from open documents runs in parallel.
    private static let openLock = NSLock()

    func extract(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        let file = context.fileName
        let document: OpaquePointer = try Self.open(data, fileName: file)
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let pageCount = Int(poppler_document_get_n_pages(document))
        var text = ""
        var offsets: [Int] = []
        var warnings: [String] = []
        var truncated = false
        let pagesToRead = min(pageCount, context.limits.maxPDFPages)
        if pageCount > pagesToRead {
            warnings.append("bare de første \(pagesToRead) av \(pageCount) sidene er lest")
        }
        for index in 0..<pagesToRead {
            guard !truncated else { break }
            var pageText = ""
            if let page = poppler_document_get_page(document, Int32(index)) {
                if let raw = poppler_page_get_text(page) {
                    pageText = String(cString: raw)
                    g_free(raw)
                }
                g_object_unref(UnsafeMutableRawPointer(page))
            }
            let normalized = TextNormalizer.normalize(pageText, truncated: &truncated)
            if !normalized.isEmpty, !text.isEmpty { text += Self.pageSeparator }
            offsets.append(text.utf8.count)
            let room = context.limits.maxTextBytes - text.utf8.count
            if normalized.utf8.count > room {
                text += TextNormalizer.normalize(normalized, limit: max(room, 0), truncated: &truncated)
                truncated = true
            } else {
                text += normalized
            }
        }
        if truncated { warnings.append(TextNormalizer.truncationWarning) }
        if text.isEmpty { warnings.append(Self.noTextWarning) }

        var content = ExtractedContent(text: text, pageOffsets: offsets, warnings: warnings)
        content.pageCount = pageCount
        content.title = Self.string(poppler_document_get_title(document))
        content.author = Self.string(poppler_document_get_author(document))
        content.summary = Self.string(poppler_document_get_subject(document))
        content.created = Self.date(poppler_document_get_creation_date(document))
        content.modified = Self.date(poppler_document_get_modification_date(document))
        return content
    }

    private static func open(_ data: Data, fileName: String) throws(ExtractionError) -> OpaquePointer {
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer? = data.withUnsafeBytes { buffer in
            let bytes = g_bytes_new(buffer.baseAddress, gsize(buffer.count))
            defer { g_bytes_unref(bytes) }
            openLock.lock()
            defer { openLock.unlock() }
            return poppler_document_new_from_bytes(bytes, nil, &error)
        }
        if let document { return document }
        var detail = "poppler returned no document"
        var encrypted = false
        if let error {
            detail = String(cString: error.pointee.message)
            encrypted = error.pointee.domain == poppler_error_quark() && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
            g_error_free(error)
        }
        if encrypted { throw .encrypted(fileName, format: "PDF") }
        throw .corrupt(fileName, format: "PDF", detail: detail)
    }

    private static func string(_ raw: UnsafeMutablePointer<gchar>?) -> String? {
        guard let raw else { return nil }
        defer { g_free(raw) }
        let value = String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    private static func date(_ time: time_t) -> Date? {
        time > 0 ? Date(timeIntervalSince1970: TimeInterval(time)) : nil
    }
}
