import Foundation
import IndexStorage
import InvertedIndex
import QueryEngine
import SearchCore
import SearchEngine
import Testing

/// Merges stream their output: merged segments are no longer capped at a share of the memory
/// budget, the segment count stays logarithmic, every document stays findable, and a merge
/// interrupted mid-file leaves only a temporary that the next writer removes.
struct StreamingMergeTests {
    /// Seeded plain-text documents; document i contains the unique word `unik<i>x`.
    static func items(count: Int, seed: UInt64, wordsPerDocument: Int) -> [IngestItem] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let words = ["kommune", "fellesnemnd", "vedtak", "reglement", "prosjekt", "plan", "økonomi", "skole",
                     "barnehage", "veg", "havn", "sammenslåing", "protokoll", "sak", "møte", "budsjett"]
        return (0..<count).map { i in
            var text = "Dokument \(i)\n"
            for _ in 0..<wordsPerDocument {
                text += words[Int(next() % UInt64(words.count))] + String(next() % 2000) + " "
            }
            text += "unik\(i)x"
            var item = IngestItem(externalKey: "d\(i)", data: Data(text.utf8), fileName: "d\(i).txt")
            item.plainText = true
            return item
        }
    }

    /// Disjoint merges of one round run at once and commit together: the same documents match
    /// before and after, deleted ones are gone, and every merged file is whole.
    @Test func concurrentMergesKeepExactlyTheLiveDocuments() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var config = SearchEngineConfiguration()
        config.indexingWorkers = 2
        config.maxDocumentsPerSegment = 10
        config.mergePolicy = TieredMergePolicy(segmentsPerTier: 3, mergeFactor: 3, floorSegmentBytes: 16 << 10)
        let index = try SearchIndex(path: dir, configuration: config)
        let writer = try index.openWriter()
        let count = 120
        #expect(try writer.ingest(Self.items(count: count, seed: 77, wordsPerDocument: 60)).failures.isEmpty)
        let deleted = stride(from: 3, to: count, by: 7).map { "d\($0)" }
        #expect(try writer.delete(externalKeys: deleted) == deleted.count)
        let before = try index.snapshot()
        #expect(before.manifest.segments.count >= 12)
        #expect(index.configuration.mergePolicy.merges(for: before.manifest.segments).count >= 2, "one round has disjoint merges")
        let queries = ["kommune7", "fellesnemnd12 OR budsjett3", "sak5 OG møte9", "unik10x", "unik3x"]
        func matches(_ snapshot: IndexSnapshot) throws -> [Set<DocumentID>] {
            try queries.map { q in Set(try snapshot.search(index.parseQuery(q).query, limit: 1000).hits.map(\.id)) }
        }
        let expected = try matches(before)
        let merges = try writer.merge()
        #expect(merges >= 2)
        let after = try index.snapshot()
        #expect(after.manifest.segments.count < before.manifest.segments.count)
        #expect(after.documentCount == count - deleted.count)
        #expect(try matches(after) == expected)
        #expect(try after.search(index.plainQuery("unik3x", mode: .or), limit: 10).totalHits == 0, "d3 was deleted")
        let report = after.check()
        #expect(report.isHealthy, "\(report.problems)")
        #expect(report.liveDocuments == count - deleted.count)
    }

    @Test func policyMergesPastTheOldBudgetCapAndKeepsEveryDocument() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var config = SearchEngineConfiguration()
        config.indexingMemoryBudgetBytes = 1 << 20
        config.indexingWorkers = 2
        config.maxDocumentsPerSegment = 40
        config.mergePolicy = TieredMergePolicy(segmentsPerTier: 3, mergeFactor: 3, floorSegmentBytes: 16 << 10)
        let index = try SearchIndex(path: dir, configuration: config)
        let writer = try index.openWriter()
        let count = 1200
        let all = Self.items(count: count, seed: 4242, wordsPerDocument: 250)
        for batch in stride(from: 0, to: count, by: 200) {
            let report = try writer.ingest(Array(all[batch..<min(count, batch + 200)]))
            #expect(report.failures.isEmpty)
            try writer.merge()
        }
        let snapshot = try index.snapshot()
        let sizes = snapshot.manifest.segments.map(\.sizeInBytes)
        // The old cap was budget / 3; merged segments now grow past it.
        #expect(sizes.max()! > config.indexingMemoryBudgetBytes / 3, "sizes \(sizes)")
        // Logarithmic: at most segmentsPerTier − 1 per tier, a handful of tiers.
        #expect(sizes.count <= 2 * 6, "sizes \(sizes)")
        #expect(snapshot.documentCount == count)
        let report = snapshot.check()
        #expect(report.isHealthy, "\(report.problems)")
        for i in stride(from: 0, to: count, by: 37) {
            let hits = try snapshot.search(index.plainQuery("unik\(i)x", mode: .or), limit: 2)
            #expect(hits.totalHits == 1, "document \(i)")
        }
        // Only referenced files remain: no temporaries, no merged-away segments.
        let files = try FileSystemDirectory(path: dir + "/segments").listFiles()
        #expect(Set(files) == snapshot.manifest.referencedFiles, "\(files)")
    }

    /// A merge killed while streaming its output leaves `sN.seg.tmp` (and no `sN.seg`); the
    /// next writer's garbage collection removes it and the index is at its last commit.
    @Test func interruptedMergeOutputIsCollectedByTheNextWriter() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let before: Int64
        let tmpName: String
        do {
            let index = try SearchIndex(path: dir, configuration: TestSupport.smallConfiguration())
            let writer = try index.openWriter()
            _ = try writer.ingest(Self.items(count: 60, seed: 9, wordsPerDocument: 40))
            let snapshot = try index.snapshot()
            before = snapshot.generation
            // What a crash mid-merge leaves: the next segment's output, half written, never
            // committed or aborted (leaked, as no deinit runs in a killed process).
            let next = snapshot.manifest.nextSegmentNumber
            let name = SegmentManifest.segmentFileName(next)
            tmpName = name + ".tmp"
            let out = try FileEnvelope.begin(try FileSystemDirectory(path: dir + "/segments"), name: name, kind: FileEnvelope.kind("SEGM"), version: 1)
            try out.write([UInt8](repeating: 7, count: 2 << 20))
            _ = Unmanaged.passRetained(out)
            let files = try FileSystemDirectory(path: dir + "/segments").listFiles()
            #expect(files.contains(tmpName))
            #expect(!files.contains(name), "the half-written segment is not visible under its name")
        }
        let index = try SearchIndex(path: dir, configuration: TestSupport.smallConfiguration())
        let writer = try index.openWriter()
        let files = try FileSystemDirectory(path: dir + "/segments").listFiles()
        #expect(!files.contains(tmpName), "the writer's GC removed the temporary: \(files)")
        let snapshot = try index.snapshot()
        #expect(snapshot.generation == before)
        #expect(snapshot.documentCount == 60)
        #expect(snapshot.check().isHealthy)
        try writer.merge(force: true)
        #expect(try index.snapshot().check().isHealthy)
    }
}
