import Synchronization

/// The yardstick `kommunesok bench` measures our engine against: SQLite FTS5 over the same
/// documents, in its own database file, set up the way a careful user would set it up.
///
/// Choices, and why they are fair:
/// - A *contentless* table (`content=''`): FTS5 keeps only its index, like our segments; the
///   text itself lives in the document store in both cases. `detail=full` (the default),
///   because phrase queries need positions, as ours do.
/// - `tokenize='unicode61 remove_diacritics 0'`: split on Unicode letters and digits, fold
///   case, but keep diacritics. Norwegian å decomposes to a + ring, so removing diacritics
///   would conflate *får*/*far* and *må*/*ma*; æ and ø have no decomposition anyway. There
///   is no Norwegian stemmer in FTS5 (porter is English), so the baseline matches surface
///   forms only: that is a real difference between the engines, not a handicap we chose.
/// - Bulk load: one transaction, `journal_mode=OFF` (nothing to roll back into for a fresh
///   file; our segment writer does not double-write either) and `synchronous=NORMAL`, which
///   with no journal means one fsync of the database file at commit — the same durability
///   point as our commit. `secure_delete` off, because Debian builds SQLite with it on and
///   zeroing pages freed by segment merges is work our engine does not do.
/// - `hashsize` (FTS5's in-memory buffer before it flushes a segment) is raised from 1 MiB
///   to `pendingDataBytes`, the same order as our segment builder's memory budget, and the
///   load ends with FTS5's `optimize` (merge into one segment), as a user with a static
///   corpus would do. Both count as indexing time.
/// - Ranking: `ORDER BY bm25(fts)` over both columns with equal weights and FTS5's own
///   k1 = 1.2, b = 0.75.
///
/// `storesText: true` makes the other common setup, an FTS5 table that keeps its text
/// (`content` left at its default), for an informative second row: it stores what our document
/// store stores, so it shows what keeping the text costs FTS5.
///
/// A failed `index` call can leave the file inconsistent (there is no journal): delete the
/// file and load again.
public final class FTS5Baseline: Sendable {
    /// How the query terms combine.
    public enum Mode: String, Sendable, CaseIterable {
        /// A document matches if it contains any term.
        case or
        /// A document matches if it contains every term.
        case and
        /// A document matches if it contains the terms next to each other, in order.
        case phrase
    }

    /// The database page size. FTS5's default leaf size (`pgsz` 4050 bytes) is chosen to fit
    /// a 4096-byte page, so the SQLite default is also the right size here.
    static let pageSizeBytes = 4096
    /// Page cache during the load (negative = KiB for `PRAGMA cache_size`): 64 MiB, so that
    /// b-tree pages written while flushing and merging segments are not re-read from disk.
    static let loadCacheKiB = 64 * 1024
    /// FTS5 `hashsize`: pending postings held in memory before a segment is flushed.
    static let pendingDataBytes = 64 * 1024 * 1024

    /// The database file's path.
    public let path: String
    private let connection: Mutex<Connection?>

    /// Opens the baseline database at `path`, creating the FTS5 table if it is missing
    /// (contentless unless `storesText`; an existing table keeps the kind it was made with).
    public init(path: String, storesText: Bool = false) throws(DocumentStoreError) {
        let connection = try Connection(path: path, readOnly: false)
        try connection.pragma("page_size", String(Self.pageSizeBytes))
        try connection.pragma("journal_mode", "OFF")
        try connection.pragma("synchronous", "NORMAL")
        try connection.pragma("secure_delete", "OFF")
        try Self.createTables(connection, storesText: storesText)
        self.path = path
        self.connection = Mutex(connection)
    }

    private static func createTables(_ connection: Connection, storesText: Bool) throws(DocumentStoreError) {
        try connection.execute(
            """
            CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
                title, body, \(storesText ? "" : "content = '', ")tokenize = 'unicode61 remove_diacritics 0');
            CREATE TABLE IF NOT EXISTS baseline_key (rowid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
            INSERT INTO fts (fts, rank) VALUES ('hashsize', \(pendingDataBytes));
            """)
    }

