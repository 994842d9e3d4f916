/// Fixed-width bit-packing of one postings block (`PostingsFormat.blockSize` values).
///
/// `width` bits per value, little-endian bit order, values packed back to back; a block of 128
/// values at width w takes exactly 16·w bytes (so width 0 — all zero — takes no bytes).
enum BitPacking {
    /// Bits needed for the largest value in `values`.
    static func width(of values: UnsafeBufferPointer<UInt32>) -> Int {
        var acc: UInt32 = 0
        for v in values { acc |= v }
        return acc == 0 ? 0 : 32 - acc.leadingZeroBitCount
    }

    static func packedSize(count: Int, width: Int) -> Int { (count * width + 7) / 8 }

    /// Appends `values` packed at `width` bits to `out`.
    static func pack(_ values: UnsafeBufferPointer<UInt32>, width: Int, into out: inout [UInt8]) {
        guard width > 0 else { return }
        var acc: UInt64 = 0
        var bits = 0
        for v in values {
            acc |= UInt64(v) << UInt64(bits)
            bits += width
            while bits >= 8 {
                out.append(UInt8(truncatingIfNeeded: acc))
                acc >>= 8
                bits -= 8
            }
        }
        if bits > 0 { out.append(UInt8(truncatingIfNeeded: acc)) }
    }

    /// Reads `count` values of `width` bits from `source` (which must hold `packedSize` bytes).
    @inline(__always)
    static func unpack(_ source: UnsafeRawPointer, count: Int, width: Int, into out: UnsafeMutablePointer<UInt32>) {
        guard width > 0 else {
            out.update(repeating: 0, count: count)
            return
        }
        let mask: UInt64 = width == 32 ? 0xFFFF_FFFF : (UInt64(1) << UInt64(width)) - 1
        let byteCount = packedSize(count: count, width: width)
        var bitPos = 0
        for i in 0..<count {
            let byte = bitPos >> 3
            let shift = UInt64(bitPos & 7)
            // Read 8 bytes when they are inside the packed area; near its end, assemble byte by byte.
            var word: UInt64
            if byte + 8 <= byteCount {
                word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: byte, as: UInt64.self))
            } else {
                word = 0
                var k = 0
                while byte + k < byteCount {
                    word |= UInt64(source.load(fromByteOffset: byte + k, as: UInt8.self)) << UInt64(8 * k)
                    k += 1
                }
            }
            out[i] = UInt32(truncatingIfNeeded: (word >> shift) & mask)
            bitPos += width
        }
    }
}
