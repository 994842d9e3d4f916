internal import HTTPTypes
internal import Foundation
internal import QueryEngine
internal import SearchCore
internal import SearchEngine

/// Runs searches for the API and the web pages: builds the query and the filter clauses, asks
/// the engine for the page (`IndexSnapshot.searchPage`: order, paging, near-duplicate grouping,
/// facets — the same code `kommunesok search` uses) and maps it to `SearchResponse`. One code
/// path, so the HTML page and the JSON API always agree.
struct SearchService: Sendable {
    /// The index searched.
    let index: SearchIndex

    /// Hits per page.
    static let pageSize = 10
    /// Facets are counted, and `sorter=dato` sorts, over the best `window` hits (the engine's
    /// `SearchOptions.window`, 1000).
    static let window = SearchOptions.window
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
        if !r.themes.isEmpty {
            filters.append(.or(r.themes.map { .term(MetadataKey.theme.term($0), fields: [.metadata]) }))
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
            query: r.text, filters: .init(type: r.types, kommune: r.municipalities, tema: r.themes, fra: r.from, til: r.to),
            sort: r.sort.norwegianName, group: r.group, page: r.page, pageSize: Self.pageSize, pageCount: 0, total: 0,
            totalIsExact: true, timeMs: 0, notes: [], hits: [], facets: .init(), facetsExact: true, folded: 0)
        guard !r.isEmpty else { return response }

        let filters = try filters(r)
        var query: Query
        var notes: [String] = []
        if r.text.isEmpty {
            query = .boolean(must: [], should: [], mustNot: [], filter: filters)
        } else {
            let built = try makeQuery(r.text)
            notes = built.notes
            query = filters.isEmpty ? built.query : .boolean(must: [built.query], should: [], mustNot: [], filter: filters)
        }

        do {
            let snapshot = try index.snapshot()
            let options = SearchOptions(
                limit: Self.pageSize, offset: (r.page - 1) * Self.pageSize, order: r.sort, groupNearDuplicates: r.group, countFacets: true)
            let page = try snapshot.searchPage(query, options: options)
            response.notes = notes + page.notes
            response.total = page.totalHits
            response.totalIsExact = page.totalIsExact
            response.pageCount = (max(0, page.pageableHits - page.foldedHits) + Self.pageSize - 1) / Self.pageSize
            response.folded = page.foldedHits
            response.hits = page.hits.map(Self.hit)
            if let f = page.facets {
                response.facets = .init(
                    type: f.type.map(Self.facet), kommune: f.kommune.map(Self.facet), year: f.year.map(Self.facet),
                    format: f.format.map(Self.facet), theme: f.theme.map(Self.facet))
            }
            response.facetsExact = page.facetsExact
            if !r.text.isEmpty && page.totalHits < Self.pageSize { response.suggestion = snapshot.suggest(for: r.text) }
        } catch {
            throw APIError(error)
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

    static func facet(_ f: FacetCount) -> SearchResponse.FacetValue {
        SearchResponse.FacetValue(value: f.value, label: f.label, count: f.count)
    }

    static func hit(_ h: Hit) -> SearchResponse.Hit {
        SearchResponse.Hit(
            id: h.id.rawValue, key: h.externalKey, title: h.title, type: h.documentType, municipalities: h.municipalities,
            date: h.date, format: h.sourceFormat, page: h.snippet.page,
            snippet: h.snippet.rendered(open: "<mark>", close: "</mark>", escape: { HTML.escape($0) }), score: h.score,
            alsoSharedBy: h.alsoSharedBy.map { .init(id: $0.id.rawValue, title: $0.title, municipality: $0.municipality) })
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
