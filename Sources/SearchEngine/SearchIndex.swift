internal import DocumentStore
internal import Foundation
internal import IndexStorage
internal import InvertedIndex
internal import QueryEngine
public import TextAnalysis

/// An index on disk: the entry point. `snapshot()` gives a consistent view to search;
/// `openWriter()` gives the single writer. Layout of the directory:
/// ```
/// <path>/documents.sqlite   documents, metadata, the segment manifest (SQLite, WAL)
/// <path>/segments/          immutable segment files s<N>.seg and deletions s<N>_<gen>.del
/// <path>/write.lock         held (flock) by the one writer
/// ```
public final class SearchIndex: Sendable {
    public let path: String
    public let configuration: SearchEngineConfiguration
    public let analyzer: Analyzer
    /// `configuration.synonyms` analysed once with `analyzer`.
    let synonyms: SynonymTable
    let store: DocumentStore
    let directory: FileSystemDirectory
    let cache: SegmentCache

    /// How often a snapshot retries when a writer in another process removed a segment file
    /// between reading the manifest and opening it (the retry reads the newer manifest).
    static let snapshotRetries = 5

    /// Opens the index at `path`, creating it when absent.
    public init(path: String, configuration: SearchEngineConfiguration = SearchEngineConfiguration()) throws(SearchEngineError) {
        self.path = path
        self.configuration = configuration
        analyzer = Analyzer.norwegian(configuration.analyzer)
        // A rebuild killed between the two renames of its fallback switch left the old index
        // beside this path (`IndexRebuild`): it is put back before an empty index is created here.
        if !FileManager.default.fileExists(atPath: path) { IndexRebuild.recoverInterruptedSwitch(path) }
        synonyms = SynonymTable(configuration.synonyms, builder: QueryBuilder(analyzer: analyzer), weight: configuration.synonymWeight)
        do {
            _ = try FileSystemDirectory(path: path)
            directory = try FileSystemDirectory(path: path + "/segments")
        } catch {
            throw SearchEngineError(.storage, error.message)
        }
        do {
            store = try DocumentStore(path: path + "/documents.sqlite")
        } catch {
            throw SearchEngineError(error)
        }
        cache = SegmentCache(directory: directory)
    }

    /// The committed manifest (empty for a new index).
    func committedManifest(_ tx: ReadTransaction) throws -> SegmentManifest {
        try decodeManifest(tx.manifest()?.body)
    }

    /// A stored manifest body (nil: none yet, an empty index) as a manifest.
    func decodeManifest(_ body: Data?) throws -> SegmentManifest {
        guard let body else { return SegmentManifest() }
        do {
            return try JSONDecoder().decode(SegmentManifest.self, from: body)
        } catch {
            throw SearchEngineError(.corrupted, "Segmentlisten i \(store.path) kan ikke leses (\(error)). Bygg indeksen på nytt med `kommunesok index --rebuild`.")
        }
    }

    /// A consistent view of the last commit: searching it never sees half a batch.
    public func snapshot() throws(SearchEngineError) -> IndexSnapshot {
        var attempt = 0
        while true {
            do {
                let manifest = try store.read { tx in try committedManifest(tx) }
                var views: [SegmentView] = []
                for s in manifest.segments {
                    let reader = try cache.reader(s.fileName)
                    let deletions = try s.deletionsFileName.map { name throws(IndexError) in
                        try cache.deletionSet(name, documentCount: reader.documentCount)
                    }
                    views.append(SegmentView(reader: reader, deletions: deletions))
                }
                cache.retain(only: manifest.referencedFiles)
                let searcher = Searcher(
                    segments: views, parameters: configuration.bm25, weights: configuration.fieldWeights,
                    decompounder: configuration.decompounding ? Decompounder(analyzer: analyzer) : nil,
                    limits: configuration.queryLimits)
                return IndexSnapshot(manifest: manifest, searcher: searcher, index: self)
            } catch let e as IndexError where e.storage?.code == .missingFile && attempt < Self.snapshotRetries {
                attempt += 1
            } catch {
                throw SearchEngineError.wrap(error)
            }
        }
    }

    /// Closes the document store cleanly: its write-ahead log is copied into the database and
    /// truncated (`DocumentStore.close`), so no WAL is left on disk. Also happens when the
    /// index is released; later use throws. Call it when a server stops.
    public func close() {
        store.close()
    }

    /// The single writer. Fails with `.locked` while another writer (in any process) is open.
    public func openWriter() throws(SearchEngineError) -> IndexWriter {
        try IndexWriter(index: self)
    }
}

extension SearchIndex {
    /// Bytes of the document store on disk, its write-ahead log included (recent commits live
    /// there until a checkpoint copies them into the main file).
    public var documentStoreSizeInBytes: Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + (((try? FileManager.default.attributesOfItem(atPath: path + "/documents.sqlite" + suffix))?[.size] as? Int) ?? 0)
        }
    }
}
