/// How a result list is ordered.
public enum ResultOrder: String, Sendable, CaseIterable, Codable {
    /// Best BM25 score first (ties: smaller document id first).
    case relevance
    /// Newest `dato` first; documents without a date last; equal dates by score, then id.
    /// Sorts the best `SearchOptions.window` hits only.
    case date

    /// Parses the user's spelling: Bokmål `relevans`/`dato` or English `relevance`/`date`
    /// (any case); nil for anything else.
    public init?(userValue: String) {
        switch userValue.lowercased() {
        case "relevans", "relevance": self = .relevance
        case "dato", "date": self = .date
        default: return nil
        }
    }

    /// The Bokmål name used in URLs, JSON and messages (`relevans`, `dato`).
    public var norwegianName: String {
        switch self {
        case .relevance: "relevans"
        case .date: "dato"
        }
    }
}
