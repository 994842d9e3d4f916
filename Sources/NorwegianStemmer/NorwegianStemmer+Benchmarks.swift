/// Entry points for the benchmark package, which checks this stemmer against the C Snowball
/// library. Not part of the stable API.
extension NorwegianStemmer {
    /// Stems the UTF-8 word in `buffer` with the rules of `revision`; returns the stem's length.
    @_spi(Benchmarks)
    public static func stem(utf8 buffer: UnsafeMutableBufferPointer<UInt8>, revision: SnowballRevision) -> Int {
        stemmedLength(of: UnsafeBufferPointer(buffer), revision: revision)
    }

    /// Stems `word` with the rules of `revision`.
    @_spi(Benchmarks)
    public static func stem(_ word: String, revision: SnowballRevision) -> String {
        stemString(word, revision: revision)
    }
}
