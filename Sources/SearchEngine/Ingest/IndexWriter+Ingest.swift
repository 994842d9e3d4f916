internal import DocumentStore
internal import Dispatch
internal import Foundation
internal import InvertedIndex
internal import SearchCore
internal import TextAnalysis
import Synchronization
internal import TextExtraction

extension IndexWriter {
    /// Indexes a batch of items as one atomic commit. Items are extracted and analysed in
    /// parallel (`indexingWorkers`, each with its own segment builder and an equal share of the
    /// memory budget); the store assigns ids serially. Bad items fail alone, with a message;
    /// only storage failures abort the batch (and then nothing of it is committed).
    public func ingest(_ items: [IngestItem], progress: (@Sendable (IngestProgress) -> Void)? = nil) throws(SearchEngineError) -> IngestReport {
        let started = DispatchTime.now().uptimeNanoseconds
        let configuration = index.configuration
        let extractor = DocumentExtractor(limits: configuration.extractionLimits)
        let analyzer = index.analyzer
        let state = Mutex(IngestState(count: items.count))
        let phases = Mutex(PhaseClock())

        // A key given twice in one batch: the first wins, later ones fail with a reason.
        var seen: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            if let first = seen[item.externalKey] {
                let other = items[first].path ?? items[first].fileName
                state.withLock { $0.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .failed("\(item.path ?? item.fileName): har samme nøkkel «\(item.externalKey)» som \(other). Gi filene unike navn."), warnings: []) }
            } else {
                seen[item.externalKey] = i
            }
        }

        let segmentsWritten = try commitBatch { b throws -> Int in
            // Only this batch's keys: memory follows the batch, not the collection.
            let existing = try b.tx.keyIndex(for: items.map(\.externalKey))
            let workers = max(1, min(configuration.indexingWorkers, items.count))
            let budget = max(1 << 20, Int(Double(configuration.indexingMemoryBudgetBytes) * Self.builderShareOfBudget) / workers)
            let next = Atomic<Int>(0)
            let storedBytes = Atomic<Int>(0)
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
                            if let old = existing[item.externalKey], try b.tx.delete(old.id) {
                                markDeletedLocked(old.id, in: b)
                                replaced = true
                            }
                            do {
                                let id = try b.tx.insert(pending.draft)
                                let status: IngestReport.Status = replaced ? .replaced(id) : .indexed(id)
                                state.withLock { $0.outcomes[pending.item]?.status = status }
                                return id
                            } catch let e as DocumentStoreError where e.code == .invalidDocument || e.code == .duplicateExternalKey {
                                state.withLock { $0.outcomes[pending.item]?.status = .failed("\(item.path ?? item.fileName): \(e.message)") }
                                return nil
                            }
                        }
                    }
                }

                var clock = PhaseClock()
                defer {
                    phases.withLock { $0.add(clock) }
                    if Trace.enabled { Trace.log(String(format: "worker done at %.2f s", Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)) }
                }

                func reportProgress(bytes: Int, failed: Bool) {
                    let snapshot = state.withLock { s -> IngestProgress in
                        s.done += 1
                        s.bytes += bytes
                        if failed { s.failures += 1 }
                        return IngestProgress(itemsDone: s.done, itemsTotal: items.count, bytesDone: s.bytes, failures: s.failures,
                                              seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
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
                    let first = next.add(Self.itemsPerClaim, ordering: .relaxed).oldValue
                    guard first < items.count else { break }
                    // Entering the batch's tail with a builder more than half full: flush it now,
                    // while the other workers still have items, so that every worker's last
                    // flush is small and they end together (on NoReC one worker otherwise
                    // idled up to 0.27 s, 9 % of the batch, waiting for the other's last flush).
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
                        if state.withLock({ $0.outcomes[i] != nil }) { continue }  // duplicate key
                        let result = clock.measure(\.prepare) { Self.prepare(item, existing: existing[item.externalKey]?.contentHash, extractor: extractor, isolation: configuration.extractionIsolation) }
                        switch result {
                        case .failure(let f):
                            state.withLock { $0.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .failed(f.message), warnings: []) }
                            reportProgress(bytes: 0, failed: true)
                        case .success(.unchanged(let size)):
                            state.withLock { $0.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .unchanged, warnings: []) }
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
                            state.withLock { $0.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .failed("avbrutt"), warnings: warnings) }
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
        if Trace.enabled {
            let p = phases.withLock { $0 }
            Trace.log(String(format: "ingest: prepare %.2f s, store %.2f s (lock wait %.2f s), analyse %.2f s, flush %.2f s (summed over workers); wall %.2f s",
                             p.prepare, p.store, p.storeWait, p.analyze, p.flush, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))
        }
        if state.withLock({ $0.bytes }) > Self.checkpointAfterBytes {
            let t0 = DispatchTime.now().uptimeNanoseconds
            index.store.checkpoint()
            if Trace.enabled { Trace.log(String(format: "checkpoint %.2f s", Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)) }
        }
        var report = IngestReport()
        let final = state.withLock { $0 }
        report.outcomes = final.outcomes.compactMap { $0 }
        report.bytesRead = final.bytes
        report.segmentsWritten = segmentsWritten
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    /// The batch's tail (see the early flush in `ingest`): the last 5 % of the items, at least
    /// one claim per worker. 5 % of NoReC is ~4 MB of text, ~0.3 s of one worker's analysis:
    /// about as long as flushing a full builder, so the others stay busy meanwhile.
    static func tailItems(of count: Int, workers: Int) -> Int {
        max(itemsPerClaim * workers, Int(Double(count) * tailShare))
    }

    static let tailShare = 0.05

    /// Every time the batch has stored this much more text, the WAL is flushed to disk in the
    /// background (`DocumentStore.startWriteBack`), so the COMMIT's fsync finds little left.
    static let writeBackEveryBytes = 16 << 20

    /// Items a worker claims at once and stores under one lock acquisition. With one lock
    /// hand-over per document the two NoReC workers met at the lock for ~40 % of the store
    /// time; 16 makes hand-overs rare while keeping the batch's tail balanced across workers.
    static let itemsPerClaim = 16

    /// Extracted text a worker holds before storing it, so that 16 large files never sit in
    /// memory at once: 4 MB, a small part of any sensible memory budget.
    static let pendingBytesLimit = 4 << 20

    /// The share of the memory budget given to segment builders. The rest covers what is not
    /// theirs: the program (~32 MB of mapped code), SQLite, the streaming segment writer (~2 MB
    /// a worker) and the writer's map of document locations (~32 bytes a document). Measured on
    /// NoReC at the default 256 MB: peak RSS 191 MB for ×1 and 212 MB for ×10 (347,490 docs).
    static let builderShareOfBudget = 0.6

    /// Batches that read more than this checkpoint SQLite's WAL afterwards, so a bulk load does
    /// not leave a WAL as large as the corpus beside the database. 16 MB: small uploads skip it.
    static let checkpointAfterBytes = 16 << 20

    enum Prepared {
        case unchanged(Int)
        case extracted(DocumentDraft, [String])
    }

    /// Reads, hashes and extracts one item (runs on a worker, touches no shared state).
    static func prepare(_ item: IngestItem, existing hash: String?, extractor: DocumentExtractor, isolation: ExtractionIsolation = .inProcess) -> Result<Prepared, IngestFailure> {
        let data: Data
        if let d = item.data {
            guard d.count <= extractor.limits.maxFileBytes else {
                return .failure(IngestFailure("\(item.fileName): filen er for stor (\(d.count >> 20) MB; grensen er \(extractor.limits.maxFileBytes >> 20) MB)."))
            }
            data = d
        } else if let path = item.path {
            switch FileReader.read(path, maxBytes: extractor.limits.maxFileBytes) {
            case .success(let d): data = d
            case .failure(let f): return .failure(f)
            }
        } else {
            return .failure(IngestFailure("\(item.fileName): verken fil eller innhold ble gitt."))
        }
        let contentHash = ContentHash.of(data)
        if ContentHash.matches(data, current: contentHash, stored: hash) { return .success(.unchanged(data.count)) }
        if item.plainText, let text = String(validating: data, as: UTF8.self), !text.isEmpty {
            return .success(.extracted(DocumentIndexing.plainDraft(for: item, text: text, byteSize: data.count, hash: contentHash), []))
        }
        if case .childProcess(let limits) = isolation, DocumentExtractor.usesCLibrary(data) {
            return IsolatedExtraction.extract(data, item: item, limits: limits, maxFileBytes: extractor.limits.maxFileBytes).map { extracted in
                .extracted(DocumentIndexing.draft(for: item, extracted: extracted, data: data, hash: contentHash), extracted.warnings)
            }
        }
        do {
            let extracted = try extractor.extract(data: data, fileName: item.fileName)
            return .success(.extracted(DocumentIndexing.draft(for: item, extracted: extracted, data: data, hash: contentHash), extracted.warnings))
        } catch {
            let where_ = item.path ?? item.fileName
            return .failure(IngestFailure(error.message.contains(item.fileName) ? (item.path.map { "\($0): " } ?? "") + error.message : "\(where_): \(error.message)"))
        }
    }
}

/// An extracted document waiting to be stored and indexed by its worker.
struct PendingDocument {
    var item: Int
    var draft: DocumentDraft
    /// The analysed body, when the ingest already needed it (near-duplicate signature).
    var body: AnalyzedBody?
}

/// Shared bookkeeping of one ingest batch (behind a mutex).
struct IngestState {
    var outcomes: [IngestReport.Outcome?]
    var done = 0
    var bytes = 0
    var failures = 0
    init(count: Int) { outcomes = Array(repeating: nil, count: count) }
}
