/// The one error type of QueryEngine.
public struct QueryError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        /// The query text could not be parsed (see `position`).
        case syntax
        /// A tuning parameter is out of range.
        case invalidParameter
        /// The index could not be read while searching (damaged file).
        case index
        /// The query would read more postings than `QueryLimits.maximumPostings` allows.
        case tooExpensive
        /// The search ran longer than `QueryLimits.timeLimit` and was stopped.
        case timedOut
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

    /// The query's expansions open at least `postings` postings, more than `limit`.
    static func tooExpensive(postings: Int, limit: Int) -> QueryError {
        QueryError(
            .tooExpensive,
            message: "Søket er for omfattende: utvidelsene (* og ~) ville lese minst \(postings) treff i indeksen, og grensen er \(limit). "
                + "Skriv flere bokstaver foran *, bruk færre * og ~, eller fjern svært vanlige ord.")
    }

    /// The search was stopped at its time limit.
    static func timedOut(_ limit: Duration) -> QueryError {
        QueryError(
            .timedOut,
            message: "Søket tok for lang tid (over \(limit.components.seconds) s) og ble avbrutt. "
                + "Gjør søket mer presist (færre * og ~, flere bokstaver), eller prøv igjen om litt.")
    }

    public var description: String {
        if let position { return "\(message) (tegn \(position + 1))" }
        return message
    }
}
