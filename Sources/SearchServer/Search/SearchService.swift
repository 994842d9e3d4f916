internal import HTTPTypes
internal import Foundation
internal import InvertedIndex
internal import QueryEngine
internal import SearchCore
internal import SearchEngine

/// Runs searches for the API and the web pages: builds the query, applies the filters, pages,
/// sorts, counts facets and renders snippets. One code path, so the HTML page and the JSON API
/// always agree.
struct SearchService: Sendable {
    /// The index searched.
    let index: SearchIndex

    /// Hits per page.
    static let pageSize = 10
    /// Facets are counted, and `sorter=dato` sorts, over the best `window` hits. 1000 matches
    /// the engine's exact-count limit (`HitCounting.standard`): within it counts are exact;
    /// beyond it they describe the best 1000 hits and `facetsExact` is false.
    static let window = 1000
    /// Hits shown under «Lignende saker».
    static let similarCount = 5

    /// Creates the service.
    init(index: SearchIndex) {
        self.index = index
    }

    /// The query for the text typed by the user, in the query language of `QueryBuilder`
    /// (words, "phrases", `type:`/`kommune:`/`dato:` filters, `+`/`-`, `OG`/`ELLER`/`IKKE`,
    /// `kommun*`, `fellesnemd~`). Default operator OR: BM25 ranks documents with more of the
    /// words first, as `kommunesok search` does.
    func makeQuery(_ text: String) throws(APIError) -> BuiltQuery {
        do {
            return try index.parseQuery(text, defaultOperator: .or)
        } catch {
            throw APIError(error)
        }
    }

    /// The filter clauses of the request's parameters.
    func filters(_ r: SearchRequest) throws(APIError) -> [Query] {
        var filters: [Query] = []
        if !r.types.isEmpty {
            filters.append(.or(r.types.map { .term(MetadataKey.type.term($0), fields: [.metadata]) }))
        }
        if !r.municipalities.isEmpty {
            filters.append(.or(r.municipalities.map { .term(MetadataKey.kommune.term($0), fields: [.metadata]) }))
        }
        if r.from != nil || r.to != nil {
            // The query language's `dato:` range: one parser for dates, its checks and messages.
            let range = "dato:\(r.from ?? "")..\(r.to ?? "")"
            do {
                filters.append(try index.parseQuery(range).query)
            } catch {
                throw .badRequest("Datofilteret fra/til kan ikke brukes: \(error.message)")
            }
        }
        return filters
    }

    /// Searches. An empty request (no text, no filter) gives an empty response.
    func search(_ r: SearchRequest) throws(APIError) -> SearchResponse {
        let started = ContinuousClock.now
        var response = SearchResponse(
            query: r.text, filters: .init(type: r.types, kommune: r.municipalities, fra: r.from, til: r.to),
            sort: r.sort.rawValue, page: r.page, pageSize: Self.pageSize, pageCount: 0, total: 0, totalIsExact: true,
            timeMs: 0, notes: [], hits: [], facets: .init(), facetsExact: true)
        guard !r.isEmpty else { return response }

        let filters = try filters(r)
        var query: Query
        if r.text.isEmpty {
            query = .boolean(must: [], should: [], mustNot: [], filter: filters)
        } else {
            let built = try makeQuery(r.text)
            response.notes = built.notes
            query = filters.isEmpty ? built.query : .boolean(must: [built.query], should: [], mustNot: [], filter: filters)
        }

        let snapshot: IndexSnapshot
        do { snapshot = try index.snapshot() } catch { throw APIError(error) }
        do {
            let best = try snapshot.search(query, limit: Self.window)
            response.total = best.totalHits
            response.totalIsExact = best.totalIsExact
            response.pageCount = (min(best.totalHits, r.sort == .date ? best.hits.count : Int.max) + Self.pageSize - 1) / Self.pageSize
            let ids = Set(best.hits.map(\.id))
            response.facetsExact = best.totalIsExact && best.hits.count == best.totalHits

            var ordered = best.hits
            if r.sort == .date {
                let dates = try MetadataLookup.values(snapshot, key: .date, among: ids)
                // Newest first; undated last; equal dates by relevance.
                ordered.sort { a, b in
                    let da = dates[a.id] ?? "", db = dates[b.id] ?? ""
                    return da != db ? da > db : (a.score != b.score ? a.score > b.score : a.id < b.id)
                }
            }
            let start = (r.page - 1) * Self.pageSize
            var page = best
            if start < ordered.count || r.sort == .date {
                page.hits = Array(ordered.dropFirst(start).prefix(Self.pageSize))
            } else {
                // Beyond the window (relevance only): ask the engine for that page directly.
                page = try snapshot.search(query, limit: Self.pageSize, offset: start)
            }
            response.hits = try snapshot.hits(for: page, query: query).map(Self.hit)
            if !r.text.isEmpty && best.totalHits < Self.pageSize { response.suggestion = snapshot.suggest(for: r.text) }

            response.facets.type = try Self.facet(snapshot, .type, ids)
            response.facets.kommune = try Self.facet(snapshot, .kommune, ids)
            response.facets.year = try Self.facet(snapshot, .year, ids)
            response.facets.format = try Self.facet(snapshot, .format, ids)
        } catch let e as SearchEngineError {
            throw APIError(e)
        } catch let e as IndexError {
            throw APIError(.internalServerError, code: "internal", e.message)
        } catch {
            throw APIError(.internalServerError, code: "internal", "Uventet feil: \(error)")
        }
        response.timeMs = Self.milliseconds(ContinuousClock.now - started)
        return response
    }

    /// «Lignende saker» for a document.
    func similar(to id: DocumentID, limit: Int = SearchService.similarCount) throws(APIError) -> SimilarResponse {
        do {
            let snapshot = try index.snapshot()
            let similar = try snapshot.similarDocuments(to: id, limit: limit)
            let hits = try snapshot.hits(for: similar.results, query: similar.query).map(Self.hit)
            return SimilarResponse(id: id.rawValue, terms: similar.terms, hits: hits)
        } catch {
            throw APIError(error)
        }
    }

    static func facet(_ snapshot: IndexSnapshot, _ key: MetadataKey, _ ids: Set<DocumentID>) throws(IndexError) -> [SearchResponse.FacetValue] {
        try MetadataLookup.counts(snapshot, key: key, among: ids)
            .map { SearchResponse.FacetValue(value: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
    }

    static func hit(_ h: Hit) -> SearchResponse.Hit {
        SearchResponse.Hit(
            id: h.id.rawValue, key: h.externalKey, title: h.title, type: h.documentType, municipalities: h.municipalities,
            date: h.date, format: h.sourceFormat, page: h.snippet.page,
            snippet: h.snippet.rendered(open: "<mark>", close: "</mark>", escape: { HTML.escape($0) }), score: h.score)
    }

    static func milliseconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return (Double(s) * 1000 + Double(atto) / 1e15).rounded(toPlaces: 2)
    }
}

extension Double {
    fileprivate func rounded(toPlaces p: Int) -> Double {
        let m = pow(10.0, Double(p))
        return (self * m).rounded() / m
    }
}
