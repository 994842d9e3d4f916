@testable import DocumentStore
import Foundation
import SearchCore
import Testing

struct LifecycleTests {
    @Test func dataSurvivesCloseAndReopen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try DocumentStore(path: path)
        let id = try store.write { transaction throws in
            try transaction.setManifest(generation: 7, body: Data("manifest".utf8))
            return try transaction.insert(Fixtures.fullDraft())
        }
        store.close()
        store.close()  // idempotent
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closing checkpoints and removes the WAL")

        let afterClose = try #require(throws: DocumentStoreError.self) { try store.read { try $0.documentCount() } }
        #expect(afterClose.code == .closed)
        #expect(throws: DocumentStoreError.self) { try store.write { try $0.insert(Fixtures.minimalDraft(key: "x")) } }

        // Reopen, and reopen again after the store is merely released.
        for _ in 0..<2 {
            let reopened = try DocumentStore(path: path)
            try reopened.read { transaction throws in
                #expect(try transaction.document(id)?.draft.externalKey == Fixtures.fullDraft().externalKey)
                #expect(try transaction.originalFile(id) == Fixtures.fullDraft().originalFile)
                #expect(try transaction.manifest()?.generation == 7)
            }
        }
        // Ids keep increasing across reopen (AUTOINCREMENT's sequence is in the file).
        let reopened = try DocumentStore(path: path)
        try reopened.write { try $0.delete(id) }
        let next = try reopened.write { try $0.insert(Fixtures.minimalDraft(key: "ny")) }
        #expect(next > id)
    }

    @Test func twoStoresOnOneFileSeeEachOthersCommits() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let server = try DocumentStore(path: path)
        let cli = try DocumentStore(path: path)
        let id = try cli.write { try $0.insert(Fixtures.minimalDraft(key: "fra-cli")) }
        #expect(try server.read { try $0.documentID(externalKey: "fra-cli") } == id)
        try server.write { try $0.setManifest(generation: 1, body: Data()) }
        let stale = try #require(throws: DocumentStoreError.self) {
            try cli.write { try $0.setManifest(generation: 1, body: Data()) }
        }
        #expect(stale.code == .staleManifest)
    }

    @Test func anEmptyFileIsAVersionZeroDatabaseAndIsMigrated() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("tom.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try DocumentStore(path: path)
        _ = try store.write { try $0.insert(Fixtures.fullDraft()) }
        store.close()
        #expect(try userVersion(path) == Migration.currentVersion)
    }

    @Test func aVersionZeroFileWithOtherTablesIsMigratedAndKeepsThem() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("v0.sqlite")
        do {
            let connection = try Connection(path: path, readOnly: false)
            try connection.execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('gammel')")
            #expect(try connection.pragmaInteger("user_version") == 0)
        }
        let store = try DocumentStore(path: path)
        #expect(try store.read { try $0.documentCount() } == 0)
        store.close()
        let connection = try Connection(path: path, readOnly: true)
        #expect(try connection.pragmaInteger("user_version") == Migration.currentVersion)
        let note = try connection.query("SELECT text FROM notes") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.string(0) : nil
        }
        #expect(note == "gammel")
    }

    @Test func aFileFromAFutureVersionIsRefusedAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("fremtid.sqlite")
        try DocumentStore(path: path).close()
        do {
            let connection = try Connection(path: path, readOnly: false)
            try connection.execute("PRAGMA user_version = 99")
        }
        let error = try #require(throws: DocumentStoreError.self) { try DocumentStore(path: path) }
        #expect(error.code == .futureSchemaVersion)
        #expect(error.message.contains("skjemaversjon 99"))
        #expect(error.message.contains("Oppgrader kommunesok"))
        #expect(try userVersion(path) == 99)
    }

    @Test func migrationsRunInOrderAndAFailedOneLeavesTheFileUnchanged() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("migrering.sqlite")
        let connection = try Connection(path: path, readOnly: false)
        try connection.migrate([.v1])

        let v2 = Migration(version: 2, sql: "CREATE TABLE tag (name TEXT NOT NULL)")
        let broken = Migration(version: 3, sql: "CREATE TABLE half (x); THIS IS NOT SQL")
        let error = try #require(throws: DocumentStoreError.self) { try connection.migrate([.v1, v2, broken]) }
        #expect(error.code == .migrationFailed)
        #expect(error.message.contains("fra skjemaversjon 1 til 3"))
        #expect(try connection.pragmaInteger("user_version") == 1)
        #expect(try tableExists("tag", connection) == false)
        #expect(try tableExists("half", connection) == false)

        try connection.migrate([.v1, v2])
        #expect(try connection.pragmaInteger("user_version") == 2)
        #expect(try tableExists("tag", connection))
    }

    @Test func aVersionOneFileKeepsItsDocumentsAndLosesTheUnusedIndexes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("v1.sqlite")
        do {
            // A file as the first release made it: 4 KiB pages, schema 1, one document.
            let connection = try Connection(path: path, readOnly: false)
            try connection.execute("PRAGMA page_size = 4096")
            try connection.migrate([.v1])
            try connection.execute("""
                INSERT INTO document (external_key, title, source_format, content_hash, byte_size, indexed_at)
                VALUES ('gammel', 'Gammelt reglement', 'text', '0', 1, '2017-03-12T00:00:00Z');
                INSERT INTO document_text (document_id, body, page_offsets) VALUES (1, 'tekst', x'');
                """)
            #expect(try indexExists("document_by_type", connection))
        }
        let store = try DocumentStore(path: path)
        #expect(try store.read { try $0.documentCount() } == 1)
        let id = try store.write { try $0.insert(Fixtures.fullDraft()) }
        #expect(id.rawValue == 2)
        store.close()
        let connection = try Connection(path: path, readOnly: true)
        #expect(try connection.pragmaInteger("user_version") == Migration.currentVersion)
        #expect(try connection.pragmaInteger("page_size") == 4096, "an existing file keeps its page size")
        #expect(try indexExists("document_by_type", connection) == false)
        #expect(try indexExists("document_by_date", connection) == false)
    }

    @Test func aNewFileGetsLargePages() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("ny.sqlite")
        try DocumentStore(path: path).close()
        let connection = try Connection(path: path, readOnly: true)
        #expect(try connection.pragmaInteger("page_size") == Int64(DocumentStore.pageSizeBytes))
    }

    @Test func notADatabaseAndMissingFolderGiveClearErrors() throws {
        let directory = try TemporaryDirectory()
        let garbage = directory.path("ikke-sqlite.sqlite")
        try Data(String(repeating: "Dette er ikke en database. ", count: 200).utf8).write(to: URL(fileURLWithPath: garbage))
        let notDatabase = try #require(throws: DocumentStoreError.self) { try DocumentStore(path: garbage) }
        #expect(notDatabase.code == .notADatabase)
        #expect(notDatabase.message.contains("ikke en SQLite-database"))

        let missing = try #require(throws: DocumentStoreError.self) {
            try DocumentStore(path: directory.path("finnes-ikke/store.sqlite"))
        }
        #expect(missing.code == .cannotOpen)
        #expect(missing.description.contains("SQLite"))
    }

    private func userVersion(_ path: String) throws -> Int64 {
        try Connection(path: path, readOnly: true).pragmaInteger("user_version")
    }

    private func indexExists(_ name: String, _ connection: Connection) throws -> Bool {
        try connection.query("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?1") { statement throws(DocumentStoreError) in
            try statement.bind(1, name)
            return try statement.step() && statement.int(0) == 1
        }
    }

    private func tableExists(_ name: String, _ connection: Connection) throws -> Bool {
        try connection.query("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1") { statement throws(DocumentStoreError) in
            try statement.bind(1, name)
            return try statement.step() && statement.int(0) == 1
        }
    }
}
