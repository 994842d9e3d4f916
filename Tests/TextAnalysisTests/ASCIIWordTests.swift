import TestRandomness
import Testing

@testable import TextAnalysis

/// The tokenizer's eight-bytes-at-a-time letter test against the bytewise one: every byte
/// value in every lane (with neighbours that would expose a carry), and seeded random words.
struct ASCIIWordTests {
    static func bytewise(_ word: UInt64) -> UInt64 {
        var mask: UInt64 = 0
        for k in 0..<8 where ASCII.isLetter(UInt8(truncatingIfNeeded: word >> (8 * UInt64(k)))) {
            mask |= 0x80 << (8 * UInt64(k))
        }
        return mask
    }

    @Test func everyByteInEveryLane() {
        for lane in 0..<8 {
            for value in 0...255 {
                for filler: UInt8 in [0x00, 0x41, 0x7A, 0x7F, 0xC3, 0xFF] {
                    var word = UInt64(filler) &* 0x0101_0101_0101_0101
                    word &= ~(0xFF << (8 * UInt64(lane)))
                    word |= UInt64(value) << (8 * UInt64(lane))
                    #expect(ASCII.letterMask(word) == Self.bytewise(word), "byte \(value) in lane \(lane) among \(filler)")
                }
            }
        }
    }

    @Test(arguments: [3 as UInt64, 20261203])
    func randomWords(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        for _ in 0..<20_000 {
            let word = rng.next()
            #expect(ASCII.letterMask(word) == Self.bytewise(word), "seed \(seed): \(String(word, radix: 16))")
        }
    }
}
