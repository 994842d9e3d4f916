internal import DocumentStore
internal import InvertedIndex
internal import QueryEngine

/// The one error type of the facade: every lower module's error arrives wrapped in it, with a
/// message (Norwegian Bokmål) that says what went wrong and what to do.
public struct SearchEngineError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        /// Index files are damaged.
        case corrupted
        /// Reading or writing files or the database failed.
        case storage
        /// Another process holds the index's write lock.
        case locked
        /// The query could not be understood.
        case query
        /// A caller passed something invalid (unknown id, bad option).
        case invalidArgument
        /// A document does not exist.
        case notFound
        /// The query would do more work than `QueryLimits` allow; a narrower query works.
        case tooExpensive
        /// The search ran past `QueryLimits.timeLimit`; the same query may pass on a quieter server.
        case timedOut
    }

    public var code: Code
    public var message: String
    /// For query errors: the character position in the query.
    public var position: Int?

    public init(_ code: Code, _ message: String, position: Int? = nil) {
        self.code = code
        self.message = message
        self.position = position
    }

    public var description: String { message }

    init(_ e: IndexError) { self.init(e.code == .corrupted ? .corrupted : .storage, e.message) }
    init(_ e: DocumentStoreError) {
        // `description` keeps what SQLite said (message and extended code) after our advice:
        // the detail a bug report or a disk problem needs.
        self.init(e.code == .corrupt ? .corrupted : .storage, e.description)
    }
    init(_ e: QueryError) {
        switch e.code {
        case .syntax: self.init(.query, e.message, position: e.position)
        case .index: self.init(.corrupted, e.message)
        case .invalidParameter, .invalidSynonyms: self.init(.invalidArgument, e.message)
        case .tooExpensive: self.init(.tooExpensive, e.message)
        case .timedOut: self.init(.timedOut, e.message)
        }
    }

    /// Wraps any error from below.
    static func wrap(_ error: any Error) -> SearchEngineError {
        switch error {
        case let e as SearchEngineError: e
        case let e as IndexError: SearchEngineError(e)
        case let e as DocumentStoreError: SearchEngineError(e)
        case let e as QueryError: SearchEngineError(e)
        default: SearchEngineError(.storage, "Uventet feil: \(error)")
        }
    }
}
