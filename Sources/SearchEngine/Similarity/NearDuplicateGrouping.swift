/// Folding near-duplicates in a ranked list: walking the list in order, a document whose
/// signature reaches `NearDuplicates.defaultThreshold` with an earlier *kept* document is folded
/// into the first (best-ranked) such document instead of taking its own slot. Because the walk
/// is in rank order, whether a document is kept depends only on the documents above it, so the
/// grouped list of a longer walk extends that of a shorter one and pages never disagree.
///
/// Cost: one signature per document walked (stored ones are decoded; documents indexed with
/// `--ren-tekst` have theirs computed from the stored text) and one comparison per kept
/// document above it. `IndexSnapshot.searchPage` walks the list up to the end of the requested
/// page plus `lookahead`, and never further than `maxDepth`.
public enum NearDuplicateGrouping {
    /// Documents walked past the last hit of a page, so that copies ranked just below the page
    /// are named under their hit («også delt av …») and the page can be refilled when copies on
    /// it are folded. Copies of one template share nearly all their characteristic terms and
    /// rank close together: in Corpus, for the title of any member of the 8 groups typed as a
    /// query, every other copy ranks at most 10 places below the best one (most within 2;
    /// `ResultGroupingTests` prints the ranks). One default page (10) of look-ahead therefore
    /// catches them, while page 1 costs at most 20 signatures.
    public static let lookahead = 10
    /// Deepest rank grouped. Paging consistently needs the walk to start at rank 1, so page n
    /// costs about 10·n + `lookahead` signatures; past 200 hits (20 pages, further than people
    /// read) the rest of the list is shown ungrouped, which bounds any page at 200 signatures
    /// and 200²/2 comparisons of 128 values (≈ 2.6 M integer compares, under a millisecond).
    /// Measured on NoReC (34 749 documents, release build, 200 queries of
    /// `shared/benchmarks/norec-queries.txt`, `kommunesok search --json` time, p50): with
    /// stored signatures page 1 takes 6.5 ms grouped against 5.8 ms ungrouped and page 20 19 ms
    /// against 3 ms; with `--ren-tekst` (signatures computed from the text) page 1 takes 9 ms
    /// against 2.3 ms and page 20 56 ms against 6 ms — the depth bound keeps that worst case
    /// under a tenth of a second.
    public static let maxDepth = 200
}

/// The greedy walk of `NearDuplicateGrouping`, fed one signature at a time in rank order.
struct NearDuplicateGrouper {
    /// One kept document and the raw ranks folded into it.
    struct Group {
        var rank: Int
        var signature: MinHashSignature?
        var members: [Int] = []
    }

    let threshold: Double
    private(set) var groups: [Group] = []
    /// Documents walked so far (the next one's raw rank).
    private(set) var walked = 0

    init(threshold: Double = NearDuplicates.defaultThreshold) {
        self.threshold = threshold
    }

    /// Adds the next document of the ranked list; returns true when it was folded. A document
    /// without a signature (no indexable text) is always kept.
    @discardableResult
    mutating func add(_ signature: MinHashSignature?) -> Bool {
        defer { walked += 1 }
        if let signature, let g = groups.firstIndex(where: { $0.signature.map { signature.similarity(to: $0) >= threshold } ?? false }) {
            groups[g].members.append(walked)
            return true
        }
        groups.append(Group(rank: walked, signature: signature))
        return false
    }

    /// Documents folded so far.
    var folded: Int { walked - groups.count }
}
