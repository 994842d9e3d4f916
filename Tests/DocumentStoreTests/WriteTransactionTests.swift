@testable import DocumentStore
import Foundation
import SearchCore
import Testing

struct WriteTransactionTests {
    @Test func duplicateExternalKeyIsAClearErrorAndLeavesTheFirstDocument() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let first = try store.write { try $0.insert(Fixtures.fullDraft(key: "sak-1")) }

        let error = try #require(throws: DocumentStoreError.self) {
            try store.write { try $0.insert(Fixtures.minimalDraft(key: "sak-1")) }
        }
        #expect(error.code == .duplicateExternalKey)
        #expect(error.message.contains("«sak-1» finnes allerede"))
        #expect(error.sqliteMessage?.contains("UNIQUE") == true)
        #expect(error.sqliteResultCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        try store.read { transaction throws in
            #expect(try transaction.documentIDs() == [first])
            #expect(try transaction.document(first)?.title == Fixtures.fullDraft().title)
        }
    }

    @Test func aFailureAfterTheDocumentRowRemovesTheWholeDocument() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        try DocumentStore(path: path).close()
        do {
            // A municipality row that SQLite refuses: the document row is already in.
            let connection = try Connection(path: path, readOnly: false)
            try connection.execute("""
                CREATE TRIGGER refuse_municipality BEFORE INSERT ON document_municipality
                WHEN NEW.municipality = 'Frogn' BEGIN SELECT RAISE(ABORT, 'nei'); END
                """)
        }
        let store = try DocumentStore(path: path)
        try store.write { transaction throws in
            _ = try transaction.insert(Fixtures.minimalDraft(key: "a"))
            #expect(throws: DocumentStoreError.self) { try transaction.insert(Fixtures.fullDraft(key: "frogn")) }
            _ = try transaction.insert(Fixtures.minimalDraft(key: "b"))
        }
        store.close()
        let connection = try Connection(path: path, readOnly: true)
        for table in ["document", "document_text"] {
            #expect(try rowCount(table, connection) == 2, "\(table)")
        }
        #expect(try rowCount("document_municipality", connection) == 0)
        #expect(try rowCount("original_file", connection) == 0)
    }

    @Test func aCaughtInsertErrorLeavesNoPartialDocumentAndTheTransactionGoesOn() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        try store.write { transaction throws in
            _ = try transaction.insert(Fixtures.minimalDraft(key: "a"))
            #expect(throws: DocumentStoreError.self) { try transaction.insert(Fixtures.fullDraft(key: "a")) }
            _ = try transaction.insert(Fixtures.minimalDraft(key: "b"))
        }
        let connection = try Connection(path: directory.path("store.sqlite"), readOnly: true)
        for table in ["document", "document_text"] {
            #expect(try rowCount(table, connection) == 2, "\(table)")
        }
        #expect(try rowCount("document_municipality", connection) == 0)
        #expect(try rowCount("original_file", connection) == 0)
    }

    @Test func throwingInsideWriteRollsEverythingBack() throws {
        struct Abort: Error {}
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let kept = try store.write { try $0.insert(Fixtures.minimalDraft(key: "beholdes")) }

        #expect(throws: Abort.self) {
            try store.write { transaction throws in
                for index in 0..<5 { _ = try transaction.insert(Fixtures.fullDraft(key: "rulles-tilbake-\(index)")) }
                #expect(try transaction.delete(kept))
                #expect(try transaction.documentCount() == 5)  // the transaction sees its own changes
                throw Abort()
            }
        }
        try store.read { transaction throws in
            #expect(try transaction.documentIDs() == [kept])
            #expect(try transaction.document(externalKey: "rulles-tilbake-0") == nil)
        }
        // The store is still usable after the rollback.
        _ = try store.write { try $0.insert(Fixtures.minimalDraft(key: "etterpå")) }
        #expect(try store.read { try $0.documentCount() } == 2)
    }

    @Test func idsAreNeverReusedAfterDeletes() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let a = try store.write { try $0.insert(Fixtures.minimalDraft(key: "a")) }
        let b = try store.write { try $0.insert(Fixtures.minimalDraft(key: "b")) }
        #expect(try store.write { try $0.delete(b) })
        #expect(try store.write { try $0.delete(b) } == false)
        let c = try store.write { try $0.insert(Fixtures.minimalDraft(key: "b")) }
        #expect(a < b && b < c)
    }

    @Test func deleteCascadesToTextMunicipalitiesAndOriginal() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let id = try store.write { try $0.insert(Fixtures.fullDraft(key: "slettes")) }
        let deleted = try store.write { try $0.delete(externalKey: "slettes") }
        #expect(deleted == id)
        #expect(try store.write { try $0.delete(externalKey: "slettes") } == nil)
        let connection = try Connection(path: directory.path("store.sqlite"), readOnly: true)
        for table in ["document", "document_text", "document_municipality", "original_file"] {
            #expect(try rowCount(table, connection) == 0, "\(table)")
        }
        #expect(try store.read { try $0.originalFile(id) } == nil)
    }

    @Test func replaceGivesANewIdAndDropsTheOldRows() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let old = try store.write { try $0.insert(Fixtures.fullDraft(key: "plan")) }
        var changed = Fixtures.fullDraft(key: "plan", text: "Ny versjon.")
        changed.municipalities = ["Vestby"]
        changed.originalFile = nil
        let new = try store.write { try $0.replace(old, with: changed) }
        #expect(new > old)
        try store.read { transaction throws in
            #expect(try transaction.document(old) == nil)
            #expect(try transaction.document(new)?.draft == changed)
            #expect(try transaction.originalFile(new) == nil)
            #expect(try transaction.keyIndex()["plan"]?.id == new)
        }
        let error = try #require(throws: DocumentStoreError.self) {
            try store.write { try $0.replace(old, with: changed) }
        }
        #expect(error.code == .documentNotFound)
    }

    @Test func aFailedReplaceRestoresTheDeletedDocument() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        try store.write { transaction throws in
            let a = try transaction.insert(Fixtures.fullDraft(key: "a"))
            _ = try transaction.insert(Fixtures.minimalDraft(key: "b"))
            // The delete of `a` succeeds, then the insert collides with "b": the savepoint
            // must bring `a` back, text, municipalities and original included.
            let error = try #require(throws: DocumentStoreError.self) {
                try transaction.replace(a, with: Fixtures.minimalDraft(key: "b"))
            }
            #expect(error.code == .duplicateExternalKey)
            #expect(try transaction.document(a)?.draft == { var d = Fixtures.fullDraft(key: "a"); d.originalFile = nil; return d }())
            #expect(try transaction.originalFile(a) == Fixtures.fullDraft().originalFile)
        }
        #expect(try store.read { try $0.documentCount() } == 2)
    }

    @Test func invalidDraftsAreRefusedWithAnExplanation() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        var decreasing = Fixtures.minimalDraft(key: "sider", text: "0123456789")
        decreasing.pageOffsets = [0, 6, 3]
        var outOfRange = Fixtures.minimalDraft(key: "sider2", text: "0123456789")
        outOfRange.pageOffsets = [0, 11]
        for draft in [Fixtures.minimalDraft(key: ""), decreasing, outOfRange] {
            let error = try #require(throws: DocumentStoreError.self) { try store.write { try $0.insert(draft) } }
            #expect(error.code == .invalidDocument)
            #expect(error.message.contains("kan ikke lagres"))
        }
        #expect(try store.read { try $0.documentCount() } == 0)
    }

    @Test func aTransactionUsedAfterItsClosureThrows() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let escapedWrite = try store.write { $0 }
        let escapedRead = try store.read { $0 }
        #expect(throws: DocumentStoreError.self) { try escapedWrite.insert(Fixtures.minimalDraft(key: "x")) }
        let error = try #require(throws: DocumentStoreError.self) { try escapedRead.documentCount() }
        #expect(error.code == .transactionEnded)
    }

    private func rowCount(_ table: String, _ connection: Connection) throws -> Int {
        try connection.query("SELECT count(*) FROM \(table)") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.int(0) : -1
        }
    }
}
