import TestRandomness
import InvertedIndex
import Testing

/// The tiered merge policy is a pure function of segment metadata: tested without a disk.
struct MergePolicyTests {
    static func segment(_ n: Int, bytes: Int, docs: Int = 100, deleted: Int = 0) -> SegmentManifest.Segment {
        SegmentManifest.Segment(number: n, documentCount: docs, deletedCount: deleted, deletionGeneration: deleted > 0 ? 1 : nil, sizeInBytes: bytes)
    }

    @Test func fullTierOfSmallSegmentsIsMerged() {
        let policy = TieredMergePolicy(segmentsPerTier: 4, mergeFactor: 4, floorSegmentBytes: 1 << 20)
        let segments = (1...5).map { Self.segment($0, bytes: 100_000 * $0) }
        let merges = policy.merges(for: segments)
        #expect(merges == [[1, 2, 3, 4]], "the smallest four of the tier")
        #expect(policy.merges(for: Array(segments.prefix(3))).isEmpty, "three are below the tier size")
    }

    @Test func mergedSegmentsNeverExceedTheCap() {
        var rng = SeededRandom(seed: 77)
        for _ in 0..<200 {
            let cap = Int(rng.next() % (64 << 20)) + (4 << 20)
            let policy = TieredMergePolicy(segmentsPerTier: 3, mergeFactor: 3, floorSegmentBytes: 1 << 20, maxMergedSegmentBytes: cap)
            let segments = (1...Int(rng.next() % 30 + 1)).map { Self.segment($0, bytes: Int(rng.next() % (40 << 20)) + 1) }
            for group in policy.merges(for: segments) where group.count > 1 {
                let total = group.reduce(0) { sum, n in sum + max(segments.first { $0.number == n }!.sizeInBytes, 1 << 20) }
                #expect(total <= cap, "seed 77: group \(group) of \(total) bytes over cap \(cap)")
            }
        }
    }

    @Test func segmentWithManyDeletionsIsRewritten() {
        let policy = TieredMergePolicy()
        let merges = policy.merges(for: [Self.segment(1, bytes: 50 << 20, docs: 100, deleted: 40), Self.segment(2, bytes: 50 << 20)])
        #expect(merges == [[1]])
    }
}
