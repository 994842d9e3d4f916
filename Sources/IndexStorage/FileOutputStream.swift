#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `FileSystemDirectory`'s output: appends go to `name.tmp`; `commit()` fsyncs it, renames it
/// to `name` and fsyncs the directory, so the file appears whole or not at all. `abort()` (or
/// dropping the stream uncommitted) unlinks the temporary file; a crash leaves it for the GC.
final class FileOutputStream: IndexOutputStream {
    private let directory: FileSystemDirectory
    private let name: String
    private let tmp: String
    private var fd: Int32

    init(directory: FileSystemDirectory, name: String) throws(IndexStorageError) {
        self.directory = directory
        self.name = name
        tmp = directory.fullPath(name + ".tmp")
        fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, FileSystemDirectory.fileMode)
        guard fd >= 0 else { throw FileSystemDirectory.ioError(tmp, "kunne ikke skrive indeksfil") }
        // The owner only, whatever the umask (which can only narrow open's mode).
        guard fchmod(fd, FileSystemDirectory.fileMode) == 0 else {
            let error = FileSystemDirectory.ioError(tmp, "kunne ikke sette tilgangen til indeksfil")
            abort()
            throw error
        }
    }

    deinit { abort() }

    func append(_ bytes: UnsafeRawBufferPointer) throws(IndexStorageError) {
        precondition(fd >= 0, "append after commit or abort")
        var written = 0
        while written < bytes.count {
            let n = systemWrite(fd, bytes.baseAddress! + written, bytes.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemDirectory.ioError(tmp, "skriving feilet")
            }
            written += n
        }
    }

    func commit() throws(IndexStorageError) {
        precondition(fd >= 0, "commit after commit or abort")
        guard fsync(fd) == 0 else { throw FileSystemDirectory.ioError(tmp, "fsync feilet") }
        close(fd)
        fd = -1
        guard rename(tmp, directory.fullPath(name)) == 0 else {
            let e = FileSystemDirectory.ioError(name, "kunne ikke gi indeksfilen sitt navn")
            unlink(tmp)
            throw e
        }
        try directory.syncDirectory()
    }

    func abort() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(tmp)
    }
}
