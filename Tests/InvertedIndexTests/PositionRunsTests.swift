import TestRandomness
import Testing

@testable import InvertedIndex

/// `skipVarints`, the word-at-a-time varint skipper that merges (and position reads) rely on to
/// find document boundaries in position lists, against decoding the varints one by one.
struct PositionRunsTests {
    /// Seeded varint streams of every length from 1 to 5 bytes, skipped from every start and for
    /// every count (including ones that run past the end, which must answer nil).
    @Test(arguments: [1 as UInt64, 2, 20261203])
    func skipAgreesWithDecoding(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var bytes: [UInt8] = []
        var ends: [Int] = []  // ends[k]: the offset just past varint k
        for _ in 0..<300 {
            let width = 1 + Int(rng.next() % 5)
            let low: UInt64 = width == 1 ? 0 : 1 << (7 * UInt64(width - 1))
            let value = low + rng.next() % ((1 << (7 * UInt64(width))) - low)
            writeVarint(&bytes, value)
            ends.append(bytes.count)
        }
        bytes.withUnsafeBufferPointer { b in
            let base = b.baseAddress!
            for (first, start) in ([0] + ends.dropLast()).enumerated() where first % 7 == 0 || first < 20 {
                for count in 1...(ends.count - first + 2) {
                    let expected = first + count - 1 < ends.count ? ends[first + count - 1] : nil
                    let got = skipVarints(count, in: base, from: start, end: b.count)
                    #expect(got == expected, "seed \(seed): \(count) varints from \(start)")
                }
            }
        }
    }

    /// A stream cut inside its last varint has no end for it.
    @Test func truncatedStreamHasNoEnd() {
        var bytes: [UInt8] = []
        for v: UInt64 in [5, 300, 70_000, 1, 2, 3, 4, 5, 6, 7, 8, 9] { writeVarint(&bytes, v) }
        writeVarint(&bytes, 1 << 30)
        let cut = Array(bytes.dropLast())
        cut.withUnsafeBufferPointer { b in
            #expect(skipVarints(12, in: b.baseAddress!, from: 0, end: b.count) == cut.count - 4)
            #expect(skipVarints(13, in: b.baseAddress!, from: 0, end: b.count) == nil)
        }
    }
}
