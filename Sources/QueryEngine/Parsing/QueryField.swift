public import SearchCore

/// A field name of the query language (`tittel:`, `kommune:` …): either a text field, searched and
/// scored through the analyzer, or a metadata key, matched exactly as a filter that never scores.
public enum QueryField: String, Sendable, Hashable, CaseIterable {
    /// `tittel:` (`title:`): words in the title only.
    case title = "tittel"
    /// `tekst:` (`text:`): words in the body only.
    case body = "tekst"
    /// `type:reglement`: document type filter.
    case type
    /// `kommune:asker`, `kommune:"Indre Østfold"`: municipality filter.
    case kommune
    /// `dato:2017-03-12`, `dato:2017-01-01..2017-06-30`: date filter or range.
    case date = "dato"
    /// `år:2017` (`aar:`), `år:2016..2018`: year filter or range.
    case year = "år"
    /// `format:pdf`: source format filter.
    case format
    /// `språk:nn` (`sprak:`; also `nynorsk`, `bokmål`): written-standard filter.
    case language = "språk"
    /// `tema:økonomi`, `tema:"IKT og digitalisering"`, `tema:ikt*`: theme filter.
    case theme = "tema"

    /// The names accepted before `:` (lower-cased; matching ignores case). English and
    /// ASCII-only spellings are accepted because keyboards and habits vary (`aar:`, `title:`).
    public var names: [String] {
        switch self {
        case .title: ["tittel", "title"]
        case .body: ["tekst", "text"]
        case .type: ["type"]
        case .kommune: ["kommune"]
        case .date: ["dato", "date"]
        case .year: ["år", "aar"]
        case .format: ["format"]
        case .language: ["språk", "sprak", "spraak"]
        case .theme: ["tema", "theme"]
        }
    }

    /// The field whose name (any spelling, any case) is `name`, or nil.
    public init?(name: String) {
        let lower = name.lowercased()
        guard let field = QueryField.allCases.first(where: { $0.names.contains(lower) }) else { return nil }
        self = field
    }

    /// The text field searched, or nil for a metadata key.
    public var textField: FieldID? {
        switch self {
        case .title: .title
        case .body: .body
        default: nil
        }
    }

    /// The metadata key filtered on, or nil for a text field.
    public var metadataKey: MetadataKey? {
        switch self {
        case .title, .body: nil
        case .type: .type
        case .kommune: .kommune
        case .date: .date
        case .year: .year
        case .format: .format
        case .language: .language
        case .theme: .theme
        }
    }

    /// The list of field names for error messages, in the order users meet them.
    static let knownNames = "tittel, tekst, type, kommune, dato, år, format, språk, tema"
}
