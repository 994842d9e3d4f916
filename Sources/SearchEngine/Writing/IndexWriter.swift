internal import Dispatch
internal import DocumentStore
internal import Foundation
internal import IndexStorage
internal import InvertedIndex
public import SearchCore
import Synchronization

/// The single writer of an index. Changes are made in batches; each batch is one atomic commit:
///
/// 1. new segment files and new deletion files are written and fsynced (`IndexDirectory`);
/// 2. the documents and the new manifest are committed in one SQLite transaction;
/// 3. files no longer referenced are deleted.
///
/// A crash before 2 leaves unreferenced files (removed at the next open) and the previous
/// commit intact; a crash after 2 leaves the new commit complete. Readers never see a
/// half-written batch because they read the manifest and documents in one SQLite snapshot.
///
/// One caller at a time (the CLI, or the server's writer actor): batches are not reentrant.
/// `@unchecked Sendable` because a batch's worker threads share it, touching only what the
/// batch mutex guards or what does not change during a batch.
public final class IndexWriter: @unchecked Sendable {
    let index: SearchIndex
    private let lock: WriteLock
    /// The last committed manifest.
    private(set) var manifest: SegmentManifest
    /// Where each live document is: segment number and local doc.
    private var locations: [DocumentID: (segment: Int, doc: UInt32)] = [:]
    /// Committed deletions per segment number.
    private var deletions: [Int: DeletionSet] = [:]

    init(index: SearchIndex) throws(SearchEngineError) {
        AllocatorTuning.apply
        self.index = index
        lock = try WriteLock(directory: index.path)
        do {
            manifest = try index.store.read { tx in try index.committedManifest(tx) }
            for s in manifest.segments {
                let reader = try index.cache.reader(s.fileName)
                // Opening verified the checksum, touching every page; none is needed now.
                reader.advise(.releaseResidentPages)
                let del = try s.deletionsFileName.map { name throws(IndexError) in try index.cache.deletionSet(name, documentCount: reader.documentCount) }
                if let del { deletions[s.number] = del }
                for d in 0..<reader.documentCount where del?.contains(UInt32(d)) != true {
                    locations[reader.documentID(UInt32(d))] = (s.number, UInt32(d))
                }
            }
        } catch {
            throw SearchEngineError.wrap(error)
        }
        collectGarbage()
    }

    /// Removes index files the committed manifest does not reference (leftovers of a crash or
    /// of segments merged away). Never touches files that are not the index's own.
    func collectGarbage() {
        let keep = manifest.referencedFiles
        guard let files = try? index.directory.listFiles() else { return }
        for f in files where SegmentManifest.isIndexFile(f) && !keep.contains(f) {
            try? index.directory.deleteFile(f)
        }
    }

    /// A batch being prepared inside one SQLite write transaction.
    final class Batch: @unchecked Sendable {
        let tx: WriteTransaction
        var manifest: SegmentManifest
        var deletions: [Int: DeletionSet]
        var changedDeletions = Set<Int>()
        var newLocations: [DocumentID: (segment: Int, doc: UInt32)] = [:]
        var removedLocations: [DocumentID] = []
        var writtenFiles: [String] = []
        var segmentsWritten = 0
        let mutex = Mutex(())

        init(tx: WriteTransaction, manifest: SegmentManifest, deletions: [Int: DeletionSet]) {
            self.tx = tx
            self.manifest = manifest
            self.deletions = deletions
        }
    }

