public import SearchCore
internal import HeapModule

/// One hit: a document and its score.
public struct ScoredDocument: Sendable, Hashable {
    public var id: DocumentID
    public var score: Double
    public init(id: DocumentID, score: Double) {
        self.id = id
        self.score = score
    }
}

/// How many matching docs to count exactly. Modes as an enum, not a sentinel: `.atLeast(n)`
/// counts exactly up to n and then lets dynamic pruning skip docs (the count becomes a lower
/// bound and says so), as Lucene's totalHitsThreshold does.
public enum HitCounting: Sendable, Hashable {
    case exact
    case atLeast(Int)

    /// Lucene's default: exact counts up to 1,000 are cheap; past that, users read "over 1000".
    public static let standard = HitCounting.atLeast(1000)
}

/// Keeps the best k hits by score (ties: smaller DocumentID first) and counts matches.
struct TopKCollector {
    /// Heap entry ordered so that the *worst* hit is the minimum.
    struct Entry: Comparable {
        var score: Double
        var id: DocumentID
        static func < (l: Entry, r: Entry) -> Bool { l.score != r.score ? l.score < r.score : l.id > r.id }
    }

    let k: Int
    let counting: HitCounting
    private var heap = Heap<Entry>()
    private(set) var totalHits = 0

    init(k: Int, counting: HitCounting) {
        self.k = k
        self.counting = counting
    }

    /// Scores strictly below this cannot enter the results; −∞ while every hit must be counted.
    var threshold: Double {
        if case .exact = counting { return -.infinity }
        if case .atLeast(let n) = counting, totalHits < n { return -.infinity }
        guard k > 0 else { return .infinity }
        return heap.count < k ? -.infinity : heap.min!.score
    }

    /// Whether the count is exact (no doc was skipped by pruning).
    var isCountExact: Bool {
        if case .atLeast(let n) = counting { return totalHits < n }
        return true
    }

    mutating func collect(_ id: DocumentID, _ score: Double) {
        totalHits += 1
        guard k > 0 else { return }
        let e = Entry(score: score, id: id)
        if heap.count < k {
            heap.insert(e)
        } else if heap.min! < e {
            _ = heap.replaceMin(with: e)
        }
    }

    /// The hits, best first.
    func results() -> [ScoredDocument] {
        heap.unordered.sorted { $1 < $0 }.map { ScoredDocument(id: $0.id, score: $0.score) }
    }
}
