import DocumentStore
import Foundation
import SearchCore
import Synchronization
import Testing

struct SnapshotIsolationTests {
    /// Guards against a hang if the store ever blocks a writer behind a reader; not a timing assertion.
    private static let deadlockGuard: DispatchTime = .now() + 60

    @Test func aReaderDoesNotSeeAWriteCommittedAfterItStarted() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let first = try store.write { transaction throws in
            try transaction.setManifest(generation: 1, body: Data("1".utf8))
            return try transaction.insert(Fixtures.minimalDraft(key: "før"))
        }

        let snapshotTaken = DispatchSemaphore(value: 0)
        let writerCommitted = DispatchSemaphore(value: 0)
        let readerFinished = DispatchSemaphore(value: 0)
        let seen = Mutex<[String]>([])
        Thread.detachNewThread {
            do {
                try store.read { transaction throws in
                    let before = try transaction.documentIDs()
                    snapshotTaken.signal()
                    guard writerCommitted.wait(timeout: Self.deadlockGuard) == .success else { return }
                    let after = try transaction.documentIDs()
                    let manifest = try transaction.manifest()?.generation
                    let newKey = try transaction.document(externalKey: "etter")
                    seen.withLock {
                        $0 = ["\(before)", "\(after)", "\(manifest ?? -1)", "\(newKey == nil)"]
                    }
                }
            } catch {
                seen.withLock { $0 = ["error: \(error)"] }
            }
            readerFinished.signal()
        }

        #expect(snapshotTaken.wait(timeout: Self.deadlockGuard) == .success)
        // This write commits while the reader's snapshot is open: WAL lets it through.
        let second = try store.write { transaction throws in
            try transaction.setManifest(generation: 2, body: Data("2".utf8))
            return try transaction.insert(Fixtures.minimalDraft(key: "etter"))
        }
        writerCommitted.signal()
        #expect(readerFinished.wait(timeout: Self.deadlockGuard) == .success)

        #expect(seen.withLock { $0 } == ["[\(first)]", "[\(first)]", "1", "true"])
        try store.read { transaction throws in
            #expect(try transaction.documentIDs() == [first, second])
            #expect(try transaction.manifest()?.generation == 2)
        }
    }

    /// Each write adds one document and bumps the manifest generation in the same transaction,
    /// so every snapshot must show `documentCount == generation`, whatever the interleaving.
    @Test func concurrentReadersAlwaysSeeDocumentsAndManifestTogether() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let writes = 60
        let readers = 3
        let writerDone = Atomic<Bool>(false)
        let violations = Mutex<[String]>([])
        let snapshotsChecked = Atomic<Int>(0)

        DispatchQueue.concurrentPerform(iterations: readers + 1) { worker in
            do {
                if worker == 0 {
                    for generation in 1...writes {
                        try store.write { transaction throws in
                            _ = try transaction.insert(Fixtures.minimalDraft(key: "dok-\(generation)"))
                            try transaction.setManifest(generation: Int64(generation), body: Data())
                        }
                    }
                    writerDone.store(true, ordering: .releasing)
                } else {
                    // repeat-while: with 2 cores the pool may start a reader only after the
                    // writer finished; each reader still checks at least one snapshot.
                    repeat {
                        try store.read { transaction throws in
                            let count = try transaction.documentCount()
                            let generation = try transaction.manifest()?.generation ?? 0
                            let ids = try transaction.documentIDs().count
                            if Int64(count) != generation || ids != count {
                                violations.withLock { $0.append("count \(count), ids \(ids), generation \(generation)") }
                            }
                        }
                        snapshotsChecked.add(1, ordering: .relaxed)
                    } while !writerDone.load(ordering: .acquiring)
                }
            } catch {
                violations.withLock { $0.append("worker \(worker): \(error)") }
            }
        }
        #expect(violations.withLock { $0 } == [])
        #expect(snapshotsChecked.load(ordering: .relaxed) > 0)
        #expect(try store.read { try $0.documentCount() } == writes)
    }
}
