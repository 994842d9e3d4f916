import Foundation
import QueryEngine
import SearchEngine
import Synchronization
import Testing

/// `SearchIndex.backup(to:)` while a writer ingests and merges: every backup is one committed
/// state, passes `check`, and opens as an index.
struct BackupTests {
    final class Progress: Sendable {
        let stop = Atomic<Bool>(false)
        let commits = Atomic<Int>(0)
    }

    @Test func backupsTakenDuringIngestAreCommittedStates() async throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try SearchIndex(path: dir + "/indeks", configuration: TestSupport.smallConfiguration())
        let batchSize = 5
        let progress = Progress()
        let writerTask = Task.detached {
            let writer = try index.openWriter()
            var b = 0
            // Until the backups are done, and at least 8 commits so merges (which remove
            // segment files the backups may be copying) happen meanwhile.
            while !progress.stop.load(ordering: .relaxed) || b < 8 {
                _ = try writer.ingest((0..<batchSize).map { i in
                    IngestItem(externalKey: "dok-\(b)-\(i)", data: Data("Fellesnemnda vedtok budsjettet, sak \(b) nummer \(i).".utf8), fileName: "d.txt")
                })
                if b % 3 == 2 { try writer.merge() }
                b += 1
                progress.commits.store(b, ordering: .relaxed)
            }
            return b
        }
        while progress.commits.load(ordering: .relaxed) < 1 { try await Task.sleep(for: .milliseconds(5)) }
        var reports: [BackupReport] = []
        for n in 0..<4 {
            reports.append(try index.backup(to: dir + "/kopi\(n)"))
        }
        progress.stop.store(true, ordering: .relaxed)
        let totalBatches = try await writerTask.value

        for report in reports {
            #expect(report.documentCount % batchSize == 0, "\(report)")
            #expect(report.documentCount > 0 && report.documentCount <= totalBatches * batchSize)
            #expect(report.linkedFiles + report.copiedFiles == report.segmentFiles)
            let copy = try SearchIndex(path: report.path)
            let check = copy.check()
            #expect(check.isHealthy, "\(report.path): \(check.problems)")
            #expect(check.storedDocuments == report.documentCount)
            let snapshot = try copy.snapshot()
            #expect(snapshot.generation == report.generation)
            let hits = try snapshot.search(copy.plainQuery("fellesnemnda", mode: .or), limit: 1, counting: .exact)
            #expect(hits.totalHits == report.documentCount)
        }
    }

    @Test func aTargetThatIsNotEmptyOrInsideTheIndexIsRefused() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try SearchIndex(path: dir + "/indeks")
        try FileManager.default.createDirectory(atPath: dir + "/full", withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir + "/full/notat.txt"))
        let full = try #require(throws: SearchEngineError.self) { try index.backup(to: dir + "/full") }
        #expect(full.code == .invalidArgument)
        #expect(full.message.contains("ikke tom"))
        #expect(try String(contentsOfFile: dir + "/full/notat.txt", encoding: .utf8) == "mine")
        let inside = try #require(throws: SearchEngineError.self) { try index.backup(to: dir + "/indeks/kopi") }
        #expect(inside.code == .invalidArgument)

        // An empty folder is fine, and so is a new one; the copy is private to its owner.
        try FileManager.default.createDirectory(atPath: dir + "/tom", withIntermediateDirectories: true)
        let report = try index.backup(to: dir + "/tom")
        #expect(report.documentCount == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/tom")[.posixPermissions] as? Int
        #expect(mode == 0o700)
        #expect(try SearchIndex(path: dir + "/tom").check().isHealthy)
    }
}

/// `kommunesok backup MAPPE`, then `check --index MAPPE` on the copy.
struct BackupCommandTests {
    @Test func theCLIBacksUpAndTheCopyPassesCheck() throws {
        guard FileManager.default.isExecutableFile(atPath: TestSupport.executable) else {
            Issue.record("kommunesok is not built at \(TestSupport.executable)")
            return
        }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = dir + "/indeks"
        #expect(try TestSupport.runExecutable(["index", TestSupport.corpusDocuments], index: index).status == 0)
        let backup = try TestSupport.runExecutable(["backup", dir + "/kopi"], index: index)
        #expect(backup.status == 0, "\(backup.output)")
        #expect(backup.output.contains("Sikkerhetskopi av commit"), "\(backup.output)")
        let check = try TestSupport.runExecutable(["check", "--index", dir + "/kopi"], index: index)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("OK: indeksen er hel (commit"), "\(check.output)")
        let again = try TestSupport.runExecutable(["backup", dir + "/kopi"], index: index)
        #expect(again.status != 0)
        #expect(again.output.contains("ikke tom"), "\(again.output)")
    }
}
