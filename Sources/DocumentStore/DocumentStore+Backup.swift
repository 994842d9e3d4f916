import CSQLite

#if canImport(Glibc)
import Glibc
#endif

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

extension DocumentStore {
    /// Copies the store into a new database file at `destination` with SQLite's online backup
    /// API, while writers go on committing.
    ///
    /// The copy is one snapshot: a read transaction is opened first, `pin` receives the
    /// manifest of exactly that snapshot (so the caller can secure the files it names before a
    /// later commit deletes them), then the backup copies every page in one step inside that
    /// same transaction (`sqlite3_backup_step(-1)` uses the source connection's open read
    /// transaction), so the copy holds the documents of that manifest and nothing newer.
    /// The destination must not exist; it is created with mode 0600.
    public func backup<T>(to destination: String, pin: ((generation: Int64, body: Data)?) throws -> T) throws -> T {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw DocumentStoreError(
                code: .cannotOpen,
                message: "Sikkerhetskopien «\(destination)» finnes allerede. Velg en ny, tom mappe for kopien.")
        }
        return try read { transaction in
            let pinned = try pin(try transaction.manifest())
            let target = try Connection(path: destination, readOnly: false)
            defer { target.close() }
            chmod(destination, 0o600)
            guard let backup = sqlite3_backup_init(target.handle, "main", transaction.connection.handle, "main") else {
                throw target.error(sqlite3_errcode(target.handle), doing: "starte sikkerhetskopieringen til «\(destination)»")
            }
            let stepped = sqlite3_backup_step(backup, -1)
            let finished = sqlite3_backup_finish(backup)
            guard stepped == SQLITE_DONE, finished == SQLITE_OK else {
                throw target.error(stepped == SQLITE_DONE ? finished : stepped, doing: "kopiere databasen til «\(destination)»")
            }
            return pinned
        }
    }
}
