/// The Snowball Norwegian stemmer (https://snowballstem.org/algorithms/norwegian/stemmer.html),
/// as of Snowball 3.0: it reproduces the official test vocabulary (`voc.txt` → `output.txt`).
///
/// The algorithm only ever removes ASCII letters from the end of a word, so a stem is always a
/// prefix of its word: the stemmer computes the stem's length in UTF-8 bytes and never writes.
/// It works on UTF-8 bytes; æ, ø, å (and ê, ò, ó, ô) are recognised as two-byte vowels.
/// Input is expected to be lower-cased already. Any input is accepted: bytes that are not
/// Norwegian letters are simply consonants to the algorithm.
public enum NorwegianStemmer {
    /// The rules every public entry point uses: the current Snowball algorithm.
    static let productRevision = SnowballRevision.snowball3

    /// Stems one lower-cased word, for example `"kommunene"` → `"kommun"`.
    ///
    /// Returns the word itself (no copy) when nothing is removed; a stem of at most 15 UTF-8
    /// bytes is a small string and costs no allocation.
    public static func stem(_ word: String) -> String {
        stemString(word, revision: productRevision)
    }

    /// Stems in place the lower-cased UTF-8 word in `buffer`, returns the new length (never longer).
    ///
    /// The stem is always the first `n` bytes of the word, so the bytes of `buffer` are left as
    /// they are; only `buffer[..<n]` is the stem. Allocation-free.
    public static func stem(utf8 buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        stemmedLength(of: UnsafeBufferPointer(buffer), revision: productRevision)
    }

    /// The String entry point for a chosen rule revision.
    @inline(__always)
    static func stemString(_ word: String, revision: SnowballRevision) -> String {
        var word = word
        return word.withUTF8 { bytes in
            let length = stemmedLength(of: bytes, revision: revision)
            if length == bytes.count {
                return nil
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
        } ?? word
    }

    /// Length in bytes of the stem of the UTF-8 word `bytes`: steps 1–3 of the algorithm.
    @inline(__always)
    static func stemmedLength(of bytes: UnsafeBufferPointer<UInt8>, revision: SnowballRevision) -> Int {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return 0
        }
        let word = WordBytes(base: base, count: bytes.count)
        let r1 = word.r1Start(revision: revision)
        if r1 >= word.count {
            // Every step removes a suffix that lies inside R1: nothing can change.
            return word.count
        }
        var end = MainSuffixStep.apply(to: word, r1: r1, revision: revision)
        end = ConsonantPairStep.apply(to: word, end: end, r1: r1)
        end = OtherSuffixStep.apply(to: word, end: end, r1: r1)
        return end
    }
}
