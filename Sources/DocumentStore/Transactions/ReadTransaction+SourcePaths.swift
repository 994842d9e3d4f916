public import SearchCore

extension ReadTransaction {
    /// The stored source paths of these documents (documents without one, or absent, are left
    /// out), for telling a re-indexed file from another file that got the same key. One rowid
    /// lookup per id, so time follows the batch, not the collection.
    public func sourcePaths(for ids: some Sequence<DocumentID>) throws(DocumentStoreError) -> [DocumentID: String] {
        try live().query("SELECT source_path FROM document WHERE id = ?1") { statement throws(DocumentStoreError) in
            var result: [DocumentID: String] = [:]
            for id in ids {
                statement.reset()
                try statement.bind(1, id.rawValue)
                if try statement.step(), let path = statement.optionalString(0) { result[id] = path }
            }
            return result
        }
    }
}
