/// Where index files live. Files are write-once: a file appears whole (atomic rename after
/// fsync) or not at all, and is never modified afterwards, only deleted.
public protocol IndexDirectory: Sendable {
    /// Writes `bytes` as `name`, durably: when this returns, the file survives a crash.
    func writeFile(_ name: String, _ bytes: [UInt8]) throws(IndexStorageError)
    /// Starts streaming a file `name`: nothing of that name is visible until the stream's
    /// `commit()`, which makes it durable as `writeFile` does. The default collects the bytes in
    /// memory and calls `writeFile` at commit; `FileSystemDirectory` streams to `name.tmp`.
    func createOutputStream(_ name: String) throws(IndexStorageError) -> any IndexOutputStream
    /// A temporary file for a section written now and copied into an output later; `name` is a
    /// hint for errors (and, on disk, the short-lived directory entry). The default is in memory.
    func createScratchFile(_ name: String) throws(IndexStorageError) -> ScratchFile
    /// Opens a file for reading; the returned view stays valid while the `ReadableFile` lives.
    func openFile(_ name: String) throws(IndexStorageError) -> ReadableFile
    /// The names of all files in the directory (no sub-directories).
    func listFiles() throws(IndexStorageError) -> [String]
    /// Removes a file; removing a missing file is not an error.
    func deleteFile(_ name: String) throws(IndexStorageError)
}

extension IndexDirectory {
    public func createOutputStream(_ name: String) throws(IndexStorageError) -> any IndexOutputStream {
        CollectingOutputStream { (bytes) throws(IndexStorageError) in try self.writeFile(name, bytes) }
    }

    public func createScratchFile(_ name: String) throws(IndexStorageError) -> ScratchFile {
        ScratchFile(inMemory: name)
    }

    /// A buffered, checksummed output streaming to a new file `name` (see `IndexOutput`).
    public func createOutput(_ name: String) throws(IndexStorageError) -> IndexOutput {
        IndexOutput(name: name, stream: try createOutputStream(name))
    }
}

/// Immutable bytes of an opened index file (mmap'd, or held in memory by tests).
public final class ReadableFile: @unchecked Sendable {
    /// How the bytes will be read next, passed to the kernel for mapped files (`madvise`).
    public enum Access: Sendable {
        /// Front to back once (a merge): read ahead aggressively.
        case sequential
        /// The resident pages are not needed now: drop them from this process's memory (they
        /// stay in the page cache, so touching them again is a cheap minor fault).
        case releaseResidentPages
    }

    public let name: String
    public let bytes: UnsafeRawBufferPointer
    private let release: @Sendable (UnsafeRawBufferPointer) -> Void
    private let advise: (@Sendable (UnsafeRawBufferPointer, Access) -> Void)?

    /// `release` frees the bytes when the file is dropped; `advise`, if given, applies an
    /// `Access` hint (mapped files); without it hints are ignored.
    public init(
        name: String, bytes: UnsafeRawBufferPointer, release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void,
        advise: (@Sendable (UnsafeRawBufferPointer, Access) -> Void)? = nil
    ) {
        self.name = name
        self.bytes = bytes
        self.release = release
        self.advise = advise
    }

    /// A copy of the bytes. (`Array(file.bytes)` on a temporary `ReadableFile` may read freed
    /// memory: the file can be released as soon as `bytes` is fetched.)
    public func copyBytes() -> [UInt8] {
        withExtendedLifetime(self) { Array(bytes) }
    }

    /// Passes an access hint to the operating system (a no-op for files held in memory).
    public func advise(_ access: Access) {
        advise?(bytes, access)
    }

    deinit { release(bytes) }
}
