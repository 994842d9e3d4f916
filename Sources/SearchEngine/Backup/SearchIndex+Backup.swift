internal import DocumentStore
internal import Foundation
internal import IndexStorage
internal import InvertedIndex

#if canImport(Glibc)
import Glibc
#endif

extension SearchIndex {
    /// How often a backup starts over when a file of its commit vanished before it was opened
    /// (a writer committed and removed it in the moment between the backup's read transaction
    /// and the `open`). Each retry reads the newer commit; under a steady stream of uploads a
    /// second attempt practically always succeeds, and five bounds the work if it does not.
    static let backupAttempts = 5

    /// Copies one commit of this index, while it is being searched and written, into the new
    /// or empty folder `target`, as an index that `SearchIndex(path:)` opens and `check` passes:
    ///
    /// 1. one read transaction on the store fixes the commit; the manifest read in it names
    ///    the segment and deletion files, which are opened at once, so a writer that removes
    ///    them after a later commit cannot take them away (an open file outlives its name);
    /// 2. SQLite's online backup API copies the store in that same transaction;
    /// 3. each file is hard-linked (files are write-once, so a link is a true copy), checked to
    ///    be the file that was opened, and otherwise copied from the open descriptor.
    ///
    /// Refuses a `target` that exists and is not an empty folder, or lies inside the index.
    public func backup(to target: String) throws(SearchEngineError) -> BackupReport {
        let backup = try BackupFolder.prepare(target, indexPath: path)
        var attempt = 0
        while true {
            attempt += 1
            do {
                var report = try backupOnce(into: backup)
                report.attempts = attempt
                return report
            } catch let vanished as BackupFolder.VanishedFile where attempt < Self.backupAttempts {
                _ = vanished
                backup.removeContents()
            } catch {
                backup.removeContents()
                if let vanished = error as? BackupFolder.VanishedFile {
                    throw SearchEngineError(.storage, "Sikkerhetskopien ga opp etter \(attempt) forsøk: filen \(vanished.name) ble slettet av nye commits hver gang før den kunne sikres. Prøv igjen når det er færre opplastinger.")
                }
                throw SearchEngineError.wrap(error)
            }
        }
    }

    private func backupOnce(into backup: BackupFolder) throws -> BackupReport {
        var pinned: [(name: String, descriptor: Int32)] = []
        defer { for file in pinned { Glibc.close(file.descriptor) } }
        let manifest = try store.backup(to: backup.databasePath) { row in
            let manifest = try decodeManifest(row?.body)
            for name in manifest.referencedFiles.sorted() {
                let descriptor = open(directory.path + "/" + name, O_RDONLY | O_CLOEXEC)
                guard descriptor >= 0 else {
                    if errno == ENOENT { throw BackupFolder.VanishedFile(name: name) }
                    throw BackupFolder.ioError("kunne ikke åpne segmentfilen", directory.path + "/" + name)
                }
                pinned.append((name, descriptor))
            }
            return manifest
        }
        var report = BackupReport(
            path: backup.path, generation: manifest.generation, documentCount: manifest.documentCount,
            segmentFiles: pinned.count, linkedFiles: 0, copiedFiles: 0, segmentBytes: 0, attempts: 1)
        for file in pinned {
            let copy = try backup.secure(file.name, from: directory.path + "/" + file.name, descriptor: file.descriptor)
            report.segmentBytes += copy.bytes
            if copy.linked { report.linkedFiles += 1 } else { report.copiedFiles += 1 }
        }
        try backup.syncFolders()
        return report
    }
}
