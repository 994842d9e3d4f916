/// The raw side of a file being written once: bytes are appended to a temporary file that no
/// reader sees, then `commit()` publishes it whole under its name (or `abort()` drops it).
///
/// Directories implement this; code that writes index files uses `IndexOutput`, which buffers,
/// checksums and counts on top of it. A crash before `commit()` returns leaves at most the
/// temporary file (`name.tmp`), which the writer's garbage collection removes.
public protocol IndexOutputStream: AnyObject {
    /// Appends bytes to the temporary file.
    func append(_ bytes: UnsafeRawBufferPointer) throws(IndexStorageError)
    /// Makes the file durable and visible under its name; afterwards the stream is closed.
    func commit() throws(IndexStorageError)
    /// Drops the temporary file; the name stays unused. Safe to call more than once.
    func abort()
}

/// An `IndexOutputStream` that collects the bytes in memory and hands them to a whole-file
/// write at `commit()`: the default for directories without a streaming path (tests, wrappers).
final class CollectingOutputStream: IndexOutputStream {
    private var bytes: [UInt8] = []
    private var publish: (([UInt8]) throws(IndexStorageError) -> Void)?

    init(publish: @escaping ([UInt8]) throws(IndexStorageError) -> Void) {
        self.publish = publish
    }

    func append(_ bytes: UnsafeRawBufferPointer) throws(IndexStorageError) {
        self.bytes.append(contentsOf: bytes)
    }

    func commit() throws(IndexStorageError) {
        guard let publish else { return }
        self.publish = nil
        let b = bytes
        bytes = []
        try publish(b)
    }

    func abort() {
        publish = nil
        bytes = []
    }
}

/// `withUnsafeBytes` for a body with typed throws (the standard library's is `rethrows`).
@inline(__always)
func withRawBytes<R>(_ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(IndexStorageError) -> R) throws(IndexStorageError) -> R {
    var result: Result<R, IndexStorageError>?
    bytes.withUnsafeBytes { raw in
        result = Result { () throws(IndexStorageError) -> R in try body(raw) }
    }
    return try result!.get()
}
