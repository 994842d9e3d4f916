internal import Foundation
internal import DocumentStore

/// A hash of a file's bytes that detects changed files on re-index: XXH64 (seed 0), written as
/// `xxh64:` and 16 hex digits. Not cryptographic — it only has to tell a user's edited file from
/// the unchanged one; two different versions of one file collide with a chance of about 2⁻⁶⁴.
///
/// XXH64 reads 32 bytes per step in four independent lanes, so hashing costs a few percent of
/// what reading the file does. Indexes made before it store FNV-1a (16 hex digits, no prefix),
/// which hashed one byte per multiply — 3 % of a bulk ingest's CPU; `matches` still understands
/// those, so an unchanged file is never re-indexed because of the switch, and its next change
/// stores the new form.
enum ContentHash {
    static let prefix = "xxh64:"

    static func of(_ data: Data) -> String {
        let h = data.withUnsafeBytes { XXH64.hash($0) }
        return prefix + hex(h)
    }

    /// Whether `data`, whose hash (`of`) is `current`, has the stored hash `stored` (either
    /// form; nil for a new document).
    static func matches(_ data: Data, current: String, stored: String?) -> Bool {
        guard let stored else { return false }
        if stored.hasPrefix(prefix) { return current == stored }
        return legacyFNV1a(data) == stored
    }

    /// The hash indexes stored before XXH64: 64-bit FNV-1a as 16 hex digits.
    static func legacyFNV1a(_ data: Data) -> String {
        hex(data.withUnsafeBytes { MinHashSignature.fnv1a($0) })
    }

    private static func hex(_ h: UInt64) -> String {
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
