/// A bounds-checked little-endian cursor over immutable bytes (usually an mmap'd file).
/// Every read past the end throws `corrupted` naming the file: decoding damaged bytes never crashes.
public struct ByteReader {
    public let base: UnsafeRawBufferPointer
    public var offset: Int
    public let file: String

    public init(_ base: UnsafeRawBufferPointer, offset: Int = 0, file: String) {
        self.base = base
        self.offset = offset
        self.file = file
    }

    public var remaining: Int { base.count - offset }
    public var isAtEnd: Bool { offset >= base.count }

    @inline(__always) func need(_ n: Int) throws(IndexStorageError) {
        if n < 0 || offset + n > base.count || offset < 0 {
            throw .corrupted(file, "les forbi slutten ved byte \(offset)")
        }
    }

    public mutating func readByte() throws(IndexStorageError) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return base[offset]
    }

    public mutating func readUInt16() throws(IndexStorageError) -> UInt16 {
        try need(2)
        defer { offset += 2 }
        return UInt16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    public mutating func readUInt32() throws(IndexStorageError) -> UInt32 {
        try need(4)
        defer { offset += 4 }
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    public mutating func readUInt64() throws(IndexStorageError) -> UInt64 {
        try need(8)
        defer { offset += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    public mutating func readFloat64() throws(IndexStorageError) -> Double {
        Double(bitPattern: try readUInt64())
    }

    public mutating func readVarint() throws(IndexStorageError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            try need(1)
            let b = base[offset]
            offset += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
            if shift > 63 { throw .corrupted(file, "ugyldig varint ved byte \(offset)") }
        }
    }

    /// A varint that must fit the given bound (a count or an offset into this file).
    public mutating func readVarint(atMost bound: Int) throws(IndexStorageError) -> Int {
        let v = try readVarint()
        guard v <= UInt64(bound) else { throw .corrupted(file, "verdi \(v) over grensen \(bound) ved byte \(offset)") }
        return Int(v)
    }

    public mutating func readBytes(_ n: Int) throws(IndexStorageError) -> UnsafeRawBufferPointer {
        try need(n)
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + n)])
    }

    public mutating func skip(_ n: Int) throws(IndexStorageError) {
        try need(n)
        offset += n
    }
}
