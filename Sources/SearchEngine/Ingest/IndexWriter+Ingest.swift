internal import DocumentStore
internal import Dispatch
internal import Foundation
internal import InvertedIndex
internal import SearchCore
internal import TextAnalysis
import Synchronization
internal import TextExtraction

extension IndexWriter {
    /// Indexes items. Items are extracted and analysed in parallel (`indexingWorkers`, each with
    /// its own segment builder and an equal share of the memory budget); the store assigns ids
    /// serially. The run commits durably every `ingestCommitInterval` (documents or seconds,
    /// whichever comes first) and at its end, so an interrupted run keeps what it committed and
    /// the next run skips those files by content hash. Bad items fail alone, with a message; a
    /// storage failure stops the run and loses only the documents since its last commit
    /// (`IngestProgress.itemsCommitted` says how many items were settled by then).
    public func ingest(_ items: [IngestItem], progress: (@Sendable (IngestProgress) -> Void)? = nil) throws(SearchEngineError) -> IngestReport {
        let started = DispatchTime.now().uptimeNanoseconds
        var initial = IngestState(count: items.count)

        // A key given twice in one run: the first wins, later ones fail with a reason.
        var seen: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            if let first = seen[item.externalKey] {
                let other = items[first].path ?? items[first].fileName
                initial.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .failed("\(item.path ?? item.fileName): har samme nøkkel «\(item.externalKey)» som \(other). Gi filene unike navn."), warnings: [])
            } else {
                seen[item.externalKey] = i
            }
        }
        let existing: [String: ExistingDocument]
        do { existing = try existingDocuments(for: items) } catch { throw SearchEngineError.wrap(error) }
        for (i, item) in items.enumerated() where initial.outcomes[i] == nil {
            guard let other = existing[item.externalKey]?.otherFile else { continue }
            let message = "\(item.path ?? item.fileName): nøkkelen «\(item.externalKey)» tilhører allerede \(other), som fortsatt finnes, og det dokumentet erstattes ikke. "
                + "Indekser mappene fra en felles overordnet mappe (f.eks. `kommunesok index kommuner`), så får filene hver sin nøkkel."
            initial.outcomes[i] = .init(externalKey: item.externalKey, path: item.path, status: .failed(message), warnings: [])
        }
        let run = IngestRun(items: items, existing: existing, index: index, state: initial, started: started, progress: progress)

        var segmentsWritten = 0
        repeat {
            segmentsWritten += try commitBatch { b throws -> Int in try ingestBatch(run, into: b) }
            let committed = run.state.withLock { s -> IngestProgress in
                s.committed = s.done
                return IngestProgress(itemsDone: s.done, itemsTotal: items.count, bytesDone: s.bytes, failures: s.failures,
                                      seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, itemsCommitted: s.committed)
            }
            progress?(committed)
        } while run.next.load(ordering: .relaxed) < items.count
        if Trace.enabled {
            let p = run.phases.withLock { $0 }
            Trace.log(String(format: "ingest: prepare %.2f s, store %.2f s (lock wait %.2f s), analyse %.2f s, flush %.2f s (summed over workers); wall %.2f s",
                             p.prepare, p.store, p.storeWait, p.analyze, p.flush, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))
        }
        if run.state.withLock({ $0.bytes }) > Self.checkpointAfterBytes {
            let t0 = DispatchTime.now().uptimeNanoseconds
            index.store.checkpoint()
            if Trace.enabled { Trace.log(String(format: "checkpoint %.2f s", Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)) }
        }
        var report = IngestReport()
        let final = run.state.withLock { $0 }
        report.outcomes = final.outcomes.compactMap { $0 }
        report.bytesRead = final.bytes
        report.segmentsWritten = segmentsWritten
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    /// The run's tail (see the early flush in `ingestBatch`): the last 5 % of the items, at least
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
}

/// An extracted document waiting to be stored and indexed by its worker.
struct PendingDocument {
    var item: Int
    var draft: DocumentDraft
    /// The analysed body, when the ingest already needed it (near-duplicate signature).
    var body: AnalyzedBody?
}

/// Shared bookkeeping of one ingest run (behind a mutex).
struct IngestState {
    var outcomes: [IngestReport.Outcome?]
    var done = 0
    /// Items settled (indexed, replaced, unchanged or failed) when the last commit landed.
    var committed = 0
    var bytes = 0
    var failures = 0
    init(count: Int) { outcomes = Array(repeating: nil, count: count) }
}
