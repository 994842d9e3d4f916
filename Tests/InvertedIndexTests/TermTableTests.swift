import TestRandomness
import Testing

@testable import InvertedIndex

/// The builder's byte-keyed hash table against Swift's Dictionary as the oracle.
struct TermTableTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func internAgreesWithDictionary(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var table = TermTable()
        var oracle: [[UInt8]: UInt32] = [:]
        for _ in 0..<50_000 {
            // Short keys collide often in content; lengths 0–20 cross the 8-byte hash chunks.
            let length = Int(rng.next() % 21)
            // Bytes 0x00…0x05 and a…f: zero bytes must not make "a" and "a\0" one term.
            let key = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next() % 6 + (seed == 3 ? 0 : 0x61)) }
            let (index, isNew) = key.withUnsafeBytes { table.intern($0) }
            if let known = oracle[key] {
                #expect(!isNew && index == known, "seed \(seed): \(key)")
            } else {
                #expect(isNew && Int(index) == oracle.count, "seed \(seed): \(key)")
                oracle[key] = index
            }
        }
        #expect(table.count == oracle.count)
        for (key, index) in oracle { #expect(Array(table.bytes(Int(index))) == key, "seed \(seed)") }
    }

    /// Seed 6 uses bytes 0x00…0x03: zero bytes must not tie with the zero padding of the
    /// eight-byte sort prefix (`a` before `a\0`), and terms longer than eight bytes that share
    /// the prefix are ordered by the rest.
    @Test(arguments: [4, 5, 6] as [UInt64])
    func sortedOrderIsByteOrder(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var table = TermTable()
        for _ in 0..<5_000 {
            let length = Int(rng.next() % 12)
            let key = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next() % 4 + (seed == 6 ? 0 : 0xC3)) }
            _ = key.withUnsafeBytes { table.intern($0) }
        }
        let sorted = table.sortedOrder().map { Array(table.bytes(Int($0))) }
        let expected = (0..<table.count).map { Array(table.bytes($0)) }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(sorted == expected, "seed \(seed)")
    }
}
