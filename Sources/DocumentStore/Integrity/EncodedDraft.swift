#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A draft with the column values derived from it, each computed once: the extra fields as
/// JSON, the page offsets as a blob, and the checksum over exactly those stored bytes.
struct EncodedDraft {
    let draft: DocumentDraft
    let extraJSON: String
    let pageOffsets: Data
    let checksum: Int64

    init(_ draft: DocumentDraft) {
        self.draft = draft
        extraJSON = ExtraFieldsCodec.encode(draft.extra)
        pageOffsets = PageOffsetsCodec.encode(draft.pageOffsets)
        checksum = DocumentChecksum.of(
            externalKey: draft.externalKey, title: draft.title, documentType: draft.documentType, date: draft.date,
            author: draft.author, createdAt: draft.createdAt, modifiedAt: draft.modifiedAt, language: draft.language,
            sourceFormat: draft.sourceFormat, sourcePath: draft.sourcePath, contentHash: draft.contentHash,
            byteSize: draft.byteSize, pageCount: draft.pageCount, extraJSON: extraJSON, pageOffsets: pageOffsets,
            municipalities: draft.municipalities, text: draft.text)
    }
}
