import InvertedIndex
import Testing

/// Without a cap on merged segment size, the tiered policy must still keep the number of
/// segments logarithmic in the data: simulated flushes, each followed by the merges the policy
/// asks for (as `IndexWriter.merge()` runs them), with merged size = sum of the inputs.
struct MergePolicySimulationTests {
    static func simulate(policy: TieredMergePolicy, flushes: Int, flushBytes: Int) -> (maxSegments: Int, rewrittenBytes: Int, final: [SegmentManifest.Segment]) {
        var segments: [SegmentManifest.Segment] = []
        var next = 1
        var maxSegments = 0
        var rewritten = 0
        for _ in 0..<flushes {
            segments.append(.init(number: next, documentCount: 100, sizeInBytes: flushBytes))
            next += 1
            while let group = policy.merges(for: segments).first {
                let parts = segments.filter { group.contains($0.number) }
                let size = parts.reduce(0) { $0 + $1.sizeInBytes }
                rewritten += size
                segments.removeAll { group.contains($0.number) }
                segments.append(.init(number: next, documentCount: parts.reduce(0) { $0 + $1.documentCount }, sizeInBytes: size))
                next += 1
            }
            maxSegments = max(maxSegments, segments.count)
        }
        return (maxSegments, rewritten, segments)
    }

    @Test(arguments: [10, 100, 1000, 5000])
    func segmentCountGrowsLogarithmically(flushes: Int) {
        // Default policy (no cap below 5 GB), 12 MB flushes as NoReC's builders produce.
        let policy = TieredMergePolicy()
        let flushBytes = 12 << 20
        let r = Self.simulate(policy: policy, flushes: flushes, flushBytes: flushBytes)
        // Tiers: powers of segmentsPerTier above the floor; at most segmentsPerTier − 1 per tier
        // once merged, plus one newly flushed.
        var tiers = 1
        var bound = policy.floorSegmentBytes
        while bound < flushes * flushBytes {
            bound *= policy.segmentsPerTier
            tiers += 1
        }
        let allowed = (policy.segmentsPerTier - 1) * tiers + 1
        #expect(r.maxSegments <= allowed, "\(flushes) flushes: \(r.maxSegments) segments, allowed \(allowed)")
        // Each byte is rewritten about once per tier it climbs, not once per flush.
        let total = flushes * flushBytes
        #expect(r.rewrittenBytes <= total * tiers, "\(flushes) flushes: rewrote \(r.rewrittenBytes) of \(total) bytes")
    }

    @Test func smallCapStopsMergingAndLetsSegmentsPileUp() {
        // The old budget/3 cap (85 MB at the default 256 MB budget): with 12 MB flushes the
        // segments stop merging at the cap and grow linearly — the reason it was removed.
        var capped = TieredMergePolicy()
        capped.maxMergedSegmentBytes = (256 << 20) / 3
        let r = Self.simulate(policy: capped, flushes: 1000, flushBytes: 12 << 20)
        let uncapped = Self.simulate(policy: TieredMergePolicy(), flushes: 1000, flushBytes: 12 << 20)
        #expect(r.final.count > 3 * uncapped.final.count, "capped \(r.final.count) vs uncapped \(uncapped.final.count) segments")
    }
}
