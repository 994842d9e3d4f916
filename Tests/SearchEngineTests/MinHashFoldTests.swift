import TestRandomness
import Testing

@testable import SearchEngine

/// The MinHash fold in AVX2 vectors equals the scalar loop bit for bit (on a processor without
/// AVX2 both calls take the scalar path and the test still holds).
struct MinHashFoldTests {
    @Test(arguments: [11 as UInt64, 20261203])
    func vectorizedFoldEqualsScalar(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        #expect(MinHashSignature.hashCount % 4 == 0, "the vector fold takes four functions at a time")
        var scalar = [UInt32](repeating: .max, count: MinHashSignature.hashCount)
        var vector = scalar
        for round in 0..<2_000 {
            // Mostly random hashes, some extremes (0, all ones, high bit only).
            let h: UInt64 = round % 100 == 0 ? [0, .max, 1 << 63][round / 100 % 3] : rng.next()
            scalar.withUnsafeMutableBufferPointer { MinHashSignature.fold(h, into: $0, vectorized: false) }
            vector.withUnsafeMutableBufferPointer { MinHashSignature.fold(h, into: $0, vectorized: MinHashSignature.hasAVX2) }
            if scalar != vector {
                Issue.record("seed \(seed): minima differ after round \(round) (hash \(h))")
                return
            }
        }
        #expect(scalar.contains { $0 < UInt32.max / 1000 }, "2,000 folds drive the minima down")
    }

    /// The stored form: the format prefix, then eight lower-case hex digits per value.
    @Test func encodingIsPrefixAndZeroPaddedHex() {
        var values = [UInt32](repeating: 0x0102_ABCD, count: MinHashSignature.hashCount)
        values[0] = 0
        values[1] = 0xDEAD_BEEF
        values[2] = 0xF
        let encoded = MinHashSignature(values: values).encoded
        #expect(encoded == "mh2-128-5:" + "00000000" + "deadbeef" + "0000000f" + String(repeating: "0102abcd", count: values.count - 3))
        #expect(MinHashSignature(encoded: encoded)?.values == values)
    }
}
