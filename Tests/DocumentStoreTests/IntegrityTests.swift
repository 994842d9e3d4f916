@testable import DocumentStore
import Foundation
import SearchCore
import Testing

/// Damage the store must name instead of passing over: a changed document row (text, metadata,
/// undecodable fields), a changed manifest digit, a damaged frame in a WAL left by a killed
/// writer; and a clean close leaves no WAL behind.
struct IntegrityTests {
    /// A store with three documents; returns it and their ids.
    private func storeWithDocuments(_ path: String) throws -> (DocumentStore, [DocumentID]) {
        let store = try DocumentStore(path: path)
        let ids = try store.write { tx throws in
            try ["a", "b", "c"].map { try tx.insert(Fixtures.fullDraft(key: "dok-\($0)")) }
        }
        return (store, ids)
    }

    /// Changes rows behind the store's back, as a flipped byte on disk would.
    private func tamper(_ path: String, _ sql: String) throws {
        let connection = try Connection(path: path, readOnly: false)
        defer { connection.close() }
        try connection.execute(sql)
    }

    @Test(arguments: [
        "UPDATE document_text SET body = replace(body, 'økonomi', 'økonOmi') WHERE document_id = 2",
        "UPDATE document SET title = title || ' ' WHERE id = 2",
        "UPDATE document SET date = '2019-11-29' WHERE id = 2",
        "UPDATE document_municipality SET municipality = 'Åsa' WHERE document_id = 2 AND position = 0",
        "UPDATE document_text SET page_offsets = x'00' WHERE document_id = 2",
        "UPDATE document SET extra = '{\"saksnummer\":' WHERE id = 2",
    ])
    func aChangedRowIsNamedAndSkipped(sql: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let (store, ids) = try storeWithDocuments(path)
        try tamper(path, sql)

        let verification = try store.read { try $0.verifyDocuments() }
        #expect(verification.verified == 2)
        #expect(verification.damaged.map(\.id) == [ids[1]])
        let message = try #require(verification.damaged.first?.error.message)
        #expect(message.contains("Dokument \(ids[1]) («dok-b»)"), "\(message)")

        // Loading for a search skips the damaged one and names it; the strict call throws.
        let batch = try store.read { try $0.loadDocuments(ids) }
        #expect(Set(batch.documents.keys) == [ids[0], ids[2]])
        #expect(batch.damaged.keys.sorted() == [ids[1]])
        let strict = try #require(throws: DocumentStoreError.self) { try store.read { try $0.documents(ids) } }
        #expect(strict.code == .corrupt)
    }

