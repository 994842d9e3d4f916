internal import QueryEngine

extension IndexSnapshot {
    /// More-like-this for pasted text («finn saker som ligner denne teksten»): the text is
    /// analysed like a stored document and its characteristic terms searched as one OR query.
    /// Terms need only occur in one indexed document, since the text itself is not indexed.
    public func similarDocuments(toText text: String, limit: Int) throws(SearchEngineError) -> SimilarDocuments {
        let (terms, query) = try moreLikeThisQuery(text: text, minDocumentFrequency: 1)
        var results = try search(query, limit: max(0, limit))
        results.hits = Array(results.hits.prefix(max(0, limit)))
        return SimilarDocuments(query: query, terms: terms, results: results)
    }

    /// The near-duplicate signature of a pasted text (nil when it has no indexable terms), to
    /// compare with documents through `similarities(of:to:)`.
    public func signature(ofText text: String) -> MinHashSignature? {
        NearDuplicates.signature(text: text, analyzer: index.analyzer)
    }
}
