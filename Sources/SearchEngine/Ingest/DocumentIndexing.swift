internal import DocumentStore
internal import Foundation
internal import InvertedIndex
internal import SearchCore
internal import TextAnalysis
internal import TextExtraction

/// Turns extracted documents into store drafts and analysed index tokens.
enum DocumentIndexing {
    /// `extra` key of the document's themes, joined by `themeSeparator`.
    static let themesKey = "temaer"
    static let themeSeparator = "; "

    /// `extra` key saying where the title came from, when not from the document or uploader.
    static let titleSourceKey = "tittelkilde"
    /// `titleSourceKey`'s value for a title that is the file name (the document has none).
    static let fileNameTitleSource = "filnavn"

    /// The store draft for an extracted document, with the uploader's overrides applied.
    static func draft(for item: IngestItem, extracted: ExtractedDocument, data: Data, hash: String) -> DocumentDraft {
        let stem = (item.fileName as NSString).deletingPathExtension
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withFullDate]
        var extra: [String: String] = [:]
        if !extracted.caseNumbers.isEmpty { extra["saksnummer"] = extracted.caseNumbers.joined(separator: "; ") }
        if !extracted.mentionedDates.isEmpty { extra["datoer"] = extracted.mentionedDates.joined(separator: "; ") }
        if !extracted.themes.isEmpty { extra[themesKey] = extracted.themes.joined(separator: themeSeparator) }
        if let s = extracted.summary, !s.isEmpty { extra["sammendrag"] = s }
        if !extracted.warnings.isEmpty { extra["advarsler"] = extracted.warnings.joined(separator: "\n") }
        let title = [item.title, extracted.title, stem].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty } ?? item.fileName
        let given = [item.title, extracted.title].contains { !($0?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true) }
        if !given { extra[titleSourceKey] = fileNameTitleSource }
        return DocumentDraft(
            externalKey: item.externalKey,
            title: title,
            documentType: item.documentType ?? extracted.documentType.rawValue,
            municipalities: item.municipalities ?? extracted.municipalities,
            // The date a municipal document is "from" is the first date its text names (the
            // meeting or adoption date); file metadata dates are often the export date.
            date: extracted.mentionedDates.first ?? extracted.modified.map { iso.string(from: $0) } ?? extracted.created.map { iso.string(from: $0) },
            author: extracted.author,
            createdAt: extracted.created.map { iso.string(from: $0) },
            modifiedAt: extracted.modified.map { iso.string(from: $0) },
            language: extracted.language?.rawValue,
            sourceFormat: extracted.format.rawValue,
            sourcePath: item.path,
            contentHash: hash,
            byteSize: data.count,
            pageCount: extracted.pageCount,
            text: extracted.text,
            pageOffsets: extracted.pageOffsets,
            extra: extra,
            originalFile: item.keepOriginal ? data : nil)
    }

    /// The draft for trusted plain text: first line the title (without surrounding spaces, tabs
    /// or a CR), the rest the body (without the blank lines that follow the title). Works on the
    /// UTF-8 bytes: LF, CR, space and tab are ASCII, so every cut is on a scalar boundary.
    static func plainDraft(for item: IngestItem, text: String, byteSize: Int, hash: String) -> DocumentDraft {
        let (title, body) = splitTitleLine(text)
        return DocumentDraft(
            externalKey: item.externalKey, title: item.title ?? title,
            documentType: item.documentType, municipalities: item.municipalities ?? [], sourceFormat: "text",
            sourcePath: item.path, contentHash: hash, byteSize: byteSize, text: body)
    }

    /// `text`'s first line, trimmed, and the rest after the line breaks that follow it.
    static func splitTitleLine(_ text: String) -> (title: String, body: String) {
        let utf8 = text.utf8
        let lineEnd = utf8.firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        var bodyStart = lineEnd
        while bodyStart < utf8.endIndex, utf8[bodyStart] == UInt8(ascii: "\n") || utf8[bodyStart] == UInt8(ascii: "\r") {
            bodyStart = utf8.index(after: bodyStart)
        }
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        var titleStart = utf8.startIndex
        var titleEnd = lineEnd
        while titleStart < titleEnd, isBlank(utf8[titleStart]) { titleStart = utf8.index(after: titleStart) }
        while titleEnd > titleStart, isBlank(utf8[utf8.index(before: titleEnd)]) { titleEnd = utf8.index(before: titleEnd) }
        return (String(Substring(utf8[titleStart..<titleEnd])), String(Substring(utf8[bodyStart...])))
    }

    /// Adds one document's fields to a builder: title and body analysed, metadata as filter terms.
    /// `body`, when given, is `draft.text` already analysed (by the ingest, which also needs
    /// the terms for the near-duplicate signature).
    static func add(_ draft: DocumentDraft, id: DocumentID, to builder: SegmentBuilder, analyzer: Analyzer, body: AnalyzedBody? = nil) {
        builder.beginDocument(id)
        // The byte path: no `String` per term, the batch copies each term's bytes once.
        // Surface keys: the builder runs the token filters once per word form it meets.
        let resolve = { (key: UnsafeRawBufferPointer, use: (UnsafeRawBufferPointer?) -> Void) in analyzer.withIndexedTerm(forSurfaceKey: key, use) }
        // A file name standing in for a missing title is shown, not searched as a title: its
        // words would count as what the document is about.
        let indexedTitle = draft.extra[titleSourceKey] == fileNameTitleSource ? "" : draft.title
        builder.addField(.title, surfaceKeys: { batch in analyzer.forEachSurfaceKey(in: indexedTitle) { batch.append($0, position: $1) } }, resolve: resolve)
        if let body {
            builder.addField(.body) { batch in body.replay(into: &batch) }
        } else {
            builder.addField(.body, surfaceKeys: { batch in analyzer.forEachSurfaceKey(in: draft.text) { batch.append($0, position: $1) } }, resolve: resolve)
        }
        var position: UInt32 = 0
        for term in metadataTerms(draft) {
            builder.addToken(term, position: position, field: .metadata)
            position += 1
        }
        builder.endDocument()
    }

    /// The metadata filter terms of a document (see `MetadataKey`).
    static func metadataTerms(_ draft: DocumentDraft) -> [String] {
        var terms: [String] = []
        if let t = draft.documentType { terms.append(MetadataKey.type.term(t)) }
        for m in Set(draft.municipalities.map(MetadataKey.normalize)) { terms.append(MetadataKey.kommune.term(m)) }
        if let d = draft.date, d.count >= 4 {
            terms.append(MetadataKey.date.term(d))
            terms.append(MetadataKey.year.term(String(d.prefix(4))))
        }
        terms.append(MetadataKey.format.term(draft.sourceFormat))
        if let l = draft.language { terms.append(MetadataKey.language.term(l)) }
        for theme in (draft.extra[themesKey] ?? "").components(separatedBy: themeSeparator) where !theme.isEmpty {
            terms.append(MetadataKey.theme.term(theme))
        }
        return terms.sorted()
    }
}
