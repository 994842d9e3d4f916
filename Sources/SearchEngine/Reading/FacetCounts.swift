/// Facet counts of a result list: per metadata key, its values with how many hits have each,
/// most frequent first (ties by value).
public struct FacetCounts: Sendable, Equatable, Codable {
    /// Document type (reglement, prosjektplan, sak, protokoll, kommunikasjonsplan, høringsuttalelse, utredning, forum, annet).
    public var type: [FacetCount] = []
    /// Municipality; `label` is the name as written in the documents.
    public var kommune: [FacetCount] = []
    /// Year of the document's date.
    public var year: [FacetCount] = []
    /// Source format (pdf, docx, …).
    public var format: [FacetCount] = []
    /// The merger programme's themes; `label` is the theme's display name.
    public var theme: [FacetCount] = []

    enum CodingKeys: String, CodingKey {
        case type, kommune, format
        case year = "år"
        case theme = "tema"
    }

    /// Empty counts.
    public init() {}
}
