public import Hummingbird

/// The body of `GET /api/search` (see docs/API.md).
public struct SearchResponse: ResponseCodable, Sendable, Equatable {
    /// One hit. `snippet` is HTML: document text escaped, matches in `<mark>`.
    public struct Hit: Codable, Sendable, Equatable {
        public var id: Int64
        public var key: String
        public var title: String
        public var type: String?
        public var municipalities: [String]
        public var date: String?
        public var format: String
        /// 1-based page of the snippet (PDF), else nil.
        public var page: Int?
        public var snippet: String
        public var score: Double
        /// Near-duplicates folded into this hit («også delt av …»), best-ranked first; empty
        /// when grouping is off or the hit has no copies.
        public var alsoSharedBy: [SharedCopy] = []
    }

    /// A near-duplicate folded into a hit.
    public struct SharedCopy: Codable, Sendable, Equatable {
        public var id: Int64
        public var title: String
        /// Its (first) municipality as written, or nil.
        public var municipality: String?
    }

    /// One facet value and how many hits have it.
    public struct FacetValue: Codable, Sendable, Equatable {
        /// The indexed (lower-case) value, as filters take it.
        public var value: String
        /// The value for display: municipality names as written in the documents.
        public var label: String
        public var count: Int
    }

    /// Facet counts per metadata key.
    public struct Facets: Codable, Sendable, Equatable {
        public var type: [FacetValue] = []
        public var kommune: [FacetValue] = []
        public var year: [FacetValue] = []
        public var format: [FacetValue] = []
        public var theme: [FacetValue] = []

        enum CodingKeys: String, CodingKey {
            case type, kommune, format
            case year = "år"
            case theme = "tema"
        }
    }

    /// The filters in force (echoed back).
    public struct Filters: Codable, Sendable, Equatable {
        public var type: [String]
        public var kommune: [String]
        public var tema: [String]
        public var fra: String?
        public var til: String?
    }

    public var query: String
    public var filters: Filters
    /// `relevans` or `dato`.
    public var sort: String
    /// Whether near-duplicates were folded into their best-ranked copy (`group`).
    public var group: Bool
    public var page: Int
    public var pageSize: Int
    public var pageCount: Int
    /// Matching documents; a lower bound when `totalIsExact` is false.
    public var total: Int
    public var totalIsExact: Bool
    public var timeMs: Double
    /// How the query was understood (stop words ignored …), in Norwegian.
    public var notes: [String]
    public var hits: [Hit]
    public var facets: Facets
    /// False when the facets were counted over the best `SearchOptions.window` (1000) hits only.
    public var facetsExact: Bool
    /// Near-duplicates folded away in the grouped part of the list (0 with `group=false`).
    public var folded: Int
    /// «Mente du …?»: a corrected query when the words were not found as typed (few hits).
    public var suggestion: String? = nil
}
