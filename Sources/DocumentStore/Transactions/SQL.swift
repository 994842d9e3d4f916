/// The SQL text of the document queries, in one place so that column numbers and the row
/// decoder in `ReadTransaction` stay in step.
enum SQL {
    /// Columns 0–15, decoded by `ReadTransaction.summary(from:municipalities:)`.
    static let summaryColumns = """
        d.id, d.external_key, d.title, d.document_type, d.date, d.author, d.created_at,
        d.modified_at, d.language, d.source_format, d.source_path, d.content_hash, d.byte_size,
        d.page_count, EXISTS (SELECT 1 FROM original_file o WHERE o.document_id = d.id), d.indexed_at
        """
    static let extraColumn: Int32 = 16
    static let bodyColumn: Int32 = 17
    static let pageOffsetsColumn: Int32 = 18
    static let checksumColumn: Int32 = 19

    static let selectDocuments = """
        SELECT \(summaryColumns), d.extra, t.body, t.page_offsets, d.checksum
        FROM document d LEFT JOIN document_text t ON t.document_id = d.id
        WHERE d.id IN (SELECT value FROM json_each(?1))
        """

    /// Every document with its text, in id order, for `verifyDocuments`.
    static let selectAllDocuments = """
        SELECT \(summaryColumns), d.extra, t.body, t.page_offsets, d.checksum
        FROM document d LEFT JOIN document_text t ON t.document_id = d.id ORDER BY d.id
        """

    static let selectSummaries = """
        SELECT \(summaryColumns) FROM document d WHERE d.id IN (SELECT value FROM json_each(?1))
        """

    static let selectAllSummaries = "SELECT \(summaryColumns) FROM document d ORDER BY d.id"

    static let selectMunicipalities = """
        SELECT document_id, municipality FROM document_municipality
        WHERE document_id IN (SELECT value FROM json_each(?1)) ORDER BY document_id, position
        """

    static let selectAllMunicipalities = """
        SELECT document_id, municipality FROM document_municipality ORDER BY document_id, position
        """

    static let insertDocument = """
        INSERT INTO document (external_key, title, document_type, date, author, created_at,
            modified_at, language, source_format, source_path, content_hash, byte_size, page_count,
            extra, checksum, indexed_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        """

    static let insertText = "INSERT INTO document_text (document_id, body, page_offsets) VALUES (?1, ?2, ?3)"

    static let insertMunicipality = """
        INSERT INTO document_municipality (document_id, position, municipality) VALUES (?1, ?2, ?3)
        """

    static let insertOriginal = "INSERT INTO original_file (document_id, bytes) VALUES (?1, ?2)"

    static let upsertManifest = """
        INSERT INTO index_manifest (singleton, generation, body, checksum, updated_at)
        VALUES (1, ?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT (singleton) DO UPDATE SET
            generation = excluded.generation, body = excluded.body, checksum = excluded.checksum,
            updated_at = excluded.updated_at
        """
}
