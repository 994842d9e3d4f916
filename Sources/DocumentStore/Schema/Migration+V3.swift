extension Migration {
    /// Checksums (see `DocumentChecksum`): `document.checksum` over each document's stored text
    /// and metadata, and `index_manifest.checksum`, XXH64 of the manifest body. Both are NULL
    /// for rows stored before this version: no value can be computed in SQL, and rewriting
    /// every document of a large file at upgrade would take as long as storing it. `check`
    /// counts such documents as unverified; the manifest gets its checksum at the next commit.
    static let v3 = Migration(
        version: 3,
        sql: """
            ALTER TABLE document ADD COLUMN checksum INTEGER;
            ALTER TABLE index_manifest ADD COLUMN checksum INTEGER;
            """
    )
}