    /// Adds documents in one transaction, then merges the index into one segment when
    /// `optimize` is true. Keys must be new. Returns the number of documents added.
    @discardableResult
    public func index(
        _ documents: some Sequence<(key: String, title: String, body: String)>, optimize: Bool = true
    ) throws(DocumentStoreError) -> Int {
        try withConnection { connection throws(DocumentStoreError) in
            try connection.pragma("cache_size", String(-Self.loadCacheKiB))
            try connection.execute("BEGIN IMMEDIATE")
            do throws(DocumentStoreError) {
                var count = 0
                for document in documents {
                    let rowid = try connection.query("INSERT INTO baseline_key (key) VALUES (?1)") { statement throws(DocumentStoreError) in
                        try statement.bind(1, document.key)
                        do throws(DocumentStoreError) {
                            try statement.run()
                        } catch {
                            throw DocumentStoreError(
                                code: .duplicateExternalKey,
                                message: "Nøkkelen «\(document.key)» finnes allerede i sammenligningsindeksen. Slett filen «\(path)» og bygg den på nytt.",
                                sqliteMessage: error.sqliteMessage, sqliteResultCode: error.sqliteResultCode)
                        }
                        return connection.lastInsertRowID
                    }
                    try connection.query("INSERT INTO fts (rowid, title, body) VALUES (?1, ?2, ?3)") { statement throws(DocumentStoreError) in
                        try statement.bind(1, rowid)
                        try statement.bind(2, document.title)
                        try statement.bind(3, document.body)
                        try statement.run()
                    }
                    count += 1
                }
                if optimize { try connection.execute("INSERT INTO fts (fts) VALUES ('optimize')") }
                try connection.execute("COMMIT")
                return count
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// The best `limit` documents for `terms`, best first, scored by FTS5's bm25 with the sign
    /// flipped so that, as in our engine, higher is better. Each term is quoted as an FTS5
    /// string, so no input is a syntax error; terms with no letter or digit are ignored (they
    /// produce no tokens), and no usable terms give no results.
    public func search(_ terms: [String], mode: Mode, limit: Int) throws(DocumentStoreError) -> [(key: String, score: Double)] {
        guard limit > 0, let expression = Self.matchExpression(terms, mode: mode) else { return [] }
        return try withConnection { connection throws(DocumentStoreError) in
            try connection.query(
                """
                SELECT k.key, -s.score FROM (
                    SELECT rowid AS id, bm25(fts) AS score FROM fts WHERE fts MATCH ?1
                    ORDER BY score, rowid LIMIT ?2
                ) AS s JOIN baseline_key AS k ON k.rowid = s.id
                ORDER BY s.score, s.id
                """
            ) { statement throws(DocumentStoreError) in
                try statement.bind(1, expression)
                try statement.bind(2, limit)
                var results: [(key: String, score: Double)] = []
                while try statement.step() { results.append((statement.string(0), statement.double(1))) }
                return results
            }
        }
    }

    /// The FTS5 MATCH expression for `terms`: `"a" OR "b"`, `"a" AND "b"` or `"a" + "b"`
    /// (FTS5's phrase concatenation). Inside an FTS5 string a `"` is written `""`.
    static func matchExpression(_ terms: [String], mode: Mode) -> String? {
        let quoted = terms
            .filter { term in term.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }
            .map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }
        guard !quoted.isEmpty else { return nil }
        switch mode {
        case .or: return quoted.joined(separator: " OR ")
        case .and: return quoted.joined(separator: " AND ")
        case .phrase: return quoted.joined(separator: " + ")
        }
    }

    /// The number of documents loaded.
    public func documentCount() throws(DocumentStoreError) -> Int {
        try withConnection { connection throws(DocumentStoreError) in
            try connection.query("SELECT count(*) FROM baseline_key") { statement throws(DocumentStoreError) in
                try statement.step() ? statement.int(0) : 0
            }
        }
    }

    /// The size of the database file in bytes (FTS5 index plus the rowid → key table). With
    /// no journal or WAL, the file is exactly `page_count × page_size` bytes.
    public func sizeOnDisk() throws(DocumentStoreError) -> Int64 {
        try withConnection { connection throws(DocumentStoreError) in
            try connection.pragmaInteger("page_count") * connection.pragmaInteger("page_size")
        }
    }

    /// Bytes in the FTS5 index's own tables only (from `dbstat`), without the key table: the
    /// figure to compare with the size of our segment files.
    public func indexBytes() throws(DocumentStoreError) -> Int64 {
        try withConnection { connection throws(DocumentStoreError) in
            try connection.query("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'fts%'") { statement throws(DocumentStoreError) in
                try statement.step() ? statement.int64(0) : 0
            }
        }
    }

    /// Closes the database file. Later calls throw `closed`.
    public func close() {
        let closing = connection.withLock { connection in
            defer { connection = nil }
            return connection
        }
        closing?.close()
    }

    private func withConnection<R: Sendable>(_ body: (Connection) throws(DocumentStoreError) -> R) throws(DocumentStoreError) -> R {
        try connection.withLock { connection throws(DocumentStoreError) -> R in
            guard let connection else { throw DocumentStore.closedError(path: path) }
            return try body(connection)
        }
    }
}
