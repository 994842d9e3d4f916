/// A read-only view of one word's UTF-8 bytes with the few bounds-safe reads the steps need.
///
/// Reads before the start of the word, or before a region's start, yield 0, a byte that no
/// suffix contains, so a suffix test simply fails there. Reads never go past `count`.
struct WordBytes {
    let base: UnsafePointer<UInt8>
    /// Length of the whole word in bytes; every `end` handed to the steps is at most this.
    let count: Int

    /// The byte at `index`, or 0 when `index` is before the start of the word.
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index >= 0 ? base[index] : 0
    }

    /// The byte at `index`, or 0 when `index` is before `limit` (a region start, never negative).
    @inline(__always)
    func byte(at index: Int, notBefore limit: Int) -> UInt8 {
        index >= limit ? base[index] : 0
    }

    /// Whether the character whose last byte is at `index` is a vowel (`index` must be in the
    /// word). A continuation byte counts as a vowel only when it ends a two-byte vowel.
    @inline(__always)
    func isVowel(endingAt index: Int, revision: SnowballRevision) -> Bool {
        let last = base[index]
        if last < 0x80 {
            return LetterClass.isASCIIVowel(last)
        }
        return index >= 1 && base[index - 1] == Letter.latin1Lead
            && LetterClass.isLatin1VowelTail(last, revision: revision)
    }

    /// Width in bytes of the vowel that starts at `index` (< `count`), or 0 if it is no vowel.
    @inline(__always)
    func vowelWidth(at index: Int, revision: SnowballRevision) -> Int {
        let first = base[index]
        if first < 0x80 {
            return LetterClass.isASCIIVowel(first) ? 1 : 0
        }
        if first == Letter.latin1Lead, index + 1 < count,
            LetterClass.isLatin1VowelTail(base[index + 1], revision: revision)
        {
            return 2
        }
        return 0
    }

    /// Width in bytes of the character that starts at `index` (< `count`), judged by its lead
    /// byte as the Snowball C runtime does and clipped to the word (so never 0, never past it).
    @inline(__always)
    func characterWidth(at index: Int) -> Int {
        let lead = base[index]
        let width = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return min(width, count - index)
    }
}
