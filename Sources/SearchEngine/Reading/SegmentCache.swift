internal import IndexStorage
internal import InvertedIndex
import Synchronization

/// Opened segment readers and deletion sets, shared by every snapshot of one `SearchIndex`.
/// Files are immutable, so a reader opened once serves all later snapshots; entries no manifest
/// references are dropped when a new snapshot is taken.
final class SegmentCache: Sendable {
    let directory: FileSystemDirectory
    private let readers = Mutex<[String: SegmentReader]>([:])
    private let deletions = Mutex<[String: DeletionSet]>([:])

    init(directory: FileSystemDirectory) {
        self.directory = directory
    }

    func reader(_ name: String) throws(IndexError) -> SegmentReader {
        if let r = readers.withLock({ $0[name] }) { return r }
        let r = try SegmentReader(directory: directory, name: name)
        readers.withLock { $0[name] = r }
        return r
    }

    func deletionSet(_ name: String, documentCount: Int) throws(IndexError) -> DeletionSet {
        if let d = deletions.withLock({ $0[name] }) { return d }
        let file: ReadableFile
        do { file = try directory.openFile(name) } catch { throw IndexError(error) }
        let d = try DeletionSet.load(file.bytes, file: name, expectedDocumentCount: documentCount)
        deletions.withLock { $0[name] = d }
        return d
    }

    /// Forgets files that `live` does not name.
    func retain(only live: Set<String>) {
        readers.withLock { $0 = $0.filter { live.contains($0.key) } }
        deletions.withLock { $0 = $0.filter { live.contains($0.key) } }
    }
}
