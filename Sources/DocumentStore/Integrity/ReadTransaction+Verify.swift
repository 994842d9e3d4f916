public import SearchCore

/// Documents loaded for display, with the ones that could not be read apart.
public struct DocumentBatch: Sendable {
    /// The documents that were read and verified, keyed by id.
    public var documents: [DocumentID: StoredDocument] = [:]
    /// Documents that exist but are damaged (undecodable row, wrong checksum), each with an
    /// error naming it.
    public var damaged: [DocumentID: DocumentStoreError] = [:]
}

/// What `ReadTransaction.verifyDocuments()` found.
public struct DocumentVerification: Sendable {
    /// Documents whose checksum matched.
    public var verified = 0
    /// Documents stored before schema v3, which have no checksum to compare.
    public var unverified = 0
    /// Damaged documents, in id order, each with an error naming it and saying what to do.
    public var damaged: [(id: DocumentID, error: DocumentStoreError)] = []
}

extension ReadTransaction {
    /// The documents with these ids; ids that do not exist are absent. A document whose row
    /// cannot be decoded or whose checksum does not match goes to `damaged` instead of failing
    /// the whole batch, so one bad row does not break a search. When SQLite itself reports a
    /// damaged page, the documents are read one by one to find out which are affected.
    public func loadDocuments(_ ids: [DocumentID]) throws(DocumentStoreError) -> DocumentBatch {
        guard !ids.isEmpty else { return DocumentBatch() }
        do {
            return try loadBatch(ids)
        } catch where error.code == .corrupt && ids.count > 1 {
            var batch = DocumentBatch()
            for id in ids {
                do {
                    let one = try loadBatch([id])
                    batch.documents.merge(one.documents) { a, _ in a }
                    batch.damaged.merge(one.damaged) { a, _ in a }
                } catch where error.code == .corrupt {
                    batch.damaged[id] = Self.damage(id, key: nil, error.message)
                }
            }
            return batch
        }
    }

    /// Reads every document and compares it with its checksum; damaged rows are reported,
    /// not thrown. Throws only when the table cannot be read at all (then `integrityCheck`
    /// says where the file is damaged).
    public func verifyDocuments() throws(DocumentStoreError) -> DocumentVerification {
        let connection = try live()
        var municipalities = try loadMunicipalities(connection, idList: nil)
        return try connection.query(SQL.selectAllDocuments) { statement throws(DocumentStoreError) in
            var result = DocumentVerification()
            while try statement.step() {
                do throws(DocumentStoreError) {
                    _ = try Self.decodeDocument(statement, municipalities: &municipalities)
                    if statement.isNull(SQL.checksumColumn) { result.unverified += 1 } else { result.verified += 1 }
                } catch {
                    result.damaged.append((DocumentID(statement.int64(0)), error))
                }
            }
            return result
        }
    }

    /// SQLite's `PRAGMA integrity_check`: every B-tree page, index and constraint of the file.
    /// Returns SQLite's findings (at most `limit`); empty when the file is sound.
    public func integrityCheck(limit: Int = 20) throws(DocumentStoreError) -> [String] {
        try live().query("PRAGMA integrity_check(\(limit))") { statement throws(DocumentStoreError) in
            var findings: [String] = []
            while try statement.step() {
                let line = statement.string(0)
                if line != "ok" { findings.append(line) }
            }
            return findings
        }
    }

    // MARK: Implementation

    private func loadBatch(_ ids: [DocumentID]) throws(DocumentStoreError) -> DocumentBatch {
        let connection = try live()
        let idList = Self.jsonArray(ids)
        var municipalities = try loadMunicipalities(connection, idList: idList)
        return try connection.query(SQL.selectDocuments) { statement throws(DocumentStoreError) in
            try statement.bind(1, idList)
            var batch = DocumentBatch()
            while try statement.step() {
                do throws(DocumentStoreError) {
                    let document = try Self.decodeDocument(statement, municipalities: &municipalities)
                    batch.documents[document.id] = document
                } catch {
                    batch.damaged[DocumentID(statement.int64(0))] = error
                }
            }
            return batch
        }
    }

    /// One row of `SQL.selectDocuments`/`selectAllDocuments`, decoded and compared with its
    /// checksum (when it has one).
    static func decodeDocument(_ statement: Statement, municipalities: inout [DocumentID: [String]]) throws(DocumentStoreError) -> StoredDocument {
        let summary = summary(from: statement, municipalities: &municipalities)
        guard let body = statement.optionalString(SQL.bodyColumn) else {
            throw damage(summary.id, key: summary.externalKey, "teksten mangler i databasen.")
        }
        let offsetBytes = statement.data(SQL.pageOffsetsColumn)
        let extraJSON = statement.string(SQL.extraColumn)
        if !statement.isNull(SQL.checksumColumn) {
            let computed = DocumentChecksum.of(
                externalKey: summary.externalKey, title: summary.title, documentType: summary.documentType,
                date: summary.date, author: summary.author, createdAt: summary.createdAt, modifiedAt: summary.modifiedAt,
                language: summary.language, sourceFormat: summary.sourceFormat, sourcePath: summary.sourcePath,
                contentHash: summary.contentHash, byteSize: summary.byteSize, pageCount: summary.pageCount,
                extraJSON: extraJSON, pageOffsets: offsetBytes, municipalities: summary.municipalities, text: body)
            guard computed == statement.int64(SQL.checksumColumn) else {
                throw damage(summary.id, key: summary.externalKey, "sjekksummen av teksten og metadataene stemmer ikke, så noe i dokumentets rader er endret eller ødelagt.")
            }
        }
        do throws(DocumentStoreError) {
            return StoredDocument(
                summary: summary, text: body, pageOffsets: try PageOffsetsCodec.decode(offsetBytes),
                extra: try ExtraFieldsCodec.decode(extraJSON))
        } catch {
            throw damage(summary.id, key: summary.externalKey, "feltene kan ikke leses (\(error.message))")
        }
    }

    /// The error for a damaged document: which one, what is wrong, what to do.
    static func damage(_ id: DocumentID, key: String?, _ problem: String) -> DocumentStoreError {
        let name = key.map { "Dokument \(id) («\($0)»)" } ?? "Dokument \(id)"
        return DocumentStoreError(
            code: .corrupt,
            message: "\(name) er skadet: \(problem) Indekser dokumentet på nytt, eller gjenopprett indeksen fra en sikkerhetskopi.")
    }
}
