/// The result of `QueryBuilder`: the executable query and what the user should be told about it.
public struct BuiltQuery: Sendable {
    /// The analysed query, ready for `Searcher.search`.
    public var query: Query
    /// Norwegian notes about how the text was understood (stop words ignored, a word searched
    /// exactly because it is too short for fuzzy matching …), in the order they arose.
    public var notes: [String]

    /// Creates a result.
    public init(query: Query, notes: [String]) {
        self.query = query
        self.notes = notes
    }
}
