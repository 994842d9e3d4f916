/// Levenshtein distance from one query term to each term of a sorted dictionary, walked like a
/// trie: the DP row for each prefix depth is kept, a term reuses the rows of the prefix it
/// shares with the previous term and computes only rows for its new characters, and a row whose
/// minimum exceeds `maxEdits` prunes every term sharing that prefix (row minima never decrease
/// with depth, so no extension can come back within reach). The cost is that of walking the
/// dictionary's trie to depth ≈ |query| + maxEdits, not a full DP per term; long runs of pruned
/// terms are skipped by seeking the dictionary past the pruned prefix.
struct LevenshteinWalk {
    /// A seek costs about one dictionary block decode (16 terms) plus a binary search, so
    /// walking is cheaper for small pruned subtrees; after this many consecutive pruned terms
    /// under one prefix the caller seeks past it.
    static let seekAfterPrunedTerms = 8

    enum Outcome: Equatable {
        /// Within `maxEdits`, at this distance.
        case match(Int)
        /// Farther than `maxEdits`, but some extension of it might match.
        case miss
        /// No term starting with the first `depth` scalars can match; `run` counts consecutive
        /// pruned terms under that prefix (1 for the first).
        case pruned(depth: Int, run: Int)
    }

    let query: [UInt32]
    let maxEdits: Int
    /// rows[d * width ..< (d + 1) * width] is the DP row after `d` scalars of `previous`.
    private var rows: [Int]
    private var width: Int { query.count + 1 }
    /// The last visited term (scalars); its rows are valid up to `computed`.
    private(set) var previous: [UInt32] = []
    private var computed = 0
    /// Depth at which `previous` was pruned, and how many terms in a row were pruned there.
    private var prunedDepth: Int?
    private var prunedRun = 0

    init(query: [UInt32], maxEdits: Int) {
        self.query = query
        self.maxEdits = maxEdits
        rows = Array(0...query.count)
    }

    mutating func visit(_ term: [UInt32]) -> Outcome {
        var common = 0
        let limit = min(term.count, previous.count)
        while common < limit, term[common] == previous[common] { common += 1 }
        if let p = prunedDepth, p <= common {
            prunedRun += 1
            return .pruned(depth: p, run: prunedRun)
        }
        prunedDepth = nil
        prunedRun = 0
        var depth = min(common, computed)
        previous = term
        computed = depth
        let w = width
        while depth < term.count {
            depth += 1
            let needed = (depth + 1) * w
            if rows.count < needed { rows.append(contentsOf: repeatElement(0, count: needed - rows.count)) }
            let above = (depth - 1) * w
            let here = depth * w
            let c = term[depth - 1]
            rows[here] = depth
            var rowMin = depth
            for j in 1..<w {
                let substitute = rows[above + j - 1] + (query[j - 1] == c ? 0 : 1)
                let v = min(substitute, rows[above + j] + 1, rows[here + j - 1] + 1)
                rows[here + j] = v
                if v < rowMin { rowMin = v }
            }
            computed = depth
            if rowMin > maxEdits {
                prunedDepth = depth
                prunedRun = 1
                return .pruned(depth: depth, run: 1)
            }
        }
        let d = rows[term.count * w + query.count]
        return d <= maxEdits ? .match(d) : .miss
    }

    /// The smallest byte string greater than every string starting with `prefix` (UTF-8), for
    /// seeking past a pruned subtree; nil if there is none.
    static func successor(of prefix: ArraySlice<UInt32>) -> [UInt8]? {
        var bytes: [UInt8] = []
        for v in prefix {
            guard let scalar = Unicode.Scalar(v) else { return nil }
            bytes.append(contentsOf: String(Character(scalar)).utf8)
        }
        while let last = bytes.last {
            if last < 0xFF {
                bytes[bytes.count - 1] = last + 1
                return bytes
            }
            bytes.removeLast()
        }
        return nil
    }
}
