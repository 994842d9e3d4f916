import Synchronization

/// An `IndexDirectory` in memory, for tests: fast, and a place to inject faults and damage.
public final class InMemoryDirectory: IndexDirectory {
    private let files = Mutex<[String: [UInt8]]>([:])

    public init() {}

    public func writeFile(_ name: String, _ bytes: [UInt8]) throws(IndexStorageError) {
        files.withLock { $0[name] = bytes }
    }

    public func openFile(_ name: String) throws(IndexStorageError) -> ReadableFile {
        guard let bytes = files.withLock({ $0[name] }) else {
            throw IndexStorageError(.missingFile, file: name, message: "Indeksfilen \(name) mangler.")
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        return ReadableFile(name: name, bytes: UnsafeRawBufferPointer(rebasing: buffer[0..<bytes.count])) { b in
            UnsafeMutableRawPointer(mutating: b.baseAddress)?.deallocate()
        }
    }

    public func listFiles() throws(IndexStorageError) -> [String] {
        files.withLock { Array($0.keys) }.sorted()
    }

    public func deleteFile(_ name: String) throws(IndexStorageError) {
        _ = files.withLock { $0.removeValue(forKey: name) }
    }

    /// Test hook: replaces a file's bytes (to flip a byte or truncate).
    public func damage(_ name: String, _ transform: (inout [UInt8]) -> Void) {
        files.withLock { f in
            if var b = f[name] {
                transform(&b)
                f[name] = b
            }
        }
    }
}
