import Foundation
import InvertedIndex
import QueryEngine
import SearchEngine
import Testing

/// Ingesting the real Corpus: every document in, incremental re-runs, updates and deletes.
struct IngestTests {
    @Test func corpusIngestsCompletelyAndIncrementally() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Work on a copy, so files can be changed and removed.
        let copy = dir + "/docs"
        try FileManager.default.copyItem(atPath: TestSupport.corpusDocuments, toPath: copy)
        let files = TestSupport.files(under: copy)
        #expect(files.count >= 60)

        let index = try SearchIndex(path: dir + "/index", configuration: TestSupport.smallConfiguration())
        let writer = try index.openWriter()
        let first = try writer.ingest(files.map(IngestItem.file))
        #expect(first.failures.isEmpty, "\(first.failures.map(\.status))")
        #expect(first.indexedCount == files.count)
        #expect(first.segmentsWritten > 1, "a 1 MB budget must flush several segments")

        let again = try writer.ingest(files.map(IngestItem.file))
        #expect(again.unchangedCount == files.count)
        #expect(again.indexedCount == 0)

        // Change one file: it is replaced, and search sees the new text only.
        let changed = try #require(files.first { $0.hasSuffix(".txt") })
        try Data("Heilt ny tekst om sjøfuglreservat i kommunen.\n".utf8).write(to: URL(fileURLWithPath: changed))
        let third = try writer.ingest(files.map(IngestItem.file))
        #expect(third.replacedCount == 1)
        #expect(third.unchangedCount == files.count - 1)
        var snapshot = try index.snapshot()
        #expect(snapshot.documentCount == files.count)
        let hits = try snapshot.search(index.plainQuery("sjøfuglreservat", mode: .or), limit: 10)
        #expect(hits.totalHits == 1)

        // Delete by key; merge everything; the index stays whole.
        let key = (changed as NSString).lastPathComponent
        #expect(try writer.delete(externalKeys: [key]) == 1)
        try writer.merge(force: true)
        snapshot = try index.snapshot()
        #expect(snapshot.documentCount == files.count - 1)
        #expect(snapshot.manifest.segments.count == 1)
        #expect(try snapshot.search(index.plainQuery("sjøfuglreservat", mode: .or), limit: 10).totalHits == 0)
        let report = snapshot.check()
        #expect(report.isHealthy, "\(report.problems)")
        #expect(report.liveDocuments == files.count - 1)
    }

    @Test func badFilesFailAloneWithTheirReason() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let good = dir + "/god.txt"
        try Data("Fellesnemnda vedtok delegeringsreglementet.".utf8).write(to: URL(fileURLWithPath: good))
        let empty = dir + "/tom.txt"
        FileManager.default.createFile(atPath: empty, contents: Data())
        let binary = dir + "/binaer.txt"
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: binary))
        let fakePDF = dir + "/skadet.pdf"
        try Data("%PDF-1.7\n1 0 obj << /Type /Catalog".utf8).write(to: URL(fileURLWithPath: fakePDF))
        let link = dir + "/lenke.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: good)

        let index = try SearchIndex(path: dir + "/index")
        let writer = try index.openWriter()
        let items = [good, empty, binary, fakePDF, link, dir + "/finnes-ikke.txt"].map(IngestItem.file)
        // Keys must differ: the link has its own name.
        let report = try writer.ingest(items)
        #expect(report.indexedCount == 1)
        #expect(report.failures.count == 5)
        for f in report.failures {
            guard case .failed(let message) = f.status else { continue }
            #expect(message.contains(f.path ?? "?"), "the message names the file: \(message)")
        }
        let snapshot = try index.snapshot()
        #expect(snapshot.documentCount == 1)
        #expect(snapshot.check().isHealthy)
    }

    @Test func writerIsExclusive() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try SearchIndex(path: dir)
        let writer = try index.openWriter()
        #expect(throws: SearchEngineError.self) { _ = try index.openWriter() }
        _ = writer
    }
}

/// Live indexing makes one segment per upload; merging after each keeps their number small and
/// drops segments whose documents are all deleted (as the server does after every write).
struct LiveIndexingMergeTests {
    @Test func manySmallCommitsStayFewSegments() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try SearchIndex(path: dir)
        let writer = try index.openWriter()
        for i in 0..<40 {
            _ = try writer.ingest([IngestItem(externalKey: "opplasting-\(i)", data: Data("Sak \(i) om fellesnemnda.".utf8), fileName: "o.txt")])
            try writer.merge()
        }
        var snapshot = try index.snapshot()
        #expect(snapshot.documentCount == 40)
        #expect(snapshot.manifest.segments.count < 12, "\(snapshot.manifest.segments.count) segments")
        _ = try writer.delete(externalKeys: (0..<40).map { "opplasting-\($0)" })
        try writer.merge()
        snapshot = try index.snapshot()
        #expect(snapshot.documentCount == 0)
        #expect(snapshot.manifest.segments.isEmpty, "fully deleted segments are dropped")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/segments").filter { $0.hasSuffix(".seg") }.isEmpty)
    }
}
