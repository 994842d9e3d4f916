import TestRandomness
import Testing

@testable import InvertedIndex

/// The builder's surface-key memo against Swift's Dictionary as the oracle: short keys (in the
/// slot), long ones (in the arena, lengths across the 7-byte tag and 8-byte hash chunks and
/// past 255, where the stored length needs its second byte), the empty key, zero bytes, and
/// many growths.
struct SurfaceMemoTests {
    @Test(arguments: [11, 12, 13] as [UInt64])
    func memoAgreesWithDictionary(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var memo = SurfaceMemo()
        var oracle: [[UInt8]: UInt32] = [:]
        for step in 0..<60_000 {
            let length = rng.next() % 50 == 0 ? 250 + Int(rng.next() % 20) : Int(rng.next() % 21)
            // Few distinct bytes, zero among them: keys collide in content and in tags.
            let key = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next() % 4 + (seed == 13 ? 0 : 0x61)) }
            let hash = key.withUnsafeBytes { TermTable.hash($0) }
            let tag = key.withUnsafeBytes { SurfaceMemo.tag($0) }
            let found = key.withUnsafeBytes { memo.target(of: $0, hash: hash, tag: tag) }
            #expect(found == oracle[key], "seed \(seed) step \(step): \(key)")
            if found == nil {
                let target = UInt32(truncatingIfNeeded: rng.next())
                key.withUnsafeBytes { memo.insert($0, hash: hash, tag: tag, target: target) }
                oracle[key] = target
            }
        }
        #expect(memo.count == oracle.count)
        for (key, target) in oracle {
            let hash = key.withUnsafeBytes { TermTable.hash($0) }
            let tag = key.withUnsafeBytes { SurfaceMemo.tag($0) }
            #expect(key.withUnsafeBytes { memo.target(of: $0, hash: hash, tag: tag) } == target, "seed \(seed): \(key)")
        }
    }
}
