internal import DocumentStore
internal import Dispatch
internal import Foundation
internal import InvertedIndex
internal import SearchCore
import Synchronization

extension IndexWriter {
    /// One commit's share of an ingest run: workers claim items until the run has none left or
    /// the batch is due (`SearchEngineConfiguration.ingestCommitInterval`), store and analyse
    /// them, and flush their builders into the batch. Returns the segments written.
    func ingestBatch(_ run: IngestRun, into b: Batch) throws -> Int {
        let items = run.items
        let configuration = run.configuration
        let analyzer = run.analyzer
        let started = run.started
        let progress = run.progress
        let workers = max(1, min(configuration.indexingWorkers, items.count))
        let budget = max(1 << 20, Int(Double(configuration.indexingMemoryBudgetBytes) * Self.builderShareOfBudget) / workers)
        let storedBytes = Atomic<Int>(0)
        let storedDocuments = Atomic<Int>(0)
        let batchStarted = DispatchTime.now().uptimeNanoseconds
        let fatal = Mutex<(any Error)?>(nil)

        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let builder = SegmentBuilder()
            var ids: [DocumentID] = []

            func flushWorker() throws {
                guard !builder.isEmpty else { return }
                try flush(builder, ids: ids, into: b)
                builder.removeAll()
                ids.removeAll()
            }

            /// Stores the drafts under one acquisition of the batch lock (replacing older
            /// versions of their keys) and returns their ids; nil for a draft the store refuses
            /// (it is reported, the batch goes on).
            func store(_ drafts: [PendingDocument], lockWait: inout Double) throws -> [DocumentID?] {
                let asked = Trace.enabled ? DispatchTime.now().uptimeNanoseconds : 0
                var acquired = asked
                defer { lockWait += Double(acquired - asked) / 1e9 }
                return try b.mutex.withLock { _ -> [DocumentID?] in
                    if Trace.enabled { acquired = DispatchTime.now().uptimeNanoseconds }
                    return try drafts.map { pending -> DocumentID? in
                        let item = items[pending.item]
                        var replaced = false
                        if let old = run.existing[item.externalKey], try b.tx.delete(old.id) {
                            markDeletedLocked(old.id, in: b)
                            replaced = true
                        }
                        do {
                            let id = try b.tx.insert(pending.draft)
                            let status: IngestReport.Status = replaced ? .replaced(id) : .indexed(id)
                            run.state.withLock { $0.outcomes[pending.item]?.status = status }
                            return id
                        } catch let e as DocumentStoreError where e.code == .invalidDocument || e.code == .duplicateExternalKey {
                            run.state.withLock { $0.outcomes[pending.item]?.status = .failed("\(item.path ?? item.fileName): \(e.message)") }
                            return nil
                        }
                    }
                }
            }

            var clock = PhaseClock()
            defer {
                run.phases.withLock { $0.add(clock) }
                if Trace.enabled { Trace.log(String(format: "worker done at %.2f s", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)) }
            }

            func reportProgress(bytes: Int, failed: Bool) {
                let snapshot = run.state.withLock { s -> IngestProgress in
                    s.done += 1
                    s.bytes += bytes
                    if failed { s.failures += 1 }
                    return IngestProgress(itemsDone: s.done, itemsTotal: items.count, bytesDone: s.bytes, failures: s.failures,
                                          seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, itemsCommitted: s.committed)
                }
                progress?(snapshot)
            }

            // Extracted documents wait here until they are stored together (one lock
            // acquisition and no thread hand-over per document), then go into the builder.
            var pending: [PendingDocument] = []
            var pendingBytes = 0
            func drain() {
                guard !pending.isEmpty else { return }
                defer { pending.removeAll(keepingCapacity: true); pendingBytes = 0 }
                let storedIDs: [DocumentID?]
                var lockWait = 0.0
                defer { clock.storeWait += lockWait }
                do { storedIDs = try clock.measure(\.store) { try store(pending, lockWait: &lockWait) } } catch {
                    fatal.withLock { $0 = $0 ?? error }
                    return
                }
                storedDocuments.add(storedIDs.count { $0 != nil }, ordering: .relaxed)
                let stored = storedBytes.add(pendingBytes, ordering: .relaxed).newValue
                if stored / Self.writeBackEveryBytes != (stored - pendingBytes) / Self.writeBackEveryBytes {
                    index.store.startWriteBack()
                }
                for (k, p) in pending.enumerated() {
                    if let id = storedIDs[k] {
                        clock.measure(\.analyze) { DocumentIndexing.add(p.draft, id: id, to: builder, analyzer: analyzer, body: p.body) }
                        ids.append(id)
                    }
                    reportProgress(bytes: p.draft.byteSize, failed: false)
                    if builder.estimatedMemoryBytes > budget || builder.documentCount >= (configuration.maxDocumentsPerSegment ?? .max) {
                        do { try clock.measure(\.flush) { try flushWorker() } } catch {
                            fatal.withLock { $0 = $0 ?? error }
                            return
                        }
                    }
                }
            }

            var flushedForTail = false
            claiming: while fatal.withLock({ $0 == nil }) {
                // A batch that is due stops claiming; its workers flush and the run commits.
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - batchStarted) / 1e9
                if configuration.ingestCommitInterval.isDue(documents: storedDocuments.load(ordering: .relaxed), seconds: seconds) { break }
                let first = run.next.add(Self.itemsPerClaim, ordering: .relaxed).oldValue
                guard first < items.count else { break }
                // Entering the run's tail with a builder more than half full: flush it now,
                // while the other workers still have items, so that every worker's last
                // flush is small and they end together (on NoReC one worker otherwise
                // idled up to 0.27 s, 9 % of the run, waiting for the other's last flush).
                if workers > 1, !flushedForTail, items.count - first <= Self.tailItems(of: items.count, workers: workers),
                    builder.estimatedMemoryBytes > budget / 2
                {
                    flushedForTail = true
                    do { try clock.measure(\.flush) { try flushWorker() } } catch {
                        fatal.withLock { $0 = $0 ?? error }
                        break
                    }
                }
                for i in first..<min(first + Self.itemsPerClaim, items.count) {
                    guard fatal.withLock({ $0 == nil }) else { break claiming }
                    let item = items[i]
                    if run.state.withLock({ $0.outcomes[i] != nil }) { continue }  // duplicate key
                    let result = clock.measure(\.prepare) { Self.prepare(item, existing: run.existing[item.externalKey]?.contentHash, extractor: run.extractor, isolation: configuration.extractionIsolation) }
                    switch result {
                    case .failure(let f):
                        run.state.withLock { $0.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .failed(f.message), warnings: []) }
                        reportProgress(bytes: 0, failed: true)
                    case .success(.unchanged(let size)):
                        run.state.withLock { $0.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .unchanged, warnings: []) }
                        reportProgress(bytes: size, failed: false)
                    case .success(.extracted(var draft, let warnings)):
                        // The body is analysed once, for the near-duplicate signature and the index.
                        // Trusted bulk plain text (`--ren-tekst`) skips the signature, like the
                        // rest of its metadata: it is computed from the stored text when a
                        // near-duplicate check first needs it (it costs ~30 % of indexing time).
                        let body: AnalyzedBody? = item.plainText ? nil : clock.measure(\.analyze) { AnalyzedBody(draft.text, analyzer: analyzer) }
                        if let body {
                            draft.extra[MinHashSignature.extraKey] = body.signature?.encoded
                        }
                        run.state.withLock { $0.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .failed("avbrutt"), warnings: warnings) }
                        pendingBytes += draft.byteSize
                        pending.append(PendingDocument(item: i, draft: draft, body: body))
                        if pending.count >= Self.itemsPerClaim || pendingBytes >= Self.pendingBytesLimit { drain() }
                    }
                }
                drain()
            }
            if fatal.withLock({ $0 == nil }) {
                do { try clock.measure(\.flush) { try flushWorker() } } catch { fatal.withLock { $0 = $0 ?? error } }
            }
        }
        if let error = fatal.withLock({ $0 }) { throw error }
        return b.segmentsWritten
    }
}
