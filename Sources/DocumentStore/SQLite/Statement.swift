import CSQLite

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `SQLITE_TRANSIENT` is a macro (`(sqlite3_destructor_type)-1`) that Swift does not import:
/// it tells SQLite to copy bound bytes before the bind call returns.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement owned by one `Connection`. Bind parameters are 1-based, column
/// indices 0-based, as in the C API.
///
/// Strings are bound and read with explicit byte lengths, so text with NUL characters in the
/// middle survives a round trip.
final class Statement {
    let handle: OpaquePointer
    let sql: String
    private unowned let connection: Connection
    /// Whether a `Connection.query` is running with this statement (a nested query with the
    /// same SQL then prepares another one instead of clobbering its cursor).
    var isInUse = false

    init(handle: OpaquePointer, sql: String, connection: Connection) {
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: Binding

    func bind(_ index: Int32, _ value: String?) throws(DocumentStoreError) {
        guard var value else { return try check(sqlite3_bind_null(handle, index)) }
        let rc = value.withUTF8 { bytes -> Int32 in
            // An empty buffer may have a nil base address, which SQLite would bind as NULL.
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return sqlite3_bind_text(handle, index, "", 0, nil)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text64(handle, index, $0, sqlite3_uint64(bytes.count), sqliteTransient, UInt8(SQLITE_UTF8))
            }
        }
        try check(rc)
    }

    func bind(_ index: Int32, _ value: Int64?) throws(DocumentStoreError) {
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        try check(sqlite3_bind_int64(handle, index, value))
    }

    func bind(_ index: Int32, _ value: Int?) throws(DocumentStoreError) {
        try bind(index, value.map { Int64($0) })
    }

    func bind(_ index: Int32, _ value: Data?) throws(DocumentStoreError) {
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        let rc = value.withUnsafeBytes { bytes -> Int32 in
            // A nil pointer would bind NULL; an empty blob must stay an empty blob.
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return sqlite3_bind_zeroblob(handle, index, 0)
            }
            return sqlite3_bind_blob64(handle, index, base, sqlite3_uint64(bytes.count), sqliteTransient)
        }
        try check(rc)
    }

    private func check(_ rc: Int32) throws(DocumentStoreError) {
        if rc != SQLITE_OK { throw connection.error(rc, doing: "binde en verdi til en SQL-setning") }
    }

    // MARK: Stepping

    /// Advances to the next row. Returns `false` when the statement is done.
    func step() throws(DocumentStoreError) -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(rc, doing: "kjøre SQL-setningen")
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws(DocumentStoreError) {
        while try step() {}
    }

    /// Clears the cursor and the bindings so the statement can go back into the cache.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Columns

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    func string(_ column: Int32) -> String {
        // column_text first, then column_bytes: the order the SQLite documentation prescribes.
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }

    func data(_ column: Int32) -> Data {
        guard let blob = sqlite3_column_blob(handle, column) else { return Data() }
        return Data(bytes: blob, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func optionalData(_ column: Int32) -> Data? { isNull(column) ? nil : data(column) }
}
