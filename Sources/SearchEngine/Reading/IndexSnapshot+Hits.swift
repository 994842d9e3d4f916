internal import DocumentStore
public import QueryEngine
public import SearchCore

/// One search hit, ready to show: the stored metadata and the best snippet.
public struct Hit: Sendable {
    public var id: DocumentID
    public var score: Double
    public var externalKey: String
    public var title: String
    public var documentType: String?
    public var municipalities: [String]
    public var date: String?
    public var sourceFormat: String
    public var sourcePath: String?
    public var snippet: Snippet
    /// Near-duplicates of this document folded into it by `IndexSnapshot.collapseDuplicates(_:)`
    /// (empty otherwise), in rank order.
    public var duplicates: [DocumentID] = []
}

extension IndexSnapshot {
    /// Loads stored documents for `results` and builds their snippets for `query`.
    public func hits(for results: SearchResults, query: Query) throws(SearchEngineError) -> [Hit] {
        let docs = try documents(results.hits.map(\.id))
        let builder = SnippetBuilder(analyzer: index.analyzer)
        // The executed query: a split compound's parts are highlighted too.
        let executed = (try? searcher.rewritingCompounds(query)) ?? query
        let terms = executed.highlightTerms
        let prefixes = executed.highlightPrefixes
        return results.hits.compactMap { h in
            guard let d = docs[h.id] else { return nil }
            return Hit(
                id: h.id, score: h.score, externalKey: d.externalKey, title: d.title, documentType: d.documentType,
                municipalities: d.municipalities, date: d.date, sourceFormat: d.sourceFormat, sourcePath: d.sourcePath,
                snippet: builder.snippet(of: d.text, terms: terms, prefixes: prefixes, pageOffsets: d.pageOffsets))
        }
    }
}

extension IndexSnapshot {
    /// The BM25 breakdown of `query` for one document.
    public func explain(_ query: Query, document: DocumentID) throws(SearchEngineError) -> ScoreExplanation {
        do {
            return try searcher.explain(query, document: document)
        } catch {
            throw SearchEngineError(error)
        }
    }
}
