@testable import DocumentStore
import Foundation
import InvertedIndex
import SearchEngine
import Testing

/// `SearchIndex.check()` names each damage: a changed document row, a changed manifest digit,
/// missing and orphaned segment files, a damaged frame in a WAL left by a killed writer. A
/// damaged row does not fail a search.
struct IntegrityCheckTests {
    static let batches = 3
    static let perBatch = 4

    /// An index of `batches` commits of `perBatch` documents; the writer is closed again.
    static func makeIndex(_ dir: String) throws -> SearchIndex {
        let index = try SearchIndex(path: dir, configuration: TestSupport.smallConfiguration())
        let writer = try index.openWriter()
        for b in 0..<batches {
            _ = try writer.ingest((0..<perBatch).map { i in
                IngestItem(externalKey: "dok-\(b)-\(i)", data: Data("Fellesnemnda drøfter økonomiplanen, sak \(b) \(i).".utf8), fileName: "d.txt")
            })
        }
        return index
    }

    /// Changes the store behind the engine's back, as a flipped byte on disk would.
    static func tamper(_ dir: String, _ sql: String) throws {
        let connection = try Connection(path: dir + "/documents.sqlite", readOnly: false)
        defer { connection.close() }
        try connection.execute(sql)
    }

    @Test func aSoundIndexPassesWithEveryDocumentVerified() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = try Self.makeIndex(dir).check()
        #expect(report.isHealthy, "\(report.problems)")
        #expect(report.verifiedDocuments == Self.batches * Self.perBatch)
        #expect(report.orphanFiles.isEmpty)
    }

    @Test(arguments: [
        "UPDATE document_text SET body = replace(body, 'drøfter', 'drøftet') WHERE document_id = (SELECT id FROM document WHERE external_key = 'dok-1-2')",
        "UPDATE document SET extra = '{\"minhash\":' WHERE external_key = 'dok-1-2'",
        "UPDATE document_text SET page_offsets = x'0102' WHERE document_id = (SELECT id FROM document WHERE external_key = 'dok-1-2')",
    ])
    func aChangedRowIsNamedByCheckAndSkippedBySearch(sql: String) throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try Self.makeIndex(dir)
        try Self.tamper(dir, sql)

        let report = index.check()
        #expect(!report.isHealthy)
        #expect(report.problems.contains { $0.contains("«dok-1-2»") }, "\(report.problems)")

        // The search still answers: the damaged document is left out, with a note naming it.
        let snapshot = try index.snapshot()
        let query = index.plainQuery("fellesnemnda", mode: .or)
        for grouped in [true, false] {
            let page = try snapshot.searchPage(query, options: SearchOptions(limit: 20, groupNearDuplicates: grouped))
            // The texts differ only in numbers, so grouping folds them into near-duplicates.
            #expect(page.hits.reduce(0) { $0 + 1 + $1.alsoSharedBy.count } == Self.batches * Self.perBatch - 1)
            #expect(!page.hits.contains { $0.externalKey == "dok-1-2" || $0.alsoSharedBy.contains { $0.externalKey == "dok-1-2" } })
            #expect(page.notes.filter { $0.contains("«dok-1-2»") }.count == 1, "\(page.notes)")
        }
    }

    @Test func aChangedManifestDigitIsNamedAndTheCLIExitsWith2() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try Self.makeIndex(dir)
        let count = try #require(index.snapshot().manifest.segments.first?.documentCount)
        try Self.tamper(dir, "UPDATE index_manifest SET body = CAST(replace(CAST(body AS TEXT), '\"documentCount\":\(count)', '\"documentCount\":\(count + 1)') AS BLOB)")
        let report = index.check()
        #expect(report.problems.contains { $0.contains("Indeksmanifestet") && $0.contains("sjekksummen") }, "\(report.problems)")
        index.close()

        guard FileManager.default.isExecutableFile(atPath: TestSupport.executable) else {
            Issue.record("kommunesok is not built at \(TestSupport.executable)")
            return
        }
        let run = try TestSupport.runExecutable(["check"], index: dir)
        #expect(run.status == 2)
        #expect(run.output.contains("Indeksmanifestet"), "\(run.output)")
    }

    @Test func missingAndOrphanedSegmentFilesAreNamed() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try Self.makeIndex(dir)
        let missing = try #require(index.snapshot().manifest.segments.first?.fileName)
        try FileManager.default.removeItem(atPath: dir + "/segments/" + missing)
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/segments/s999.seg"))
        let report = index.check()
        #expect(report.problems.contains { $0.contains("/segments/\(missing) mangler") }, "\(report.problems)")
        #expect(report.orphanFiles == ["s999.seg"])
        #expect(report.notes.contains { $0.contains("s999.seg") })
    }

    /// A killed writer, simulated by copying the index folder while it is open: the WAL still
    /// holds the commits. One flipped byte after the first commit makes SQLite drop the rest
    /// silently; `check` must say so and list the segment files those commits left behind.
    @Test func aDamagedFrameInTheWALOfAKilledWriterIsNamed() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try Self.makeIndex(dir)
        let copy = dir + "-killed"
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.createDirectory(atPath: copy + "/segments", withIntermediateDirectories: true)
        for name in ["documents.sqlite", "documents.sqlite-wal"] {
            try FileManager.default.copyItem(atPath: dir + "/" + name, toPath: copy + "/" + name)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: dir + "/segments") {
            try FileManager.default.copyItem(atPath: dir + "/segments/" + name, toPath: copy + "/segments/" + name)
        }
        _ = index

        // Flip a byte in the page of the frame after the first commit frame (the schema).
        var wal = try Data(contentsOf: URL(fileURLWithPath: copy + "/documents.sqlite-wal"))
        let pageSize = Int(wal[8]) << 24 | Int(wal[9]) << 16 | Int(wal[10]) << 8 | Int(wal[11])
        let frameBytes = WALInspection.frameHeaderBytes + pageSize
        var frame = 0
        func isCommit(_ f: Int) -> Bool { wal[WALInspection.headerBytes + f * frameBytes + 4 ..< WALInspection.headerBytes + f * frameBytes + 8].contains { $0 != 0 } }
        while !isCommit(frame) { frame += 1 }
        let flip = WALInspection.headerBytes + (frame + 1) * frameBytes + WALInspection.frameHeaderBytes + 50
        wal[flip] ^= 0x01
        try wal.write(to: URL(fileURLWithPath: copy + "/documents.sqlite-wal"))

        let damaged = try SearchIndex(path: copy)
        let report = damaged.check()
        #expect(report.problems.contains { $0.contains("documents.sqlite-wal er skadet fra ramme \(frame + 1)") }, "\(report.problems)")
        #expect(!report.orphanFiles.isEmpty, "the lost commits' segments are on disk, not in the manifest")
        #expect(FileManager.default.fileExists(atPath: copy + "/documents.sqlite-wal.skadet"))
    }

    /// `kommunesok index` ends with a clean close: no WAL is left for a flipped bit to empty.
    @Test func theCLILeavesNoWAL() throws {
        guard FileManager.default.isExecutableFile(atPath: TestSupport.executable) else {
            Issue.record("kommunesok is not built at \(TestSupport.executable)")
            return
        }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try TestSupport.runExecutable(["index", TestSupport.corpusDocuments], index: dir + "/indeks")
        #expect(run.status == 0, "\(run.output)")
        let wal = (try? FileManager.default.attributesOfItem(atPath: dir + "/indeks/documents.sqlite-wal"))?[.size] as? Int ?? 0
        #expect(wal == 0, "a WAL of \(wal) bytes was left")
    }
}
