/// Decides which segments to merge: a pure function of segment metadata (no I/O), so it can be
/// tested without a disk. The writer carries the decision out.
public protocol MergePolicy: Sendable {
    /// Groups of segment numbers to merge, each group into one new segment.
    func merges(for segments: [SegmentManifest.Segment]) -> [[Int]]
}

/// Tiered merging (Lucene's TieredMergePolicy, simplified): segments are grouped in tiers of
/// similar size; when a tier holds `segmentsPerTier` segments, the smallest `mergeFactor` of them
/// are merged. Segments with many deletions are merged early to reclaim space.
public struct TieredMergePolicy: MergePolicy {
    /// Segments allowed in one size tier before a merge. 10 as in Lucene: few segments to search,
    /// while each doc is rewritten only about log10(N) times.
    public var segmentsPerTier: Int
    /// Segments merged at once. Equal to `segmentsPerTier` by default.
    public var mergeFactor: Int
    /// Sizes below this count as this size, so tiny flushes merge together quickly. 2 MB.
    public var floorSegmentBytes: Int
    /// Never create merged segments larger than this. 5 GB as in Lucene: beyond it merges cost
    /// more I/O than they save in search time.
    public var maxMergedSegmentBytes: Int
    /// A segment with more than this share of deleted docs is rewritten on its own. 0.3.
    public var deletesPctAllowed: Double

    public init(segmentsPerTier: Int = 10, mergeFactor: Int = 10, floorSegmentBytes: Int = 2 << 20,
                maxMergedSegmentBytes: Int = 5 << 30, deletesPctAllowed: Double = 0.3) {
        precondition(segmentsPerTier >= 2 && mergeFactor >= 2, "a merge needs at least two segments")
        self.segmentsPerTier = segmentsPerTier
        self.mergeFactor = mergeFactor
        self.floorSegmentBytes = floorSegmentBytes
        self.maxMergedSegmentBytes = maxMergedSegmentBytes
        self.deletesPctAllowed = deletesPctAllowed
    }

    public func merges(for segments: [SegmentManifest.Segment]) -> [[Int]] {
        var result: [[Int]] = []
        var used = Set<Int>()
        // Live size: deleted docs do not count.
        func size(_ s: SegmentManifest.Segment) -> Int {
            let live = s.documentCount == 0 ? 0 : s.sizeInBytes * s.liveCount / s.documentCount
            return max(live, floorSegmentBytes)
        }
        // Tiers by powers of `segmentsPerTier` of the floor size.
        var tiers: [Int: [SegmentManifest.Segment]] = [:]
        for s in segments {
            var tier = 0
            var bound = floorSegmentBytes
            while size(s) > bound && bound < Int.max / segmentsPerTier {
                bound *= segmentsPerTier
                tier += 1
            }
            tiers[tier, default: []].append(s)
        }
        for tier in tiers.keys.sorted() {
            var members = tiers[tier]!.sorted { size($0) < size($1) }
            while members.count >= segmentsPerTier {
                var group: [SegmentManifest.Segment] = []
                var total = 0
                for s in members where group.count < mergeFactor && total + size(s) <= maxMergedSegmentBytes {
                    group.append(s)
                    total += size(s)
                }
                guard group.count >= 2 else { break }
                result.append(group.map(\.number))
                used.formUnion(group.map(\.number))
                members.removeAll { used.contains($0.number) }
            }
        }
        for s in segments where !used.contains(s.number) && s.documentCount > 0
            && Double(s.deletedCount) / Double(s.documentCount) > deletesPctAllowed {
            result.append([s.number])
        }
        return result
    }
}
