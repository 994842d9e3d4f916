public import SearchCore

extension QueryBuilder {
    /// How the builder reads a query.
    public struct Options: Sendable, Hashable {
        /// How juxtaposed words are joined (the parser resolves it; `build(_ text:)` passes it).
        public var defaultOperator: QueryOperator
        /// The text fields searched by words without a field (title and body).
        public var fields: [FieldID]

        /// Creates options; the defaults are OR over title and body.
        public init(defaultOperator: QueryOperator = .or, fields: [FieldID] = Query.allFields) {
            self.defaultOperator = defaultOperator
            self.fields = fields
        }
    }
}
