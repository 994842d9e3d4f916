/// LEB128 unsigned varints written straight into memory the caller has reserved: the one
/// encoder behind `IndexOutput.writeVarint` and the postings encoder's position lists (hot
/// loops where a growable buffer's per-byte checks cost more than the encoding).
public enum Varint {
    /// The most bytes one varint takes (a `UInt64`).
    public static let maximumBytes = 10

    /// Writes `value` at `base + offset` and advances `offset` past it. The caller guarantees
    /// `maximumBytes` (or, for a value known to fit 32 bits, five) writable bytes there.
    @inlinable @inline(__always)
    public static func store(_ value: UInt64, at offset: inout Int, in base: UnsafeMutableRawPointer) {
        var v = value
        while v >= 0x80 {
            base.storeBytes(of: UInt8(truncatingIfNeeded: v) | 0x80, toByteOffset: offset, as: UInt8.self)
            offset += 1
            v >>= 7
        }
        base.storeBytes(of: UInt8(v), toByteOffset: offset, as: UInt8.self)
        offset += 1
    }
}
