/// The indexed fields. A closed set: the index stores one postings space per field and BM25
/// weighs the text fields separately (title above body). `metadata` holds filter terms
/// (`type:reglement`, `kommune:asker`, `år:2017`, `dato:2017-03-12`, `format:pdf`): matched
/// exactly, never scored, and counted for facets.
public enum FieldID: UInt8, Sendable, Hashable, CaseIterable, Codable {
    case title = 0
    case body = 1
    case metadata = 2

    /// The name used in the query language (`tittel:`) and in explanations.
    public var name: String {
        switch self {
        case .title: "tittel"
        case .body: "tekst"
        case .metadata: "metadata"
        }
    }
}
