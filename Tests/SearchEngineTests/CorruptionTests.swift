import Foundation
import InvertedIndex
import QueryEngine
import SearchEngine
import Testing

/// Damaged index files are reported as corruption naming the file — never a crash, never a
/// silently wrong answer (FTS5's fts5corrupt.test idea).
struct CorruptionTests {
    static func makeIndex(_ dir: String) throws -> SearchIndex {
        var config = SearchEngineConfiguration()
        config.maxDocumentsPerSegment = 2
        let index = try SearchIndex(path: dir, configuration: config)
        let writer = try index.openWriter()
        let texts = ["Fellesnemnda vedtok delegeringsreglement.", "Prosjektplan for kommunesammenslåing.", "Godtgjøring for folkevalgte i Asker.", "Møteprotokoll fra fellesnemnda 12.03.2017."]
        _ = try writer.ingest(texts.enumerated().map { IngestItem(externalKey: "d\($0)", data: Data($1.utf8), fileName: "d\($0).txt") })
        #expect(try writer.delete(externalKeys: ["d1"]) == 1)
        return index
    }

    static func damage(_ path: String, _ transform: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        transform(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Flips every byte of every segment and deletions file, one at a time.
    @Test func everyFlippedByteIsReportedWithTheFileName() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Self.makeIndex(dir)
        let segments = dir + "/segments"
        let files = try FileManager.default.contentsOfDirectory(atPath: segments).filter { $0.hasSuffix(".seg") || $0.hasSuffix(".del") }.sorted()
        #expect(files.contains { $0.hasSuffix(".del") })
        for name in files {
            let path = segments + "/" + name
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            for i in 0..<original.count {
                try Self.damage(path) { $0[i] ^= 0x5A }
                // A fresh SearchIndex: no cached readers from before the damage.
                let index = try SearchIndex(path: dir)
                do {
                    _ = try index.snapshot()
                    Issue.record("\(name) byte \(i) flipped, but the snapshot opened")
                } catch {
                    #expect(error.code == .corrupted, "\(name) byte \(i): \(error)")
                    #expect(error.message.contains(name), "\(name) byte \(i): \(error.message)")
                }
                try original.write(to: URL(fileURLWithPath: path))
            }
        }
        let healthy = try SearchIndex(path: dir).snapshot()
        #expect(healthy.check().isHealthy)
        #expect(healthy.documentCount == 3)
    }

    @Test(arguments: [0, 1, 11, 100])
    func truncatedFilesAreReported(keep: Int) throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Self.makeIndex(dir)
        let path = dir + "/segments/s1.seg"
        try Self.damage(path) { $0 = Array($0.prefix(keep)) }
        #expect {
            _ = try SearchIndex(path: dir).snapshot()
        } throws: { error in
            guard let e = error as? SearchEngineError else { return false }
            return e.code == .corrupted && e.message.contains("s1.seg")
        }
    }

    @Test func missingSegmentFileIsReported() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Self.makeIndex(dir)
        try FileManager.default.removeItem(atPath: dir + "/segments/s2.seg")
        #expect {
            _ = try SearchIndex(path: dir).snapshot()
        } throws: { error in
            (error as? SearchEngineError)?.message.contains("s2.seg") == true
        }
    }
}
