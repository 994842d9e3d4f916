internal import DocumentStore
public import QueryEngine
public import SearchCore

/// One search hit, ready to show: the stored metadata and the best snippet.
public struct Hit: Sendable {
    /// The document.
    public var id: DocumentID
    /// Its BM25 score for the query.
    public var score: Double
    /// Its external key (file name without extension).
    public var externalKey: String
    /// Its title.
    public var title: String
    /// reglement | prosjektplan | sak | protokoll | kommunikasjonsplan | høringsuttalelse | utredning | forum | annet, when known.
    public var documentType: String?
    /// The municipalities it belongs to or names, as written.
    public var municipalities: [String]
    /// Its date, ISO `yyyy-mm-dd` (or `yyyy-mm`, `yyyy`), when known.
    public var date: String?
    /// Its source format (pdf, docx, …).
    public var sourceFormat: String
    /// The file it was indexed from, when indexed from disk.
    public var sourcePath: String?
    /// The best passage for the query.
    public var snippet: Snippet
    /// Near-duplicates folded into this hit («også delt av …») by grouping
    /// (`SearchOptions.groupNearDuplicates`, `IndexSnapshot.collapseDuplicates(_:)`), in rank
    /// order; empty otherwise.
    public var alsoSharedBy: [NearDuplicateCopy] = []

    /// The ids of `alsoSharedBy`.
    public var duplicates: [DocumentID] { alsoSharedBy.map(\.id) }
}

extension IndexSnapshot {
    /// Loads stored documents for `results` and builds their snippets for `query`; damaged
    /// documents are left out (`searchPage` reports them in its notes).
    public func hits(for results: SearchResults, query: Query) throws(SearchEngineError) -> [Hit] {
        var notes: [String] = []
        let docs = try loadDocuments(results.hits.map(\.id), notes: &notes)
        return makeHits(results.hits, documents: docs, query: query)
    }

    /// Hits for `scored` from already loaded documents (missing ones left out).
    func makeHits(_ scored: [ScoredDocument], documents docs: [DocumentID: StoredDocument], query: Query) -> [Hit] {
        let builder = SnippetBuilder(analyzer: index.analyzer)
        // The executed query: a split compound's parts are highlighted too.
        let executed = (try? searcher.rewritingCompounds(query)) ?? query
        let terms = executed.highlightTerms
        let prefixes = executed.highlightPrefixes
        return scored.compactMap { h in
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