    /// Runs `body` as one atomic commit.
    func commitBatch<T>(_ body: (Batch) throws -> T) throws(SearchEngineError) -> T {
        var batch: Batch?
        let result: T
        let t0 = DispatchTime.now().uptimeNanoseconds
        var bodyDone = t0
        defer {
            if Trace.enabled {
                let now = DispatchTime.now().uptimeNanoseconds
                Trace.log(String(format: "commit batch total %.2f s (SQLite commit %.2f s)", Double(now - t0) / 1e9, Double(now - bodyDone) / 1e9))
            }
        }
        do {
            result = try index.store.write { tx in
                let b = Batch(tx: tx, manifest: manifest, deletions: deletions)
                batch = b
                let r = try body(b)
                try self.writeDeletionFiles(b)
                b.manifest.generation += 1
                let body = try JSONEncoder().encode(b.manifest)
                try tx.setManifest(generation: b.manifest.generation, body: body)
                bodyDone = DispatchTime.now().uptimeNanoseconds
                return r
            }
        } catch {
            // Rolled back: the files this batch wrote are garbage.
            for f in batch?.writtenFiles ?? [] { try? index.directory.deleteFile(f) }
            throw SearchEngineError.wrap(error)
        }
        if let b = batch {
            manifest = b.manifest
            deletions = b.deletions
            for id in b.removedLocations { locations[id] = nil }
            for (id, loc) in b.newLocations { locations[id] = loc }
        }
        collectGarbage()
        return result
    }

    private func writeDeletionFiles(_ b: Batch) throws {
        for number in b.changedDeletions {
            guard let i = b.manifest.segments.firstIndex(where: { $0.number == number }), let set = b.deletions[number] else { continue }
            let gen = (b.manifest.segments[i].deletionGeneration ?? 0) + 1
            let name = SegmentManifest.deletionsFileName(number, gen)
            try index.directory.writeFile(name, set.encoded())
            b.writtenFiles.append(name)
            b.manifest.segments[i].deletionGeneration = gen
            b.manifest.segments[i].deletedCount = set.deletedCount
        }
    }

    /// Marks a committed or batch-new document deleted in its segment (the row is deleted by the caller).
    func markDeleted(_ id: DocumentID, in b: Batch) {
        b.mutex.withLock { _ in markDeletedLocked(id, in: b) }
    }

    /// `markDeleted` for callers that already hold the batch mutex.
    func markDeletedLocked(_ id: DocumentID, in b: Batch) {
        guard let loc = b.newLocations[id] ?? locations[id] else { return }
        let count = b.manifest.segments.first { $0.number == loc.segment }?.documentCount ?? 0
        var set = b.deletions[loc.segment] ?? DeletionSet(documentCount: count)
        set.insert(loc.doc)
        b.deletions[loc.segment] = set
        b.changedDeletions.insert(loc.segment)
        b.removedLocations.append(id)
        b.newLocations[id] = nil
    }

    /// Streams a builder into a new segment file and adds it to the batch's manifest.
    func flush(_ builder: SegmentBuilder, ids: [DocumentID], into b: Batch) throws {
        guard !builder.isEmpty else { return }
        let number = b.mutex.withLock { _ in
            defer { b.manifest.nextSegmentNumber += 1 }
            return b.manifest.nextSegmentNumber
        }
        let name = SegmentManifest.segmentFileName(number)
        let size = try builder.write(to: index.directory, name: name)
        b.mutex.withLock { _ in
            b.writtenFiles.append(name)
            b.manifest.segments.append(.init(number: number, documentCount: builder.documentCount, sizeInBytes: size))
            for (i, id) in ids.enumerated() { b.newLocations[id] = (number, UInt32(i)) }
            b.segmentsWritten += 1
        }
    }

    /// Deletes documents by key. Returns how many existed.
    @discardableResult
    public func delete(externalKeys: [String]) throws(SearchEngineError) -> Int {
        try commitBatch { b in
            var n = 0
            for key in externalKeys {
                if let id = try b.tx.delete(externalKey: key) {
                    markDeleted(id, in: b)
                    n += 1
                }
            }
            return n
        }
    }

    /// Deletes one document by id. Returns whether it existed.
    @discardableResult
    public func delete(_ id: DocumentID) throws(SearchEngineError) -> Bool {
        try commitBatch { b in
            guard try b.tx.delete(id) else { return false }
            markDeleted(id, in: b)
            return true
        }
    }

    /// The committed deletions of a segment.
    func currentDeletions(_ number: Int) -> DeletionSet? { deletions[number] }

    /// Live documents in the last commit.
    public var documentCount: Int { manifest.documentCount }
}
