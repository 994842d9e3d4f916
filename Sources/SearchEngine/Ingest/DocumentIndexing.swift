internal import DocumentStore
internal import Foundation
internal import InvertedIndex
internal import SearchCore
internal import TextAnalysis
internal import TextExtraction

/// Turns extracted documents into store drafts and analysed index tokens.
enum DocumentIndexing {
    /// The store draft for an extracted document, with the uploader's overrides applied.
    static func draft(for item: IngestItem, extracted: ExtractedDocument, data: Data, hash: String) -> DocumentDraft {
        let stem = (item.fileName as NSString).deletingPathExtension
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withFullDate]
        var extra: [String: String] = [:]
        if !extracted.caseNumbers.isEmpty { extra["saksnummer"] = extracted.caseNumbers.joined(separator: "; ") }
        if !extracted.mentionedDates.isEmpty { extra["datoer"] = extracted.mentionedDates.joined(separator: "; ") }
        if let s = extracted.summary, !s.isEmpty { extra["sammendrag"] = s }
        if !extracted.warnings.isEmpty { extra["advarsler"] = extracted.warnings.joined(separator: "\n") }
        let title = [item.title, extracted.title, stem].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty } ?? item.fileName
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

    /// The draft for trusted plain text: first line the title, the rest the body.
    static func plainDraft(for item: IngestItem, text: String, byteSize: Int, hash: String) -> DocumentDraft {
        let title = text.prefix { $0 != "\n" }
        let body = text.dropFirst(title.count).drop { $0 == "\n" }
        return DocumentDraft(
            externalKey: item.externalKey, title: item.title ?? title.trimmingCharacters(in: .whitespaces),
            documentType: item.documentType, municipalities: item.municipalities ?? [], sourceFormat: "text",
            sourcePath: item.path, contentHash: hash, byteSize: byteSize, text: String(body))
    }

    /// Adds one document's fields to a builder: title and body analysed, metadata as filter terms.
    /// `bodyTokens`, when given, are `draft.text` already analysed (by the ingest, which also
    /// needs them for the near-duplicate signature).
    static func add(_ draft: DocumentDraft, id: DocumentID, to builder: SegmentBuilder, analyzer: Analyzer, bodyTokens: [Token]? = nil) {
        builder.beginDocument(id)
        // The byte path: no `String` per term, the batch copies each term's bytes once.
        builder.addField(.title) { batch in analyzer.forEachTerm(in: draft.title) { batch.append($0, position: $1) } }
        builder.addField(.body) { batch in
            if let bodyTokens {
                for t in bodyTokens { batch.append(t.term, position: t.position) }
            } else {
                analyzer.forEachTerm(in: draft.text) { batch.append($0, position: $1) }
            }
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
        return terms.sorted()
    }
}
