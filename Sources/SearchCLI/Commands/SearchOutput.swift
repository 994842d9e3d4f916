import Foundation
import QueryEngine
import SearchCore
import SearchEngine

/// JSON shape of `search --json`.
struct SearchOutput: Encodable {
    /// A near-duplicate folded into a hit.
    struct SharedCopy: Encodable {
        var id: Int64
        var title: String
        var municipality: String?
    }

    struct HitOutput: Encodable {
        var id: Int64
        var key: String
        var title: String
        var score: Double
        var type: String?
        var municipalities: [String]
        var date: String?
        var format: String
        var path: String?
        var page: Int?
        var snippet: String
        /// Near-duplicates folded into this hit, best-ranked first (empty with
        /// `--ingen-gruppering`).
        var alsoSharedBy: [SharedCopy]

        init(_ h: Hit) {
            id = h.id.rawValue
            key = h.externalKey
            title = h.title
            score = h.score
            type = h.documentType
            municipalities = h.municipalities
            date = h.date
            format = h.sourceFormat
            path = h.sourcePath
            page = h.snippet.page
            snippet = h.snippet.rendered(open: "«", close: "»")
            alsoSharedBy = h.alsoSharedBy.map { SharedCopy(id: $0.id.rawValue, title: $0.title, municipality: $0.municipality) }
        }
    }

    var query: String
    /// `relevans` or `dato`.
    var sort: String
    var offset: Int
    var limit: Int
    /// Whether near-duplicates were folded (`--ingen-gruppering` turns it off).
    var grouped: Bool
    /// Near-duplicates folded away in the grouped part of the list.
    var folded: Int
    var totalHits: Int
    var totalIsExact: Bool
    var milliseconds: Double
    var hits: [HitOutput]
    /// With `--facets`: counts per type, kommune, år and format over the best 1000 hits.
    var facets: FacetCounts?
    /// With `--facets`: true when the counts cover every match.
    var facetsExact: Bool?
    /// «Mente du …?»: the corrected query, when the query had few hits and one was found.
    var suggestion: String?

    init(query: String, options: SearchOptions, page: ResultPage, milliseconds: Double, suggestion: String?) {
        self.query = query
        sort = options.order.norwegianName
        offset = options.offset
        limit = options.limit
        grouped = options.groupNearDuplicates
        folded = page.foldedHits
        totalHits = page.totalHits
        totalIsExact = page.totalIsExact
        self.milliseconds = milliseconds
        hits = page.hits.map(HitOutput.init)
        facets = page.facets
        facetsExact = page.facets == nil ? nil : page.facetsExact
        self.suggestion = suggestion
    }
}
