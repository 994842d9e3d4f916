/// Metadata filter terms, indexed in `FieldID.metadata` as `key=value`: the indexer writes them,
/// the query builder looks them up, and facets count them. One spelling rule for both sides:
/// values are trimmed and lower-cased (`Indre Østfold` → `kommune=indre østfold`).
public enum MetadataKey: String, Sendable, CaseIterable, Codable {
    /// reglement | prosjektplan | sak | protokoll | kommunikasjonsplan | høringsuttalelse | utredning | forum | annet
    case type
    /// Each municipality the document belongs to or names.
    case kommune
    /// The document's year (from its date).
    case year = "år"
    /// The document's date, ISO `yyyy-mm-dd` (so a date range is a term range).
    case date = "dato"
    /// Source format: pdf, docx, odt, html, text, markdown, rtf.
    case format
    /// nb | nn
    case language = "språk"
    /// Each of the merger programme's themes the document is about (`arbeidsgiverspørsmål`,
    /// `ikt og digitalisering`, …).
    case theme = "tema"

    /// The indexed term for `value`.
    public func term(_ value: String) -> String {
        rawValue + "=" + MetadataKey.normalize(value)
    }

    /// The prefix shared by every term of this key (for facet enumeration and ranges).
    public var termPrefix: String { rawValue + "=" }

    public static func normalize(_ value: String) -> String {
        var v = Substring(value)
        while let f = v.first, f.isWhitespace { v.removeFirst() }
        while let l = v.last, l.isWhitespace { v.removeLast() }
        return v.lowercased()
    }
}
