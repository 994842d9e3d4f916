internal import Foundation

/// A 64-bit FNV-1a hash of a file's bytes, as 16 hex digits: detects changed files on re-index.
/// Not cryptographic — it only has to tell a user's edited file from the unchanged one; the
/// chance of two different versions of one file colliding is about 2⁻⁶⁴.
enum ContentHash {
    static func of(_ data: Data) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        data.withUnsafeBytes { raw in
            for b in raw {
                h ^= UInt64(b)
                h &*= 0x0000_0100_0000_01B3
            }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