    @Test func documentsWithoutChecksumAreCountedUnverified() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let (store, _) = try storeWithDocuments(path)
        // As a document stored before schema v3.
        try tamper(path, "UPDATE document SET checksum = NULL WHERE id = 1")
        let verification = try store.read { try $0.verifyDocuments() }
        #expect(verification.verified == 2)
        #expect(verification.unverified == 1)
        #expect(verification.damaged.isEmpty)
    }

    @Test func aChangedManifestDigitIsAnError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try DocumentStore(path: path)
        let body = Data(#"{"generation":7,"nextSegmentNumber":3,"segments":[{"documentCount":15,"number":2}]}"#.utf8)
        try store.write { try $0.setManifest(generation: 7, body: body) }
        #expect(try store.read { try $0.manifest()?.body } == body)
        try tamper(path, "UPDATE index_manifest SET body = CAST(replace(CAST(body AS TEXT), '15', '16') AS BLOB)")
        let error = try #require(throws: DocumentStoreError.self) { try store.read { try $0.manifest() } }
        #expect(error.code == .corrupt)
        #expect(error.message.contains("Indeksmanifestet"), "\(error.message)")
        #expect(error.message.contains("generasjon 7"), "\(error.message)")
    }

    @Test func integrityCheckReportsNothingForASoundFile() throws {
        let directory = try TemporaryDirectory()
        let (store, _) = try storeWithDocuments(directory.path("store.sqlite"))
        #expect(try store.read { try $0.integrityCheck() } == [])
    }

    /// Another process (here: a second store) keeps the file open, so SQLite's own checkpoint
    /// at the last close does not run; a clean close must still leave an empty WAL.
    @Test func cleanCloseTruncatesTheWALWhileAnotherConnectionIsOpen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let other = try DocumentStore(path: path)
        _ = try other.read { try $0.documentCount() }
        let (store, _) = try storeWithDocuments(path)
        let before = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? 0
        #expect(before > 0)
        store.close()
        let after = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? -1
        #expect(after == 0, "WAL after a clean close: \(after) bytes")
        #expect(try other.read { try $0.documentCount() } == 3)
    }

    /// A writer killed with its WAL on disk, simulated by copying the database and the WAL
    /// while the store is open; a flipped byte in an early frame makes SQLite drop every later
    /// commit without an error.
    @Test func aDamagedFrameInALeftOverWALIsNamed() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try DocumentStore(path: path)
        for i in 0..<6 {
            try store.write { tx throws in _ = try tx.insert(Fixtures.minimalDraft(key: "dok-\(i)", text: String(repeating: "tekst \(i) ", count: 500))) }
        }
        let copy = directory.path("killed.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")
        #expect(WALInspection.inspect(path: copy + "-wal") == nil, "an undamaged left-over WAL is sound")

        // Flip one byte in the page data of the second frame.
        let wal = try FileHandle(forUpdating: URL(fileURLWithPath: copy + "-wal"))
        let pageSize = Int(DocumentStore.pageSizeBytes)
        let offset = UInt64(WALInspection.headerBytes + (WALInspection.frameHeaderBytes + pageSize) + WALInspection.frameHeaderBytes + 100)
        try wal.seek(toOffset: offset)
        let byte = try #require(try wal.read(upToCount: 1)).first ?? 0
        try wal.seek(toOffset: offset)
        try wal.write(contentsOf: [byte ^ 0x10])
        try wal.close()

        let damage = try #require(WALInspection.inspect(path: copy + "-wal"))
        #expect(damage.firstBadFrame == 1)
        #expect(damage.commitsLost >= 5, "\(damage)")
        // What the damage does: SQLite silently shows fewer documents than were committed.
        let reader = try Connection(path: copy, readOnly: true)
        defer { reader.close() }
        let visible = try reader.query("SELECT count(*) FROM sqlite_schema WHERE name = 'document'") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.int(0) : 0
        }
        let count = visible == 0 ? 0 : try reader.query("SELECT count(*) FROM document") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.int(0) : 0
        }
        #expect(count < 6)
    }

    /// A damaged page (not just a changed value): SQLite itself fails the query that reads it.
    /// The batch is then read document by document, so only the damaged one is left out.
    @Test func aDamagedOverflowPageFailsOnlyItsDocument() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try DocumentStore(path: path)
        // Each text spans several 16 KiB pages, so it has overflow pages in the middle.
        let ids = try store.write { tx throws in
            try ["A", "B", "C"].map { name in
                try tx.insert(Fixtures.minimalDraft(key: "dok-\(name)", text: String(repeating: "MERKE\(name) ", count: 8_000)))
            }
        }
        store.close()

        // The first 4 bytes of an overflow page point to the next one: point B's into nowhere.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = DocumentStore.pageSizeBytes
        let pattern = String(repeating: "MERKEB ", count: 12)
        let page = try #require(stride(from: pageSize, to: bytes.count, by: pageSize).first { start in
            // An overflow page of B that is not the last: text from byte 4, a next pointer.
            let text = String(decoding: bytes[start + 4 ..< start + 74], as: UTF8.self)
            return pattern.contains(text) && bytes[start ..< start + 4].contains { $0 != 0 }
        })
        bytes.replaceSubrange(page..<page + 4, with: [0x7F, 0xFF, 0xFF, 0xF0])
        try bytes.write(to: URL(fileURLWithPath: path))

        let reopened = try DocumentStore(path: path)
        let batch = try reopened.read { try $0.loadDocuments(ids) }
        #expect(Set(batch.documents.keys) == [ids[0], ids[2]])
        #expect(batch.damaged.keys.sorted() == [ids[1]])
        #expect(try reopened.read { try $0.integrityCheck() }.isEmpty == false)
    }
}
