internal import InvertedIndex
internal import SearchCore

/// A query's dictionary lookups, made once: for each (field, term) of its term and phrase clauses,
/// the term's entry in every segment. Resolving idf needs the document frequencies and running
/// the query needs the postings; without this every term would be looked up twice per segment,
/// a third of the time of a short OR query on a four-segment index (perf, NoReC).
struct TermHandles {
    struct Key: Hashable {
        var field: FieldID
        var term: String
    }

    private var entries: [Key: [TermHandle?]] = [:]

    /// The term's document frequency over all segments, looking it up in each (once).
    mutating func documentFrequency(_ field: FieldID, _ term: String, _ searcher: Searcher) throws(QueryError) -> Int {
        let key = Key(field: field, term: term)
        if let known = entries[key] { return known.reduce(0) { $0 + ($1?.documentFrequency ?? 0) } }
        var found: [TermHandle?] = []
        found.reserveCapacity(searcher.segments.count)
        var df = 0
        for view in searcher.segments {
            let handle: TermHandle?
            do { handle = try view.reader.lookup(field, term) } catch { throw Searcher.indexError(error) }
            df += handle?.documentFrequency ?? 0
            found.append(handle)
        }
        entries[key] = found
        return df
    }

    /// A postings iterator of the term in segment number `segment` (its reader given), from
    /// the handle when the term was resolved, else by a dictionary lookup; nil when absent.
    func postings(_ field: FieldID, _ term: String, _ reader: SegmentReader, _ segment: Int) throws(QueryError) -> PostingsIterator? {
        if let known = entries[Key(field: field, term: term)], segment < known.count {
            return known[segment].map { reader.postings($0) }
        }
        do { return try reader.postings(field, term) } catch { throw Searcher.indexError(error) }
    }
}
