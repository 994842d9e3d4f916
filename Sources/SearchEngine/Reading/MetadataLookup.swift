internal import InvertedIndex
internal import QueryEngine
internal import SearchCore

/// Reads metadata of a set of documents straight from the index's `metadata` postings
/// (`type=sak`, `kommune=asker`, `dato=2018-03-01` …) instead of loading stored documents:
/// no SQLite reads and no document text, just one postings walk per metadata value.
/// Used for facet counts and for sorting by date (`IndexSnapshot.searchPage`).
enum MetadataLookup {
    /// Most distinct values of one key read per segment. Facet keys have tens of values and
    /// dates a few thousand; the bound only protects against a pathological index.
    static let maxTermsPerKey = 100_000

    /// How many of `ids` carry each value of `key`, with one of those documents per value (the
    /// smallest id), so a display form of the value can be read from it.
    static func counts(
        _ snapshot: IndexSnapshot, key: MetadataKey, among ids: Set<DocumentID>
    ) throws(IndexError) -> [String: (count: Int, example: DocumentID)] {
        var counts: [String: (count: Int, example: DocumentID)] = [:]
        try forEach(snapshot, key: key, among: ids) { id, value in
            if let old = counts[value] {
                counts[value] = (old.count + 1, min(old.example, id))
            } else {
                counts[value] = (1, id)
            }
        }
        return counts
    }

    /// The (smallest) value of `key` of each of `ids` that has one.
    static func values(_ snapshot: IndexSnapshot, key: MetadataKey, among ids: Set<DocumentID>) throws(IndexError) -> [DocumentID: String] {
        var values: [DocumentID: String] = [:]
        try forEach(snapshot, key: key, among: ids) { id, value in
            if let old = values[id], old <= value { return }
            values[id] = value
        }
        return values
    }

    private static func forEach(
        _ snapshot: IndexSnapshot, key: MetadataKey, among ids: Set<DocumentID>, _ body: (DocumentID, String) -> Void
    ) throws(IndexError) {
        guard !ids.isEmpty else { return }
        let prefix = key.termPrefix
        for view in snapshot.searcher.segments {
            for (term, _) in try view.reader.terms(.metadata, prefix: prefix, limit: maxTermsPerKey) {
                guard let postings = try view.reader.postings(.metadata, term) else { continue }
                let value = String(term.dropFirst(prefix.count))
                var d = postings.doc
                while d != PostingsIterator.exhausted {
                    if view.deletions?.contains(d) != true {
                        let id = view.reader.documentID(d)
                        if ids.contains(id) { body(id, value) }
                    }
                    d = postings.next()
                }
            }
        }
    }
}
