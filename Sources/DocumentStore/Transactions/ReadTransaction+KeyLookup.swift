public import SearchCore

extension ReadTransaction {
    /// The id and content hash of the documents with the given external keys (keys without a
    /// document are absent), for incremental re-indexing of one batch. One indexed lookup per
    /// key, so memory and time follow the batch, not the collection (`keyIndex()` loads every
    /// key: ~120 bytes a document, 40 MB at 350,000 documents).
    public func keyIndex(for keys: some Sequence<String>) throws(DocumentStoreError) -> [String: (id: DocumentID, contentHash: String)] {
        try live().query("SELECT id, content_hash FROM document WHERE external_key = ?1") { statement throws(DocumentStoreError) in
            var result: [String: (id: DocumentID, contentHash: String)] = [:]
            for key in keys {
                statement.reset()
                try statement.bind(1, key)
                if try statement.step() {
                    result[key] = (DocumentID(statement.int64(0)), statement.string(1))
                }
            }
            return result
        }
    }
}
