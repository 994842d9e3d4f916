/// The last bytes of a word as the suffix steps read them: `tail[k]` is the k-th byte from
/// `end` (k ≥ 1), or 0 when that byte lies before R1, so a suffix matches only inside R1.
struct RegionTail {
    let word: WordBytes
    /// One past the last byte of the word as it currently stands.
    let end: Int
    /// Start of R1; bytes before it read as 0.
    let r1: Int

    @inline(__always)
    subscript(k: Int) -> UInt8 {
        word.byte(at: end - k, notBefore: r1)
    }

    /// Whether "het" ends at the k-th byte from the end (bytes k, k+1, k+2 are t, e, h).
    @inline(__always)
    func hasHet(endingAt k: Int) -> Bool {
        self[k] == Letter.t && self[k + 1] == Letter.e && self[k + 2] == Letter.h
    }
}
