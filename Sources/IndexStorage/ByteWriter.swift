/// An append-only little-endian byte buffer: the encoder side of every index file.
public struct ByteWriter: Sendable {
    public private(set) var bytes: [UInt8]

    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public var count: Int { bytes.count }

    public mutating func writeByte(_ b: UInt8) { bytes.append(b) }

    public mutating func write(_ other: some Sequence<UInt8>) { bytes.append(contentsOf: other) }

    /// LEB128 unsigned varint: 7 bits a byte, high bit set on all but the last.
    public mutating func writeVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func writeVarint(_ value: UInt32) { writeVarint(UInt64(value)) }
    public mutating func writeVarint(_ value: Int) { writeVarint(UInt64(value)) }

    public mutating func writeUInt16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func writeUInt32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func writeUInt64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func writeFloat64(_ v: Double) { writeUInt64(v.bitPattern) }

    /// Overwrites four bytes at `offset` (for back-patched lengths and offsets).
    public mutating func patchUInt32(_ v: UInt32, at offset: Int) {
        withUnsafeBytes(of: v.littleEndian) { raw in
            for i in 0..<4 { bytes[offset + i] = raw[i] }
        }
    }

    /// Appends zero bytes until the length is a multiple of `alignment`.
    public mutating func align(to alignment: Int) {
        while bytes.count % alignment != 0 { bytes.append(0) }
    }

    /// Gives the buffer away (avoids a copy when the writer is done).
    public mutating func take() -> [UInt8] {
        let b = bytes
        bytes = []
        return b
    }
}
