/// The one error type of QueryEngine.
public struct QueryError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        /// The query text could not be parsed (see `position`).
        case syntax
        /// A tuning parameter is out of range.
        case invalidParameter
        /// The index could not be read while searching (damaged file).
        case index
        /// A synonym list is malformed (the message names the file and line).
        case invalidSynonyms
    }

    public var code: Code
    /// What is wrong and how to fix it, in Norwegian Bokmål.
    public var message: String
    /// For syntax errors: the character offset in the query text (0-based).
    public var position: Int?

    public init(_ code: Code, message: String, position: Int? = nil) {
        self.code = code
        self.message = message
        self.position = position
    }

    public var description: String {
        if let position { return "\(message) (tegn \(position + 1))" }
        return message
    }
}
