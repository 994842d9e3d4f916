public import Foundation
public import DocumentStore
public import InvertedIndex
public import QueryEngine
public import SearchCore

/// One commit's view of the index: immutable, Sendable, searchable from any thread.
public struct IndexSnapshot: Sendable {
    public let manifest: SegmentManifest
    public let searcher: Searcher
    let index: SearchIndex

    public var generation: Int64 { manifest.generation }
    /// Live (not deleted) documents.
    public var documentCount: Int { manifest.documentCount }

    /// Runs an analysed query.
    public func search(_ query: Query, limit: Int, offset: Int = 0, counting: HitCounting = .standard) throws(SearchEngineError) -> SearchResults {
        do {
            return try searcher.search(query, limit: limit, offset: offset, counting: counting)
        } catch {
            throw SearchEngineError(error)
        }
    }

    /// Stored documents for hits (one query). Documents deleted after this snapshot was taken
    /// are simply absent.
    public func documents(_ ids: [DocumentID]) throws(SearchEngineError) -> [DocumentID: StoredDocument] {
        do {
            return try index.store.read { try $0.documents(ids) }
        } catch {
            throw SearchEngineError.wrap(error)
        }
    }

    /// The external keys of hits, without reading their text or metadata (a TREC run, key
    /// listings). Documents deleted after this snapshot was taken are absent.
    public func externalKeys(_ ids: [DocumentID]) throws(SearchEngineError) -> [DocumentID: String] {
        do {
            return try index.store.read { try $0.externalKeys(ids) }
        } catch {
            throw SearchEngineError.wrap(error)
        }
    }

    /// Stored documents for hits, skipping damaged ones: a document whose row cannot be read or
    /// whose checksum fails is left out, with a note naming it (for `ResultPage.notes`), so one
    /// bad row does not fail a whole search.
    func loadDocuments(_ ids: [DocumentID], notes: inout [String]) throws(SearchEngineError) -> [DocumentID: StoredDocument] {
        let batch: DocumentBatch
        do {
            batch = try index.store.read { try $0.loadDocuments(ids) }
        } catch {
            throw SearchEngineError.wrap(error)
        }
        for id in batch.damaged.keys.sorted() {
            notes.append("Et treff ble utelatt fordi det er skadet i dokumentlageret: \(batch.damaged[id]?.message ?? "dokument \(id)") Kjør `kommunesok check`.")
        }
        return batch.documents
    }

    public func document(externalKey: String) throws(SearchEngineError) -> StoredDocument? {
        do {
            return try index.store.read { try $0.document(externalKey: externalKey) }
        } catch {
            throw SearchEngineError.wrap(error)
        }
    }

    /// The original bytes of an uploaded document, when they were kept (`IngestItem.keepOriginal`);
    /// nil when the document does not exist or its original was not kept.
    public func originalFile(_ id: DocumentID) throws(SearchEngineError) -> Data? {
        do {
            return try index.store.read { try $0.originalFile(id) }
        } catch {
            throw SearchEngineError.wrap(error)
        }
    }

    /// Total bytes of the segment files (and deletion files) this snapshot uses.
    public var indexSizeInBytes: Int { manifest.segments.reduce(0) { $0 + $1.sizeInBytes } }
}

extension IndexSnapshot {
    /// Keys of stored documents whose source path lies under one of `roots` (for `--sync`).
    public func documentKeys(under roots: [String]) throws(SearchEngineError) -> [String] {
        do {
            return try index.store.read { tx in
                try tx.allSummaries().filter { s in
                    guard let p = s.sourcePath else { return false }
                    let full = p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
                    let normalized = URL(fileURLWithPath: full).standardizedFileURL.path
                    return roots.contains { normalized == $0 || normalized.hasPrefix($0 + "/") }
                }.map(\.externalKey)
            }
        } catch {
            throw SearchEngineError.wrap(error)
        }
    }
}
