/// Where index files live. Files are write-once: a file appears whole (atomic rename after
/// fsync) or not at all, and is never modified afterwards, only deleted.
public protocol IndexDirectory: Sendable {
    /// Writes `bytes` as `name`, durably: when this returns, the file survives a crash.
    func writeFile(_ name: String, _ bytes: [UInt8]) throws(IndexStorageError)
    /// Opens a file for reading; the returned view stays valid while the `ReadableFile` lives.
    func openFile(_ name: String) throws(IndexStorageError) -> ReadableFile
    /// The names of all files in the directory (no sub-directories).
    func listFiles() throws(IndexStorageError) -> [String]
    /// Removes a file; removing a missing file is not an error.
    func deleteFile(_ name: String) throws(IndexStorageError)
}

/// Immutable bytes of an opened index file (mmap'd, or held in memory by tests).
public final class ReadableFile: @unchecked Sendable {
    public let name: String
    public let bytes: UnsafeRawBufferPointer
    private let release: @Sendable (UnsafeRawBufferPointer) -> Void

    public init(name: String, bytes: UnsafeRawBufferPointer, release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.name = name
        self.bytes = bytes
        self.release = release
    }

    deinit { release(bytes) }
}
