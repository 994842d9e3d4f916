internal import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The folder a backup is written to, laid out like an index (`documents.sqlite`,
/// `segments/`), created with mode 0700 and files 0600: a backup holds every document,
/// restricted ones included.
struct BackupFolder {
    /// A file of the commit being copied was removed before the backup could open it.
    struct VanishedFile: Error {
        var name: String
    }

    /// Bytes per read when a file is copied rather than linked: large enough that the system
    /// call overhead vanishes next to the disk, small enough to stay out of the way of a server.
    static let copyChunkBytes = 1 << 20

    let path: String
    var databasePath: String { path + "/documents.sqlite" }
    var segmentsPath: String { path + "/segments" }

    /// Checks and creates the target: it must be new, or an empty folder, and not inside the
    /// index (the writer's garbage collection and the backup must never meet).
    static func prepare(_ target: String, indexPath: String) throws(SearchEngineError) -> BackupFolder {
        let absolute = URL(fileURLWithPath: target).standardizedFileURL.resolvingSymlinksInPath().path
        let index = URL(fileURLWithPath: indexPath).standardizedFileURL.resolvingSymlinksInPath().path
        if absolute == index || absolute.hasPrefix(index + "/") {
            throw SearchEngineError(.invalidArgument, "Sikkerhetskopien kan ikke ligge i indeksmappen «\(indexPath)». Velg en mappe utenfor den.")
        }
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: absolute, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw SearchEngineError(.invalidArgument, "«\(target)» finnes og er en fil, ikke en mappe. Velg en ny eller tom mappe for sikkerhetskopien.")
            }
            let contents = (try? fm.contentsOfDirectory(atPath: absolute)) ?? []
            guard contents.isEmpty else {
                throw SearchEngineError(.invalidArgument, "Mappen «\(target)» finnes og er ikke tom (\(contents.count) filer). Velg en ny eller tom mappe; en sikkerhetskopi skriver aldri over filer.")
            }
        }
        do {
            try fm.createDirectory(atPath: absolute, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try fm.createDirectory(atPath: absolute + "/segments", withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SearchEngineError(.storage, "Kunne ikke opprette mappen «\(target)» for sikkerhetskopien (\(error.localizedDescription)). Kontroller at du har skrivetilgang.")
        }
        chmod(absolute, 0o700)
        return BackupFolder(path: absolute)
    }

    /// Puts `name` into the backup: a hard link to `source` when that is the very file open
    /// as `descriptor`, else a copy read from the descriptor. Returns its size and which it was.
    func secure(_ name: String, from source: String, descriptor: Int32) throws -> (bytes: Int, linked: Bool) {
        let destination = segmentsPath + "/" + name
        var opened = stat()
        guard fstat(descriptor, &opened) == 0 else { throw Self.ioError("kunne ikke lese segmentfilen", source) }
        if link(source, destination) == 0 {
            var linked = stat()
            if stat(destination, &linked) == 0, linked.st_ino == opened.st_ino, linked.st_dev == opened.st_dev {
                return (Int(opened.st_size), true)
            }
            unlink(destination)
        }
        try copy(descriptor, to: destination)
        return (Int(opened.st_size), false)
    }

    private func copy(_ descriptor: Int32, to destination: String) throws {
        let out = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw Self.ioError("kunne ikke opprette kopien", destination) }
        defer { close(out) }
        var buffer = [UInt8](repeating: 0, count: Self.copyChunkBytes)
        var offset: off_t = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, Self.copyChunkBytes, offset) }
            guard n >= 0 else { throw Self.ioError("kunne ikke lese segmentfilen for", destination) }
            if n == 0 { break }
            var written = 0
            while written < n {
                let w = buffer.withUnsafeBytes { write(out, $0.baseAddress! + written, n - written) }
                guard w > 0 else { throw Self.ioError("kunne ikke skrive", destination) }
                written += w
            }
            offset += off_t(n)
        }
        guard fsync(out) == 0 else { throw Self.ioError("fsync feilet for", destination) }
    }

    /// fsync of both folders, so the links and names survive a crash right after the backup.
    func syncFolders() throws {
        for folder in [segmentsPath, path] {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw Self.ioError("kunne ikke åpne mappen", folder) }
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw Self.ioError("fsync feilet for mappen", folder) }
        }
    }

    /// Removes what a failed attempt wrote, keeping the (empty) folders for the next attempt.
    func removeContents() {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: segmentsPath)) ?? [] {
            try? fm.removeItem(atPath: segmentsPath + "/" + name)
        }
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? fm.removeItem(atPath: databasePath + suffix)
        }
    }

    static func ioError(_ what: String, _ file: String) -> SearchEngineError {
        SearchEngineError(.storage, "Sikkerhetskopien mislyktes: \(what) «\(file)» (\(String(cString: strerror(errno)))). Kontroller disken og tilgangen, og prøv igjen med en tom mappe.")
    }
}
