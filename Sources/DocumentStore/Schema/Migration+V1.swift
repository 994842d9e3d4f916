extension Migration {
    /// The first schema.
    ///
    /// - `document.id` is `INTEGER PRIMARY KEY AUTOINCREMENT`: the rowid *is* the `DocumentID`
    ///   the inverted index stores. Plain `INTEGER PRIMARY KEY` may hand out the id of the most
    ///   recently deleted row again (max(rowid)+1 after deleting the maximum), and segments that
    ///   still carry postings for the deleted document would then attribute them to the new one.
    ///   `AUTOINCREMENT` keeps ids strictly increasing for the life of the file (it costs one
    ///   `sqlite_sequence` row update per insert, which is negligible next to the text).
    /// - Body text and page offsets live in `document_text`, and uploaded originals in
    ///   `original_file`, so that metadata rows stay small and a summary scan (facets, key
    ///   index) never walks overflow pages of large documents.
    /// - Municipalities are a child table so that filters can use an index; `position` keeps
    ///   the order the document gave them in.
    /// - `extra` is a JSON object of string to string; `page_offsets` is a blob of little-endian
    ///   Int64 values (see `PageOffsetsCodec`).
    /// - `index_manifest` holds exactly one row: the inverted index's manifest, opaque here,
    ///   committed in the same transaction as the documents it describes.
    static let v1 = Migration(
        version: 1,
        sql: """
            CREATE TABLE document (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                external_key  TEXT    NOT NULL UNIQUE,
                title         TEXT    NOT NULL,
                document_type TEXT,
                date          TEXT,
                author        TEXT,
                created_at    TEXT,
                modified_at   TEXT,
                language      TEXT,
                source_format TEXT    NOT NULL,
                source_path   TEXT,
                content_hash  TEXT    NOT NULL,
                byte_size     INTEGER NOT NULL,
                page_count    INTEGER,
                extra         TEXT    NOT NULL DEFAULT '{}',
                indexed_at    TEXT    NOT NULL
            );
            CREATE INDEX document_by_type ON document(document_type);
            CREATE INDEX document_by_date ON document(date);

            CREATE TABLE document_text (
                document_id  INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                body         TEXT NOT NULL,
                page_offsets BLOB NOT NULL
            );

            CREATE TABLE document_municipality (
                document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                position     INTEGER NOT NULL,
                municipality TEXT    NOT NULL,
                PRIMARY KEY (document_id, position)
            ) WITHOUT ROWID;
            CREATE INDEX document_municipality_by_name ON document_municipality(municipality, document_id);

            CREATE TABLE original_file (
                document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                bytes       BLOB NOT NULL
            );

            CREATE TABLE index_manifest (
                singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
                generation INTEGER NOT NULL,
                body       BLOB    NOT NULL,
                updated_at TEXT    NOT NULL
            );
            """
    )
}
