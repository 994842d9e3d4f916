#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An `IndexDirectory` on disk. Writes go to `name.tmp`, are fsynced, renamed into place and the
/// directory is fsynced, so a crash at any point leaves either no file or the whole file.
/// Reads use mmap: the OS page cache is the cache, and readers never copy.
public struct FileSystemDirectory: IndexDirectory {
    public let path: String

    /// Mode of a directory this type creates: the owner only. An index holds every document's
    /// text, restricted ones included, so other local users must not list or read it.
    static let directoryMode: mode_t = 0o700
    /// Mode of every file written here, for the same reason.
    static let fileMode: mode_t = 0o600

    /// Opens (creating if needed) the directory at `path`.
    public init(path: String) throws(IndexStorageError) {
        self.path = path
        var st = stat()
        if stat(path, &st) != 0 {
            if mkdir(path, Self.directoryMode) != 0 {
                if errno != EEXIST { throw Self.ioError(path, "kunne ikke opprette indeksmappen") }
            } else if chmod(path, Self.directoryMode) != 0 {
                // mkdir's mode passes through the umask; chmod sets it exactly.
                throw Self.ioError(path, "kunne ikke sette tilgangen til indeksmappen")
            }
        } else if (st.st_mode & S_IFMT) != S_IFDIR {
            throw IndexStorageError(.io, file: path, message: "\(path) finnes, men er ikke en mappe. Velg en annen indeksmappe med --index.")
        }
    }

    static func ioError(_ file: String, _ what: String) -> IndexStorageError {
        let reason = String(cString: strerror(errno))
        return IndexStorageError(.io, file: file, message: "\(what): \(file) (\(reason)).")
    }

    func fullPath(_ name: String) -> String { path + "/" + name }

    public func writeFile(_ name: String, _ bytes: [UInt8]) throws(IndexStorageError) {
        let stream = try FileOutputStream(directory: self, name: name)
        do {
            try withRawBytes(bytes) { (raw) throws(IndexStorageError) in try stream.append(raw) }
            try stream.commit()
        } catch {
            stream.abort()
            throw error
        }
    }

    /// Streams to `name.tmp`; `commit()` fsyncs, renames and fsyncs the directory.
    public func createOutputStream(_ name: String) throws(IndexStorageError) -> any IndexOutputStream {
        try FileOutputStream(directory: self, name: name)
    }

    /// An unlinked file in this directory (same disk as the index, never in RAM).
    public func createScratchFile(_ name: String) throws(IndexStorageError) -> ScratchFile {
        try ScratchFile(inDirectory: path, name: name)
    }

    /// fsync on the directory makes the rename itself durable.
    public func syncDirectory() throws(IndexStorageError) {
        let dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { throw Self.ioError(path, "kunne ikke åpne indeksmappen") }
        defer { close(dfd) }
        guard fsync(dfd) == 0 else { throw Self.ioError(path, "fsync av mappen feilet") }
    }

    public func openFile(_ name: String) throws(IndexStorageError) -> ReadableFile {
        let full = fullPath(name)
        let fd = open(full, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT {
                throw IndexStorageError(.missingFile, file: name, message: "Indeksfilen \(name) mangler. Kjør `kommunesok check`; bygg indeksen på nytt om den ikke kan repareres.")
            }
            throw Self.ioError(name, "kunne ikke åpne indeksfil")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Self.ioError(name, "kunne ikke lese filstørrelsen") }
        let size = Int(st.st_size)
        guard size > 0 else { throw IndexStorageError.corrupted(name, "filen er tom") }
        guard let p = mmap(nil, size, PROT_READ, MAP_SHARED, fd, 0), p != MAP_FAILED else {
            throw Self.ioError(name, "mmap feilet")
        }
        let bytes = UnsafeRawBufferPointer(start: p, count: size)
        return ReadableFile(
            name: name, bytes: bytes,
            release: { b in munmap(UnsafeMutableRawPointer(mutating: b.baseAddress), b.count) },
            advise: { b, access in
                // The mapping starts on a page boundary and covers whole pages.
                let advice: Int32
                switch access {
                case .sequential: advice = MADV_SEQUENTIAL
                case .releaseResidentPages: advice = MADV_DONTNEED
                }
                madvise(UnsafeMutableRawPointer(mutating: b.baseAddress), b.count, advice)
            })
    }

    public func listFiles() throws(IndexStorageError) -> [String] {
        guard let dir = opendir(path) else { throw Self.ioError(path, "kunne ikke lese indeksmappen") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names.sorted()
    }

    public func deleteFile(_ name: String) throws(IndexStorageError) {
        if unlink(fullPath(name)) != 0 && errno != ENOENT {
            throw Self.ioError(name, "kunne ikke slette indeksfil")
        }
    }
}
