/// The indexed text fields. A closed set: the index stores one postings space per field and
/// BM25 weighs them separately (title above body).
public enum FieldID: UInt8, Sendable, Hashable, CaseIterable, Codable {
    case title = 0
    case body = 1

    /// The name used in the query language (`tittel:`) and in explanations.
    public var name: String {
        switch self {
        case .title: "tittel"
        case .body: "tekst"
        }
    }
}
