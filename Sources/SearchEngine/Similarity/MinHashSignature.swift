internal import CIntrinsics

/// A MinHash sketch of a document's body: for each of `hashCount` seeded hash functions, the
/// smallest hash over the document's word shingles (runs of `shingleLength` consecutive analysed
/// terms). The fraction of positions where two signatures agree estimates the Jaccard similarity
/// of the two shingle sets (Broder, "On the resemblance and containment of documents", 1997).
///
/// Stored with the document as `extra["minhash"]` (see `encoded`); documents indexed before
/// signatures existed get theirs computed from the stored text when needed.
public struct MinHashSignature: Sendable, Hashable {
    /// The minima, one per hash function.
    public let values: [UInt32]

    /// Hash functions per signature. The standard error of the Jaccard estimate is
    /// √(J(1−J)/128) ≤ 0.044 (measured rms 0.04), small beside the gap between near-duplicates
    /// (exact Jaccard ≥ 0.48 in Corpus) and other documents (≤ 0.09); 128 × 8 hex digits = 1 KiB
    /// per document in the store.
    public static let hashCount = 128
    /// Terms per shingle. Five analysed (stemmed, stop-word-free) terms are about eight running
    /// words: long enough that two independently written texts on one topic share few shingles,
    /// short enough that a changed municipality name or date spoils only the five shingles
    /// around it (Broder used 10 words on web pages; shorter texts need shorter shingles).
    public static let shingleLength = 5
    /// Seed of the hash family. Changing it (or the two constants above) makes stored
    /// signatures incomparable; bump `formatPrefix` then.
    static let seed: UInt64 = 0x4B6F_6D6D_756E_6573  // "Kommunes"
    /// The hash family: h_j(x) = (a_j·x + b_j) mod 2^64, top 32 bits (Dietzfelbinger's
    /// multiply-shift, with odd a_j), over a well-mixed 64-bit shingle hash x. One multiply-add
    /// per function instead of a full mixer keeps signatures to a few percent of indexing time.
    static let multipliers: [UInt64] = (0..<hashCount).map { mix(seed &+ UInt64(2 * $0)) | 1 }
    static let increments: [UInt64] = (0..<hashCount).map { mix(seed &+ UInt64(2 * $0 + 1)) }
    /// Prefix of the stored form, naming the parameters so that a later change is detected and
    /// the signature recomputed instead of compared.
    static let formatPrefix = "mh2-128-5:"
    /// The key in `DocumentDraft.extra`.
    public static let extraKey = "minhash"

    /// Creates a signature from its values (for decoding and tests).
    public init(values: [UInt32]) {
        self.values = values
    }

    /// The signature of a sequence of analysed terms; nil when there are none. A text shorter
    /// than one shingle is one shingle.
    public init?(terms: [String]) {
        self.init(termHashes: terms.map(Self.fnv1a))
    }

    /// The signature from the terms' `fnv1a` hashes, in text order (the indexer hashes the
    /// analyser's bytes without making Strings); nil when there are none.
    init?(termHashes: [UInt64]) {
        guard !termHashes.isEmpty else { return nil }
        let k = min(Self.shingleLength, termHashes.count)
        var minima = [UInt32](repeating: .max, count: Self.hashCount)
        // A repeated shingle folds to the same minima, so shingles are not deduplicated: a set
        // of them cost more (a SipHash per shingle) than folding the few repeats again.
        minima.withUnsafeMutableBufferPointer { m in
            for start in 0...(termHashes.count - k) {
                var h: UInt64 = 0x9E37_79B9_7F4A_7C15
                for i in start..<(start + k) { h = Self.mix(h ^ termHashes[i]) }
                Self.fold(h, into: m, vectorized: Self.hasAVX2)
            }
        }
        values = minima
    }

    /// Whether the processor has AVX2 for `fold` (checked once).
    static let hasAVX2 = kommunesok_minhash_avx2_available() != 0

    /// Folds shingle hash `h` into the minima: m[j] = min(m[j], h_j(h)) for every function j.
    /// `vectorized` runs the same arithmetic four functions at a time (`CIntrinsics`), bit for
    /// bit equal (a test compares the two).
    @inline(__always)
    static func fold(_ h: UInt64, into m: UnsafeMutableBufferPointer<UInt32>, vectorized: Bool) {
        multipliers.withUnsafeBufferPointer { a in
            increments.withUnsafeBufferPointer { b in
                if vectorized {
                    kommunesok_minhash_fold_avx2(m.baseAddress!, a.baseAddress!, b.baseAddress!, h, hashCount)
                    return
                }
                for j in 0..<hashCount {
                    let v = UInt32(truncatingIfNeeded: (a[j] &* h &+ b[j]) >> 32)
                    if v < m[j] { m[j] = v }
                }
            }
        }
    }

    /// Estimated Jaccard similarity of the two shingle sets: the fraction of equal minima.
    public func similarity(to other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var equal = 0
        for i in values.indices where values[i] == other.values[i] { equal += 1 }
        return Double(equal) / Double(values.count)
    }

    /// The stored form: `formatPrefix` then 8 lower-case hex digits per value.
    public var encoded: String {
        // Hex digits written straight into the string's storage: a `String(radix:)` and a
        // padding string per value were 3 % of a full ingest.
        let prefix = Array(Self.formatPrefix.utf8)
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: prefix.count + values.count * 8) { out in
            var n = 0
            for b in prefix {
                out[n] = b
                n += 1
            }
            digits.withUTF8Buffer { hex in
                for v in values {
                    for shift in stride(from: 28, through: 0, by: -4) {
                        out[n] = hex[Int((v >> UInt32(shift)) & 0xF)]
                        n += 1
                    }
                }
            }
            return n
        }
    }

    /// Decodes `encoded`; nil for another format version or damaged text. Parses the hex digits
    /// in place (no substring per value): search-time grouping decodes up to
    /// `NearDuplicateGrouping.maxDepth` signatures per query.
    public init?(encoded: String) {
        let prefix = Self.formatPrefix.utf8
        var out: [UInt32] = []
        out.reserveCapacity(Self.hashCount)
        let ok = encoded.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count == prefix.count + Self.hashCount * 8, bytes.starts(with: prefix) else { return false }
            var i = prefix.count
            for _ in 0..<Self.hashCount {
                var v: UInt32 = 0
                for _ in 0..<8 {
                    let c = bytes[i]
                    let digit: UInt8
                    switch c {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c &- UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c &- UInt8(ascii: "a") &+ 10
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c &- UInt8(ascii: "A") &+ 10
                    default: return false
                    }
                    v = v << 4 | UInt32(digit)
                    i += 1
                }
                out.append(v)
            }
            return true
        }
        if let ok {
            guard ok else { return nil }
        } else {
            // A bridged string without contiguous UTF-8: copy once and decode that.
            var copy = encoded
            copy.makeContiguousUTF8()
            guard let decoded = MinHashSignature(encoded: copy) else { return nil }
            out = decoded.values
        }
        values = out
    }

    /// FNV-1a over UTF-8: stable across runs and platforms (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { fnv1a(UnsafeRawBufferPointer($0)) }
    }

    /// 64-bit FNV-1a of a term's UTF-8 bytes.
    static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// SplitMix64's finaliser: a bijective mixer whose output bits all depend on every input bit.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
