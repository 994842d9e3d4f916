import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One SQLite connection and its prepared-statement cache.
///
/// `@unchecked Sendable` because the store hands a connection to one thread at a time: the
/// writer lives behind a `Mutex`, readers are checked out of `ReaderPool` exclusively. The
/// connection is opened with `SQLITE_OPEN_NOMUTEX` for the same reason.
final class Connection: @unchecked Sendable {
    let handle: OpaquePointer
    let path: String
    private var cache: [String: Statement] = [:]
    private var isClosed = false

    /// How long a connection waits for another process's lock before failing with `busy`.
    /// Five seconds covers a large commit by another `kommunesok` process (the server while the
    /// CLI indexes) without making a genuinely stuck lock feel like a hang.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    /// Mode of a database file this connection creates: the owner only (it holds every
    /// document's text). SQLite gives the `-wal` and `-shm` files the database file's mode.
    static let fileMode: mode_t = 0o600

    init(path: String, readOnly: Bool) throws(DocumentStoreError) {
        if !readOnly { createPrivately(path, mode: Self.fileMode) }
        var db: OpaquePointer?
        let access = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let flags = access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw DocumentStoreError(
                code: rc & 0xff == SQLITE_NOTADB ? .notADatabase : .cannotOpen,
                message: "Kunne ikke åpne databasefilen «\(path)». Kontroller at mappen finnes og at du har lese- og skrivetilgang.",
                sqliteMessage: message, sqliteResultCode: rc)
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Self.busyTimeoutMilliseconds)
    }

    deinit { close() }

    /// Finalises cached statements and closes the handle. Idempotent.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        cache.removeAll()  // Statement.deinit finalises
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that return no rows (schema scripts, BEGIN/COMMIT).
    func execute(_ sql: String) throws(DocumentStoreError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        sqlite3_free(errorMessage)
        if rc != SQLITE_OK { throw error(rc, doing: "kjøre «\(sql.prefix(60))»") }
    }

    /// Runs `body` with a cached prepared statement for `sql`, then resets it.
    ///
    /// The cached statement is marked in use meanwhile, so a nested call with the same SQL
    /// prepares a second, uncached statement instead of clobbering the first one's cursor. One
    /// cache lookup per call: taking the statement out and putting it back hashed the SQL twice
    /// and shuffled the table, ~2 % of a bulk ingest.
    func query<R>(_ sql: String, _ body: (Statement) throws(DocumentStoreError) -> R) throws(DocumentStoreError) -> R {
        let statement: Statement
        if let cached = cache[sql] {
            statement = cached.isInUse ? try prepare(sql) : cached
        } else {
            statement = try prepare(sql)
            cache[sql] = statement
        }
        statement.isInUse = true
        defer {
            statement.reset()
            statement.isInUse = false
        }
        return try body(statement)
    }

    private func prepare(_ sql: String) throws(DocumentStoreError) -> Statement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw error(rc, doing: "forberede «\(sql.prefix(60))»")
        }
        return Statement(handle: statement, sql: sql, connection: self)
    }

    /// The rowid of the last successful INSERT on this connection.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT/UPDATE/DELETE (not counting cascades).
    var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Reads an integer PRAGMA such as `user_version`.
    func pragmaInteger(_ name: String) throws(DocumentStoreError) -> Int64 {
        try query("PRAGMA \(name)") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.int64(0) : 0
        }
    }

    /// Sets a PRAGMA and returns the first column of its answer as text (journal_mode answers).
    @discardableResult
    func pragma(_ name: String, _ value: String) throws(DocumentStoreError) -> String? {
        try query("PRAGMA \(name) = \(value)") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.optionalString(0) : nil
        }
    }

    /// Turns a SQLite result code into a store error with a Norwegian explanation of what to do.
    func error(_ rc: Int32, doing action: String) -> DocumentStoreError {
        let sqliteMessage = String(cString: sqlite3_errmsg(handle))
        let failed = "Feil under forsøk på å \(action) i «\(path)»."
        let (code, advice): (DocumentStoreError.Code, String) =
            switch rc & 0xff {
            case SQLITE_BUSY, SQLITE_LOCKED:
                (.busy, "Databasen er låst av en annen prosess. Vent til den er ferdig (for eksempel en pågående indeksering), og prøv igjen.")
            case SQLITE_FULL:
                (.diskFull, "Disken er full. Frigjør plass og prøv igjen; databasen er uendret.")
            case SQLITE_CORRUPT:
                (.corrupt, "Databasefilen er skadet. Gjenopprett fra sikkerhetskopi, eller slett indeksmappen og indekser dokumentene på nytt.")
            case SQLITE_NOTADB:
                (.notADatabase, "Filen er ikke en SQLite-database. Kontroller stien, eller flytt filen bort så en ny database kan opprettes.")
            case SQLITE_READONLY:
                (.readOnly, "Databasen er skrivebeskyttet. Gi skrivetilgang til filen og mappen den ligger i.")
            case SQLITE_IOERR:
                (.ioFailure, "Lesing fra eller skriving til disk mislyktes. Kontroller disken og filsystemet, og prøv igjen.")
            case SQLITE_CANTOPEN, SQLITE_PERM:
                (.cannotOpen, "Kontroller at mappen finnes og at du har lese- og skrivetilgang.")
            default:
                (.sqlite, "Dette er sannsynligvis en programfeil; rapporter meldingen under.")
            }
        return DocumentStoreError(code: code, message: "\(failed) \(advice)", sqliteMessage: sqliteMessage, sqliteResultCode: rc)
    }
}

/// Creates an empty database file with `mode` (exactly, whatever the umask) when none exists,
/// so SQLite never creates it with its default 0644. An empty file is an empty database; a
/// failure here leaves the error to `sqlite3_open_v2`.
private func createPrivately(_ path: String, mode: mode_t) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard fd >= 0 else { return }
    fchmod(fd, mode)
    close(fd)
}
