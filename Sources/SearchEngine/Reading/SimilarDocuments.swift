internal import DocumentStore
internal import Foundation
public import QueryEngine
public import SearchCore
internal import TextAnalysis

/// «Lignende saker»: a simple more-like-this. The document's stored title and text are analysed
/// with the index's analyzer, its most characteristic terms (tf·idf) are searched as one OR
/// query, and the document itself is dropped from the result.
public struct SimilarDocuments: Sendable {
    /// The OR query of characteristic terms (use it for `IndexSnapshot.hits(for:query:)`).
    public var query: Query
    /// The terms chosen, most characteristic first.
    public var terms: [String]
    /// The similar documents, best first, without the source document.
    public var results: SearchResults

    /// Terms taken from the document. 25 is Lucene MoreLikeThis's default (`maxQueryTerms`):
    /// enough to describe a municipal case, few enough that the OR query stays fast.
    public static let maxQueryTerms = 25
    /// Only the first 200 000 bytes of text are analysed: the opening of a long document says
    /// what it is about, and this bounds the cost for a 100 MB upload.
    static let maxAnalysedBytes = 200_000
    /// A term must occur in at least 2 documents (this one and another), otherwise it cannot
    /// find anything; terms shorter than 3 characters (numbers, abbreviations) are noise.
    static let minDocumentFrequency = 2
    static let minTermLength = 3
}

extension IndexSnapshot {
    /// Documents similar to `id` (see `SimilarDocuments`). Throws `.notFound` for an unknown id.
    public func similarDocuments(to id: DocumentID, limit: Int) throws(SearchEngineError) -> SimilarDocuments {
        guard let doc = try documents([id])[id] else {
            throw SearchEngineError(.notFound, "Dokument \(id) finnes ikke. Det kan være slettet; søk etter det på nytt.")
        }
        let (terms, query) = try moreLikeThisQuery(text: doc.title + "\n" + doc.text)
        var results = try search(query, limit: max(0, limit) + 1)
        if let i = results.hits.firstIndex(where: { $0.id == id }) {
            results.hits.remove(at: i)
            results.totalHits = max(0, results.totalHits - 1)
        }
        results.hits = Array(results.hits.prefix(max(0, limit)))
        return SimilarDocuments(query: query, terms: terms, results: results)
    }

    /// The characteristic terms of `text` (tf·idf, at most `maxQueryTerms`, most characteristic
    /// first; ties by term) and their OR query over all fields. Municipality names (see
    /// `placeNameTerms()`) and terms with digits are left out; terms in fewer than
    /// `minDocumentFrequency` documents are skipped.
    func moreLikeThisQuery(text: String, minDocumentFrequency: Int = SimilarDocuments.minDocumentFrequency) throws(SearchEngineError) -> (terms: [String], query: Query) {
        let text = text.utf8.count <= SimilarDocuments.maxAnalysedBytes
            ? text : String(decoding: text.utf8.prefix(SimilarDocuments.maxAnalysedBytes), as: UTF8.self)
        var frequencies: [String: Int] = [:]
        index.analyzer.forEachToken(in: text) { frequencies[$0.term, default: 0] += 1 }

        let places = placeNameTerms()
        let n = searcher.statistics.documentCount
        var scored: [(term: String, weight: Double)] = []
        // Only words: numbers, dates and case numbers (`2016-10-04`, `000`, `07/16`) say when
        // and which, not what a case is about, and case numbers repeat across municipalities.
        for (term, tf) in frequencies
        where term.count >= SimilarDocuments.minTermLength && !places.contains(term) && !term.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
            let df: Int
            do { df = try searcher.documentFrequency(.body, term) } catch { throw SearchEngineError(error) }
            guard df >= minDocumentFrequency else { continue }
            let idf = searcher.parameters.idf(documentFrequency: df, documentCount: n)
            scored.append((term, Double(tf) * idf))
        }
        // Ties broken by term so the query (and the result) is deterministic.
        scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        let terms = scored.prefix(SimilarDocuments.maxQueryTerms).map(\.term)
        return (terms, terms.isEmpty ? .empty : .or(terms.map { .term($0, fields: Query.allFields) }))
    }
}
