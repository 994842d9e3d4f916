import Synchronization

/// The SQLite database that holds documents, their metadata and the inverted index's
/// manifest, committed atomically together. The inverted index itself lives in segment files.
///
/// One writer at a time (`write`, serialised by a lock, plus SQLite's own lock against other
/// processes) and any number of concurrent readers (`read`), each on a snapshot.
public final class DocumentStore: Sendable {
    /// The database file's path.
    public let path: String
    private let writer: Mutex<Connection?>
    private let readers: ReaderPool
    private let writeBack: WALWriteBack

    /// WAL files larger than this are truncated back after a checkpoint. Without a limit the
    /// `-wal` file stays as large as the largest transaction ever written (a full re-index);
    /// 64 MiB keeps ordinary commits from re-growing it while bounding the disk it holds.
    static let walSizeLimitBytes = 64 * 1024 * 1024

    /// Page size of a new database. 16 KiB instead of SQLite's 4 KiB keeps a typical document
    /// text (NoReC's mean is 2.3 KB, municipal documents a few KB) on its B-tree leaf instead
    /// of in a chain of overflow pages: a NoReC bulk load stores 14 % faster into a 13 % smaller
    /// file (measured 1.76 → 1.52 s, 110 → 96 MB). Larger pages (64 KiB) were slower again,
    /// because every small metadata change then rewrites a larger page into the WAL.
    static let pageSizeBytes = 16 * 1024

    /// Page cache of the writer connection, in KiB. SQLite's default (2 MiB) is far too small for
    /// a bulk batch: the cache overflows every few hundred documents and the B-tree's interior
    /// pages are spilled to the WAL again and again (measured: ~600k WAL writes for NoReC).
    /// 32 MiB holds the hot pages of the document and key tables during a large batch.
    static let writerCacheKiB = 32 * 1024

    /// Opens the database at `path`, creating it if needed, and brings its schema up to date.
    ///
    /// Settings, per connection:
    /// - `journal_mode=WAL`: readers keep reading a snapshot while the writer commits.
    /// - `synchronous=FULL`: in WAL mode, NORMAL is safe against a killed process (kill -9)
    ///   but may lose the last commits on power loss or an OS crash, because the WAL is not
    ///   fsynced at each commit. The engine's commit protocol deletes segment files that the
    ///   previous manifest referenced once a new manifest is committed, so a commit that
    ///   silently rolls back would leave a manifest naming deleted files. FULL costs one fsync
    ///   of the WAL per commit, which is cheap because commits are batched.
    /// - `foreign_keys=ON`: deleting a document cascades to its text, municipalities, original.
    /// - `busy_timeout`: see `Connection.busyTimeoutMilliseconds`.
    public init(path: String) throws(DocumentStoreError) {
        let connection = try Connection(path: path, readOnly: false)
        // Refuse a file from a newer version before changing anything in it (the journal mode).
        try Connection.checkNotFromFuture(
            found: connection.pragmaInteger("user_version"), supported: Migration.currentVersion, path: path)
        if try connection.pragmaInteger("page_count") == 0 {
            // Only a new, empty file takes a page size (and only before WAL mode is set).
            try connection.pragma("page_size", String(Self.pageSizeBytes))
        }
        let mode = try connection.pragma("journal_mode", "WAL")
        guard mode?.lowercased() == "wal" else {
            throw DocumentStoreError(
                code: .cannotOpen,
                message: "Databasen «\(path)» kunne ikke settes i WAL-modus (fikk «\(mode ?? "ingenting")»). Legg indeksmappen på et lokalt filsystem, ikke en nettverksdisk.")
        }
        try connection.pragma("synchronous", "FULL")
        try connection.pragma("foreign_keys", "ON")
        try connection.pragma("journal_size_limit", String(Self.walSizeLimitBytes))
        try connection.pragma("cache_size", String(-Self.writerCacheKiB))
        try connection.migrate()
        self.path = path
        self.writer = Mutex(connection)
        self.readers = ReaderPool(path: path)
        self.writeBack = WALWriteBack(databasePath: path)
    }

    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE` … `COMMIT`) and returns its result.
    ///
    /// If `body` throws, or the commit fails, everything it did is rolled back and the error
    /// rethrown. Calls are serialised; do not call `write` from inside `body` (it deadlocks).
    /// Reads inside `body` should use the transaction, which sees its own uncommitted changes.
    @discardableResult
    public func write<T>(_ body: (WriteTransaction) throws -> T) throws -> T {
        nonisolated(unsafe) var result: T?
        try writer.withLock { connection throws in
            guard let connection else { throw Self.closedError(path: path) }
            try connection.execute("BEGIN IMMEDIATE")
            let transaction = WriteTransaction(connection: connection)
            defer { transaction.end() }
            do {
                result = try body(transaction)
                try connection.execute("COMMIT")
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        }
        // The closure either assigned `result` or threw.
        return result!
    }

    /// Runs `body` on a consistent snapshot: it sees every transaction committed before
    /// `read` started and nothing committed afterwards. Many reads run in parallel, also
    /// while a write is in progress.
    @discardableResult
    public func read<T>(_ body: (ReadTransaction) throws -> T) throws -> T {
        let connection = try readers.checkOut()
        defer { readers.checkIn(connection) }
        try connection.execute("BEGIN DEFERRED")
        defer { try? connection.execute("ROLLBACK") }
        // A deferred transaction takes its snapshot at the first read, so read now.
        try connection.query("SELECT count(*) FROM sqlite_schema") { statement throws(DocumentStoreError) in
            _ = try statement.step()
        }
        let transaction = ReadTransaction(connection: connection)
        defer { transaction.end() }
        return try body(transaction)
    }

    /// Copies the WAL into the main file and truncates it (`wal_checkpoint(TRUNCATE)`). After a
    /// large batch the WAL is as large as the batch; without this it stays on disk until the
    /// last connection closes. Best effort: readers holding old snapshots make it partial.
    /// Starts writing the WAL's pages to disk in the background (see `WALWriteBack`): a long
    /// write transaction calls it now and then, so its COMMIT has less to fsync.
    public func startWriteBack() {
        writeBack.start()
    }

    public func checkpoint() {
        writer.withLock { connection in
            _ = try? connection?.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// Closes the database. Later calls throw `closed`; reads in progress finish first.
    ///
    /// A clean close copies the WAL into the main file and truncates it to zero bytes
    /// (`wal_checkpoint(TRUNCATE)`), also while another process still has the store open (then
    /// SQLite's own checkpoint at the last close would not run). A WAL left on disk is the one
    /// file SQLite cannot verify: a damaged frame in it silently drops every later commit
    /// (`WALInspection`), so after a clean close there is none. Readers of other processes in
    /// the middle of a read make the checkpoint partial; the WAL then stays for the next close.
    public func close() {
        readers.close()
        let connection = writer.withLock { connection in
            defer { connection = nil }
            return connection
        }
        guard let connection else { return }
        _ = try? connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
    }

    deinit { close() }

    /// Damage in the write-ahead log that SQLite passes over silently (see `WALDamage`); nil
    /// when the log is sound or absent. Reads the log inside a read transaction, so no writer
    /// can restart it meanwhile.
    public func inspectWriteAheadLog() throws -> WALDamage? {
        try read { _ in WALInspection.inspect(path: path + "-wal") }
    }

    static func closedError(path: String) -> DocumentStoreError {
        DocumentStoreError(
            code: .closed,
            message: "Dokumentlageret «\(path)» er lukket. Dette er en programfeil: åpne lageret på nytt før bruk.")
    }
}
