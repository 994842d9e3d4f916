import CLibStemmer

/// The C Snowball library's Norwegian stemmer (libstemmer, UTF-8). One instance is not
/// thread-safe: the stem it returns lives in the stemmer's own buffer until the next call.
final class CSnowballStemmer {
    private let stemmer: OpaquePointer

    init() throws(BenchmarkFailure) {
        guard let stemmer = sb_stemmer_new("norwegian", "UTF_8") else {
            throw BenchmarkFailure("libstemmer has no Norwegian UTF-8 stemmer: install libstemmer-dev (apt-get install -y libstemmer-dev)")
        }
        self.stemmer = stemmer
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// Stems `word`; the result is valid until the next call.
    @inline(__always)
    func stem(_ word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let stem = sb_stemmer_stem(stemmer, word.baseAddress, Int32(word.count))
        return UnsafeBufferPointer(start: stem, count: Int(sb_stemmer_length(stemmer)))
    }
}
