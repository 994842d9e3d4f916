internal import CIntrinsics

/// CRC-32C (Castagnoli). Chosen over CRC-32/IEEE for its better error detection on short bursts,
/// and because processors compute it with one instruction (SSE 4.2, ARMv8 CRC): every index file
/// ends with the CRC of all bytes before it, and opening a segment checks it, so a merge or a
/// commit checksums everything it reads and writes. The instruction is used where the processor
/// has it (3–5× the speed of the table); slicing-by-8 in software is the fallback, and a test
/// holds the two equal.
public enum CRC32 {
    /// Whether this processor computes CRC-32C in hardware (checked once).
    static let hasHardware = kommunesok_crc32c_available() != 0
    /// Castagnoli polynomial, reflected.
    static let polynomial: UInt32 = 0x82F6_3B78

    static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = (c & 1) != 0 ? (c >> 1) ^ polynomial : c >> 1 }
            t[i] = c
        }
        for i in 0..<256 {
            for k in 1..<8 { t[k * 256 + i] = (t[(k - 1) * 256 + i] >> 8) ^ t[Int(t[(k - 1) * 256 + i] & 0xFF)] }
        }
        return t
    }()

    /// The checksum of `bytes`, continuing from `crc` (pass the previous result to chain).
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard hasHardware, let base = bytes.baseAddress else { return softwareChecksum(bytes, continuing: crc) }
        return ~kommunesok_crc32c_update(~crc, base, bytes.count)
    }

    /// `checksum` with the tables alone, whatever the processor.
    static func softwareChecksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        var c = ~crc
        var i = 0
        let n = bytes.count
        tables.withUnsafeBufferPointer { t in
            while i + 8 <= n {
                let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian ^ UInt64(c)
                c = t[7 * 256 + Int(word & 0xFF)] ^ t[6 * 256 + Int((word >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((word >> 16) & 0xFF)] ^ t[4 * 256 + Int((word >> 24) & 0xFF)]
                    ^ t[3 * 256 + Int((word >> 32) & 0xFF)] ^ t[2 * 256 + Int((word >> 40) & 0xFF)]
                    ^ t[1 * 256 + Int((word >> 48) & 0xFF)] ^ t[Int(word >> 56)]
                i += 8
            }
            while i < n {
                c = t[Int((c ^ UInt32(bytes[i])) & 0xFF)] ^ (c >> 8)
                i += 1
            }
        }
        return ~c
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
