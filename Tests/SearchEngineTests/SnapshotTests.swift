import Foundation
import InvertedIndex
import QueryEngine
import SearchEngine
import Synchronization
import Testing

/// Readers on snapshots never see half a batch, while one writer commits.
struct SnapshotTests {
    final class Shared: Sendable {
        let stop = Atomic<Bool>(false)
        let violations = Mutex<[String]>([])
    }

    @Test func searchesNeverSeeHalfABatch() async throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try SearchIndex(path: dir, configuration: TestSupport.smallConfiguration())
        let batchSize = 7
        let batches = 12
        let shared = Shared()
        let writerTask = Task.detached {
            let writer = try index.openWriter()
            for b in 0..<batches {
                let items = (0..<batchSize).map { i in
                    IngestItem(externalKey: "dok-\(b)-\(i)", data: Data("Felles ord fellesnemnd, dokument \(b) \(i).".utf8), fileName: "d.txt")
                }
                _ = try writer.ingest(items)
                if b % 4 == 3 { try writer.merge() }
            }
            shared.stop.store(true, ordering: .relaxed)
        }
        let readers = (0..<2).map { _ in
            Task.detached {
                while !shared.stop.load(ordering: .relaxed) {
                    let s = try index.snapshot()
                    let n = s.documentCount
                    let r = try s.search(index.plainQuery("fellesnemnd", mode: .or), limit: 1, counting: .exact)
                    if n % batchSize != 0 || r.totalHits != n {
                        shared.violations.withLock { $0.append("generation \(s.generation): \(n) docs, \(r.totalHits) hits") }
                    }
                }
            }
        }
        try await writerTask.value
        for r in readers { try await r.value }
        #expect(shared.violations.withLock { $0 }.isEmpty)
        #expect(try index.snapshot().documentCount == batchSize * batches)
    }
}
