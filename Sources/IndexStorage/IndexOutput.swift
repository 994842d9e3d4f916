/// A write-once index file being streamed out: little-endian and varint encoders over a fixed
/// buffer that drains into the directory's temporary file, with a running CRC-32C. Writing a
/// file of any size costs one buffer of memory, not the file's size.
///
/// Usually made by `FileEnvelope.begin(_:kind:version:)` and closed by `FileEnvelope.finish(_:)`.
/// Dropping an output that was neither committed nor aborted aborts it (the temporary file is
/// removed); a crash leaves the temporary file for garbage collection. Not thread-safe: one
/// writer at a time.
public final class IndexOutput {
    /// Bytes buffered before they go to the file. 1 MiB: large enough that a `write(2)` costs
    /// little per byte (≈ 0.1 ms per call on the page cache), small enough to be negligible
    /// against the indexing memory budget even with one output per worker plus scratch files.
    public static let defaultBufferSize = 1 << 20

    public let name: String
    private let stream: any IndexOutputStream
    private let buffer: UnsafeMutableRawBufferPointer
    private var used = 0
    /// Bytes at the start of `buffer` already folded into `crc`.
    private var checksummed = 0
    private var crc: UInt32 = 0
    private var flushed = 0
    private var isOpen = true

    /// An output over `stream` (named `name` in errors).
    public init(name: String, stream: any IndexOutputStream, bufferSize: Int = IndexOutput.defaultBufferSize) {
        precondition(bufferSize >= 64, "the buffer must hold the largest single value")
        self.name = name
        self.stream = stream
        buffer = .allocate(byteCount: bufferSize, alignment: 16)
    }

    deinit {
        if isOpen { stream.abort() }
        buffer.deallocate()
    }

    /// Bytes written so far (the offset of the next byte in the file).
    public var count: Int { flushed + used }

    /// CRC-32C of every byte written so far.
    public var checksum: UInt32 {
        if checksummed < used {
            crc = CRC32.checksum(UnsafeRawBufferPointer(rebasing: buffer[checksummed..<used]), continuing: crc)
            checksummed = used
        }
        return crc
    }

    private func drain() throws(IndexStorageError) {
        guard used > 0 else { return }
        _ = checksum
        try stream.append(UnsafeRawBufferPointer(rebasing: buffer[0..<used]))
        flushed += used
        used = 0
        checksummed = 0
    }

    @inline(__always) private func reserve(_ n: Int) throws(IndexStorageError) {
        if used + n > buffer.count { try drain() }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws(IndexStorageError) {
        if bytes.count > buffer.count - used {
            try drain()
            if bytes.count >= buffer.count {
                crc = CRC32.checksum(bytes, continuing: crc)
                try stream.append(bytes)
                flushed += bytes.count
                return
            }
        }
        guard bytes.count > 0 else { return }
        (buffer.baseAddress! + used).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        used += bytes.count
    }

    public func write(_ bytes: [UInt8]) throws(IndexStorageError) {
        try withRawBytes(bytes) { (raw) throws(IndexStorageError) in try write(raw) }
    }

    public func writeByte(_ b: UInt8) throws(IndexStorageError) {
        try reserve(1)
        buffer[used] = b
        used += 1
    }

    /// LEB128 unsigned varint, as `ByteWriter.writeVarint`.
    public func writeVarint(_ value: UInt64) throws(IndexStorageError) {
        try reserve(Varint.maximumBytes)
        var offset = used
        Varint.store(value, at: &offset, in: buffer.baseAddress!)
        used = offset
    }

    public func writeUInt32(_ v: UInt32) throws(IndexStorageError) {
        try reserve(4)
        buffer.storeBytes(of: v.littleEndian, toByteOffset: used, as: UInt32.self)
        used += 4
    }

    public func writeUInt64(_ v: UInt64) throws(IndexStorageError) {
        try reserve(8)
        buffer.storeBytes(of: v.littleEndian, toByteOffset: used, as: UInt64.self)
        used += 8
    }

    /// Appends zero bytes until `count` is a multiple of `alignment`.
    public func align(to alignment: Int) throws(IndexStorageError) {
        while count % alignment != 0 { try writeByte(0) }
    }

    /// Appends everything written to `scratch`, through this output's buffer.
    public func write(contentsOf scratch: ScratchFile) throws(IndexStorageError) {
        try scratch.forEachChunk { (chunk) throws(IndexStorageError) in try write(chunk) }
    }

    /// Writes out the buffer and publishes the file (durably, under its name).
    public func commit() throws(IndexStorageError) {
        precondition(isOpen, "an output is committed or aborted once")
        do {
            try drain()
            isOpen = false
            try stream.commit()
        } catch {
            abort()
            throw error
        }
    }

    /// Drops the file being written. Safe to call more than once.
    public func abort() {
        isOpen = false
        used = 0
        stream.abort()
    }
}
