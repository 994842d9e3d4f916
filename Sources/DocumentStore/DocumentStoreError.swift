/// The one error type of the DocumentStore module.
///
/// `message` is Norwegian Bokmål, meant for the person running `kommunesok`, and says what to
/// do. `sqliteMessage` and `sqliteResultCode` carry what SQLite itself reported (extended result
/// code), for logs and bug reports.
public struct DocumentStoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is. A struct over a private enum so that codes can be added
    /// without breaking `switch` statements elsewhere.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Internal: String, Sendable {
            case cannotOpen, notADatabase, corrupt, futureSchemaVersion, migrationFailed
            case duplicateExternalKey, documentNotFound, staleManifest, invalidDocument
            case busy, diskFull, readOnly, ioFailure, transactionEnded, closed, sqlite
        }

        private let value: Internal
        private init(_ value: Internal) { self.value = value }

        /// The database file could not be opened or created (missing folder, permissions).
        public static let cannotOpen = Code(.cannotOpen)
        /// The file exists but is not an SQLite database.
        public static let notADatabase = Code(.notADatabase)
        /// SQLite detected a damaged database file, or stored data could not be decoded.
        public static let corrupt = Code(.corrupt)
        /// The file was written by a newer program version with a schema this version does not know.
        public static let futureSchemaVersion = Code(.futureSchemaVersion)
        /// Upgrading the schema of an older file failed; the file is unchanged.
        public static let migrationFailed = Code(.migrationFailed)
        /// Another document already has this external key.
        public static let duplicateExternalKey = Code(.duplicateExternalKey)
        /// The document id given to `replace` does not exist.
        public static let documentNotFound = Code(.documentNotFound)
        /// `setManifest` was given a generation that is not newer than the stored one.
        public static let staleManifest = Code(.staleManifest)
        /// A draft violates an invariant (empty key, page offsets out of order or out of range).
        public static let invalidDocument = Code(.invalidDocument)
        /// Another process holds the write lock for longer than the busy timeout.
        public static let busy = Code(.busy)
        /// The disk is full.
        public static let diskFull = Code(.diskFull)
        /// The database file or its folder is read-only.
        public static let readOnly = Code(.readOnly)
        /// An operating-system level read or write failed.
        public static let ioFailure = Code(.ioFailure)
        /// A transaction object was used after its `read`/`write` closure returned.
        public static let transactionEnded = Code(.transactionEnded)
        /// The store was used after `close()`.
        public static let closed = Code(.closed)
        /// Any other SQLite failure.
        public static let sqlite = Code(.sqlite)

        /// The code's stable name (`duplicateExternalKey`), for logs and API error bodies.
        public var description: String { value.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// What went wrong and what to do about it, in Norwegian Bokmål.
    public var message: String
    /// SQLite's own error message (`sqlite3_errmsg`), when SQLite reported the failure.
    public var sqliteMessage: String?
    /// SQLite's extended result code, when SQLite reported the failure.
    public var sqliteResultCode: Int32?

    /// Creates an error; `message` must be Norwegian Bokmål and say how to fix the problem.
    public init(code: Code, message: String, sqliteMessage: String? = nil, sqliteResultCode: Int32? = nil) {
        self.code = code
        self.message = message
        self.sqliteMessage = sqliteMessage
        self.sqliteResultCode = sqliteResultCode
    }

    /// The message, followed by SQLite's message and result code when present.
    public var description: String {
        guard let sqliteMessage else { return message }
        let codeText = sqliteResultCode.map { " (SQLite-kode \($0))" } ?? ""
        return "\(message) [SQLite: \(sqliteMessage)\(codeText)]"
    }
}
