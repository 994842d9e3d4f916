/// Lower-casing for the metadata rules, on UTF-8 bytes: ASCII `A`–`Z` and the Latin-1 capitals
/// `À`–`Þ` (`Æ Ø Å É Ü` among them). `String.lowercased()` maps every Unicode scalar through the
/// full case tables and was a tenth of a plain-text ingest; the rules look only for Norwegian
/// words, written in ASCII and Latin-1 letters, for which both agree (`LatinLowercasingTests`).
enum LatinLowercasing {
    /// `text`'s UTF-8 bytes with those capitals lower-cased.
    static func bytes(_ text: some StringProtocol) -> [UInt8] {
        lowered(Array(text.utf8))
    }

    /// UTF-8 bytes with those capitals lower-cased.
    static func lowered(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var i = 0
        while i < out.count {
            let b = out[i]
            if b &- 0x41 < 26 {
                out[i] = b | 0x20
            } else if b == 0xC3, i + 1 < out.count, isLatin1Capital(second: out[i + 1]) {
                out[i + 1] += 0x20
                i += 1
            }
            i += 1
        }
        return out
    }

    /// Whether `text` has a capital that `bytes(_:)` (or `lowercased()`) would change: only
    /// those words need lower-casing before a lookup.
    static func hasCapital(_ text: some StringProtocol) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if isCapital(b, after: previous) { return true }
            previous = b
        }
        return false
    }

    /// Whether byte `b`, after byte `previous`, makes its word one that `hasCapital` accepts:
    /// an ASCII capital, a Latin-1 capital's second byte, or any letter beyond Latin-1.
    @inline(__always)
    static func isCapital(_ b: UInt8, after previous: UInt8) -> Bool {
        b &- 0x41 < 26 || previous == 0xC3 && isLatin1Capital(second: b) || b >= 0xC4 && b < 0xF8
    }

    /// `À`–`Þ` without `×`: the second byte after 0xC3 is 0x80–0x9E, except 0x97.
    @inline(__always)
    static func isLatin1Capital(second b: UInt8) -> Bool {
        b &- 0x80 < 0x1F && b != 0x97
    }
}
