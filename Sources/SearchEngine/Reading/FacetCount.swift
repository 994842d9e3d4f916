/// One value of a facet and how many hits have it.
public struct FacetCount: Sendable, Equatable, Codable {
    /// The indexed (normalised, lower-case) value: what a filter takes (`asker`, `sak`, `2019`).
    public var value: String
    /// The value as written in the documents' metadata, for display (`Asker`, `Indre Østfold`);
    /// equal to `value` for keys whose values are not names.
    public var label: String
    /// Hits with this value.
    public var count: Int

    /// Creates a facet value.
    public init(value: String, label: String, count: Int) {
        self.value = value
        self.label = label
        self.count = count
    }
}
