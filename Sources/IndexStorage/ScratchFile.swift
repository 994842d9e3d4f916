#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary bytes written once and read back once, never published: a section of a file being
/// streamed whose place in the file comes after a section still being written (a segment's
/// positions and dictionary are produced alongside its postings but stored after them).
///
/// On disk it is an unlinked file (no name survives the process, not even a crash); in memory
/// (tests, `InMemoryDirectory`) an array. Writes are buffered like `IndexOutput`'s.
public final class ScratchFile {
    /// Buffered bytes before a `write(2)`. 256 KiB: scratch sections are written in small pieces
    /// (one term at a time), and two or three of them exist per segment being written.
    public static let bufferSize = 256 << 10

    private enum Storage {
        case file(Int32)
        case memory([UInt8])
    }

    public let name: String
    private var storage: Storage
    private var buffer: [UInt8] = []
    private var flushed = 0

    /// A scratch file held in memory.
    public init(inMemory name: String) {
        self.name = name
        storage = .memory([])
    }

    /// A scratch file on disk: created in `directory` and unlinked at once, so it only lives as
    /// long as this object (or the process).
    public init(inDirectory directory: String, name: String) throws(IndexStorageError) {
        self.name = name
        let path = directory + "/" + name
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileSystemDirectory.ioError(path, "kunne ikke lage en midlertidig fil") }
        unlink(path)
        storage = .file(fd)
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if case .file(let fd) = storage { close(fd) }
    }

    /// Bytes written so far.
    public var count: Int { flushed + buffer.count }

    public func write(_ bytes: UnsafeRawBufferPointer) throws(IndexStorageError) {
        switch storage {
        case .memory(var m):
            storage = .memory([])
            m.append(contentsOf: bytes)
            storage = .memory(m)
            flushed = m.count
        case .file:
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.bufferSize { try drain() }
        }
    }

    public func write(_ bytes: [UInt8]) throws(IndexStorageError) {
        try withRawBytes(bytes) { (raw) throws(IndexStorageError) in try write(raw) }
    }

    private func drain() throws(IndexStorageError) {
        guard case .file(let fd) = storage, !buffer.isEmpty else { return }
        var failure: IndexStorageError?
        buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = FileSystemDirectory.ioError(name, "skriving til midlertidig fil feilet")
                    return
                }
                done += n
            }
        }
        if let failure { throw failure }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with the content in order, in pieces of at most the buffer size.
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws(IndexStorageError) -> Void) throws(IndexStorageError) {
        switch storage {
        case .memory(let m):
            try withRawBytes(m) { (raw) throws(IndexStorageError) in try body(raw) }
        case .file(let fd):
            try drain()
            let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.bufferSize, alignment: 16)
            defer { chunk.deallocate() }
            var offset = 0
            while offset < flushed {
                let n = pread(fd, chunk.baseAddress!, min(chunk.count, flushed - offset), off_t(offset))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw FileSystemDirectory.ioError(name, "lesing av midlertidig fil feilet") }
                try body(UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
                offset += n
            }
        }
    }
}

/// `write(2)`, reachable from types that have a `write` method of their own.
func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, p, n)
}
