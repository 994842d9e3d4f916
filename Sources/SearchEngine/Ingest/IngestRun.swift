internal import Dispatch
internal import DocumentStore
internal import Foundation
internal import InvertedIndex
internal import SearchCore
internal import TextAnalysis
internal import TextExtraction
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What the workers of one `ingest` call share across its commits: the items, the documents
/// they replace, the claim counter and the bookkeeping. Fixed before the first batch starts,
/// except what its mutexes and atomics guard.
final class IngestRun: @unchecked Sendable {
    let items: [IngestItem]
    /// The stored document each item replaces, by the item's key.
    let existing: [String: ExistingDocument]
    let configuration: SearchEngineConfiguration
    let extractor: DocumentExtractor
    let analyzer: Analyzer
    let started: UInt64
    let progress: (@Sendable (IngestProgress) -> Void)?
    /// The next item to claim; items are claimed once, whichever batch claims them.
    let next = Atomic<Int>(0)
    let state: Mutex<IngestState>
    let phases = Mutex(PhaseClock())

    init(items: [IngestItem], existing: [String: ExistingDocument], index: SearchIndex, state: IngestState, started: UInt64,
         progress: (@Sendable (IngestProgress) -> Void)?) {
        self.items = items
        self.existing = existing
        configuration = index.configuration
        extractor = DocumentExtractor(limits: configuration.extractionLimits)
        analyzer = index.analyzer
        self.state = Mutex(state)
        self.started = started
        self.progress = progress
    }
}

/// A stored document an ingest item replaces.
struct ExistingDocument {
    var id: DocumentID
    /// Its content hash; nil forces re-extraction (a document moving from its legacy key).
    var contentHash: String?
    /// Another file that still exists and is stored under the item's key: the item is refused
    /// rather than replacing that file's document.
    var otherFile: String?
}

extension IndexWriter {
    /// The stored documents the items replace, read once before the run (this writer holds the
    /// write lock, so nobody else changes them meanwhile). Only the items' keys are looked up:
    /// memory follows the run, not the collection.
    ///
    /// Migration from indexes whose file keys were names without extension: an item whose key is
    /// not stored but whose legacy key (`IngestItem.legacyKey`) is, and whose stored source path
    /// is this very file (same device and inode), replaces that document — it is re-indexed
    /// under the new key, once, instead of being duplicated. An empty index skips the lookup.
    func existingDocuments(for items: [IngestItem]) throws -> [String: ExistingDocument] {
        try index.store.read { tx in
            var result = try tx.keyIndex(for: items.map(\.externalKey)).mapValues { ExistingDocument(id: $0.id, contentHash: $0.contentHash) }
            guard manifest.documentCount > 0 else { return result }
            // A key stored for a different file that still exists (`index a/referat.txt`, then
            // `index b/referat.txt`) is not taken over silently. A stored file that is gone was
            // moved or renamed: its document is replaced.
            let files = items.filter { $0.path != nil && result[$0.externalKey] != nil }
            let storedPaths = try tx.sourcePaths(for: files.compactMap { result[$0.externalKey]?.id })
            for item in files {
                guard let path = item.path, let id = result[item.externalKey]?.id, let stored = storedPaths[id], stored != path,
                      FileManager.default.fileExists(atPath: stored), !Self.sameFile(stored, path)
                else { continue }
                result[item.externalKey]?.otherFile = stored
            }
            let candidates = items.filter { $0.legacyKey != nil && $0.path != nil && result[$0.externalKey] == nil }
            guard !candidates.isEmpty else { return result }
            let legacy = try tx.keyIndex(for: candidates.compactMap(\.legacyKey))
            guard !legacy.isEmpty else { return result }
            let stored = try tx.summaries(legacy.values.map(\.id))
            var claimed = Set<DocumentID>()
            for item in candidates {
                guard let key = item.legacyKey, let old = legacy[key], !claimed.contains(old.id),
                      let storedPath = stored[old.id]?.sourcePath, let path = item.path, Self.sameFile(storedPath, path)
                else { continue }
                claimed.insert(old.id)
                result[item.externalKey] = ExistingDocument(id: old.id, contentHash: nil)
            }
            return result
        }
    }

    /// Whether two paths name the same file (same device and inode; relative paths are taken
    /// from the current folder, as the paths were stored).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat()
        var sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
