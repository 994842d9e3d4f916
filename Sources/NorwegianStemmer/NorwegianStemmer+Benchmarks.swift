/// Entry points for the benchmark package, which checks this stemmer against the C Snowball
/// library. Not part of the stable API.
extension NorwegianStemmer {
    /// Stems the UTF-8 word in `buffer` with the rules of `revision`; returns the stem's length.
    @_spi(Benchmarks)
    public static func stem(utf8 buffer: UnsafeMutableBufferPointer<UInt8>, revision: SnowballRevision) -> Int {
        switch revision {
        case .snowball2:
            stemmedLength(of: UnsafeBufferPointer(buffer), revision: .snowball2)
        case .snowball3:
            stemmedLength(of: UnsafeBufferPointer(buffer), revision: .snowball3)
        }
    }

    /// Stems `word` with the rules of `revision`.
    @_spi(Benchmarks)
    public static func stem(_ word: String, revision: SnowballRevision) -> String {
        switch revision {
        case .snowball2:
            stemString(word, revision: .snowball2)
        case .snowball3:
            stemString(word, revision: .snowball3)
        }
    }
}
