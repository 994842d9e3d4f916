/// A deterministic Levenshtein automaton for one query term: it accepts exactly the strings
/// within `maxEdits` insertions, deletions and substitutions of the query, counted in Unicode
/// scalars (æ, ø and å are one edit each), and tells the distance of each accepted string.
///
/// A state is a row of the Levenshtein DP table — `row[j]` is the distance from the input read
/// so far to the query's first `j` scalars — with every value above `maxEdits` clipped to
/// `maxEdits + 1` (clipping commutes with the DP's `min` and `+1`, so clipped rows step exactly
/// as the full ones). Rows whose minimum exceeds `maxEdits` are the single dead state: no
/// extension can come back within reach. A live row always has an accepted extension (append
/// the query's remaining scalars), which the dictionary intersection relies on.
///
/// The input alphabet is split into classes: one per distinct query scalar, and one for every
/// other scalar (they all step alike, as mismatches). States and transitions are built lazily
/// and memoised, so one query builds only the part its dictionary walk visits (about 100
/// states for a 10-letter query at 2 edits) and a step is one table load afterwards. The same
/// construction as the "universal" Levenshtein automata of Lucene and tantivy, without
/// precomputed parametric tables.
struct LevenshteinAutomaton {
    /// The dead state: no string with this prefix is accepted.
    static let dead: Int32 = -1
    /// A transition not computed yet.
    private static let unknown: Int32 = -2
    /// Largest supported `maxEdits`: clipped DP values are stored in a byte. Distances this
    /// large are meaningless for a fuzzy query (the parser allows 2), and the state count grows
    /// with the edit budget.
    static let maximumEdits = 250

    let query: [UInt32]
    let maxEdits: Int
    /// The distinct query scalars, ascending; class `i` is `classScalars[i]`, and class
    /// `classScalars.count` is every other scalar.
    let classScalars: [UInt32]
    /// Classes of the scalars below 256 (ASCII and Latin-1, where Norwegian words live).
    private let latinClasses: [UInt8]
    private let classCount: Int
    private let width: Int
    /// State `s`'s row is `rows[s * width ..< (s + 1) * width]`.
    private var rows: [UInt8] = []
    /// Transition of state `s` on class `c` at `s * classCount + c`.
    private var transitions: [Int32] = []
    /// Accepted distance of each state, or `notAccepting`.
    private var distances: [UInt8] = []
    private static let notAccepting: UInt8 = .max
    private var ids: [[UInt8]: Int32] = [:]
    /// `appendCompletion`'s answer per state, once computed.
    private var completions: [[UInt8]?] = []
    /// Scratch row for computing transitions.
    private var scratch: [UInt8]

    /// The start state (the empty input).
    let start: Int32 = 0

    /// `maxEdits` must be 0…`maximumEdits`.
    init(query: [UInt32], maxEdits: Int) {
        precondition((0...Self.maximumEdits).contains(maxEdits), "maxEdits out of range")
        self.query = query
        self.maxEdits = maxEdits
        classScalars = Array(Set(query)).sorted()
        classCount = classScalars.count + 1
        var latin = [UInt8](repeating: UInt8(classScalars.count), count: 256)
        for (i, s) in classScalars.enumerated() where s < 256 { latin[Int(s)] = UInt8(i) }
        latinClasses = latin
        width = query.count + 1
        scratch = [UInt8](repeating: 0, count: width)
        let clip = maxEdits + 1
        _ = state(for: (0..<width).map { UInt8(min($0, clip)) })
    }

    /// Number of states built so far (for tests and diagnostics).
    var stateCount: Int { distances.count }

    /// The distance of the input that led to `state` from the query, or nil when it is farther
    /// than `maxEdits` (or `state` is dead).
    @inline(__always) func distance(_ state: Int32) -> Int? {
        guard state >= 0 else { return nil }
        let d = distances[Int(state)]
        return d == Self.notAccepting ? nil : Int(d)
    }

    /// The class of `scalar`: its index in `classScalars`, or `classScalars.count` for any other.
    @inline(__always) func classOf(_ scalar: UInt32) -> Int {
        if scalar < 256 { return Int(latinClasses[Int(scalar)]) }
        var lo = 0
        var hi = classScalars.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let v = classScalars[mid]
            if v == scalar { return mid }
            if v < scalar { lo = mid + 1 } else { hi = mid - 1 }
        }
        return classScalars.count
    }

    /// The state after reading `scalar` in `state` (`dead` stays dead).
    @inline(__always) mutating func step(_ state: Int32, _ scalar: UInt32) -> Int32 {
        step(state, class: classOf(scalar))
    }

    /// The state after reading a scalar of class `c` in `state`.
    mutating func step(_ state: Int32, class c: Int) -> Int32 {
        guard state >= 0 else { return Self.dead }
        let slot = Int(state) * classCount + c
        let known = transitions[slot]
        if known != Self.unknown { return known }
        let next = computeStep(Int(state), class: c)
        transitions[slot] = next
        return next
    }

    /// The smallest scalar greater than `after` (nil: any scalar) on which `state` steps to a
    /// live state, with that state; nil when there is none.
    mutating func smallestLiveScalar(from state: Int32, after: UInt32?) -> (scalar: UInt32, state: Int32)? {
        guard state >= 0 else { return nil }
        let count = classScalars.count
        var i = 0
        if let after {
            while i < count, classScalars[i] <= after { i += 1 }
        }
        var best: (scalar: UInt32, state: Int32)?
        // Query scalars are ascending: the first live one above `after` is the smallest.
        while i < count {
            let next = step(state, class: i)
            if next != Self.dead {
                best = (classScalars[i], next)
                break
            }
            i += 1
        }
        let other = step(state, class: count)
        if other != Self.dead, let c = smallestOtherScalar(after: after), best == nil || c < best!.scalar {
            best = (c, other)
        }
        return best
    }

    /// Appends to `bytes` the UTF-8 of the smallest string that leads from the live `state` to
    /// an accepting one (empty when `state` accepts): the smallest live scalar at each step.
    /// Shortest-first, this is the smallest accepted completion; it exists from a live state
    /// and has at most |query| + maxEdits scalars (longer inputs are dead). Memoised per state.
    mutating func appendCompletion(from state: Int32, to bytes: inout [UInt8]) {
        guard state >= 0 else { return }
        let s = Int(state)
        while completions.count <= s { completions.append(nil) }
        if completions[s] == nil {
            var out: [UInt8] = []
            var current = state
            while distance(current) == nil, let (c, next) = smallestLiveScalar(from: current, after: nil) {
                LevenshteinDictionaryWalk.appendUTF8(c, to: &out)
                current = next
            }
            completions[s] = out
        }
        bytes.append(contentsOf: completions[s]!)
    }

    /// The smallest Unicode scalar value greater than `after` that is not a query scalar.
    private func smallestOtherScalar(after: UInt32?) -> UInt32? {
        var c: UInt32 = after.map { $0 + 1 } ?? 0
        var i = 0
        while true {
            if (0xD800...0xDFFF).contains(c) { c = 0xE000 }
            guard c <= 0x10FFFF else { return nil }
            while i < classScalars.count, classScalars[i] < c { i += 1 }
            guard i < classScalars.count, classScalars[i] == c else { return c }
            c += 1
        }
    }

    /// One DP step on a scalar of class `c` (a query scalar, or one matching none).
    private mutating func computeStep(_ s: Int, class c: Int) -> Int32 {
        let clip = UInt8(maxEdits + 1)
        let scalar: UInt32? = c < classScalars.count ? classScalars[c] : nil
        let base = s * width
        var rowMin = UInt8.max
        scratch[0] = min(rows[base] + 1, clip)
        rowMin = scratch[0]
        for j in 1..<width {
            let substitute = rows[base + j - 1] + (scalar == query[j - 1] ? 0 : 1)
            let v = min(substitute, rows[base + j] + 1, scratch[j - 1] + 1, clip)
            scratch[j] = v
            rowMin = min(rowMin, v)
        }
        guard Int(rowMin) <= maxEdits else { return Self.dead }
        return state(for: scratch)
    }

    /// The id of the state with `row`, creating it when new.
    private mutating func state(for row: [UInt8]) -> Int32 {
        if let id = ids[row] { return id }
        let id = Int32(distances.count)
        ids[row] = id
        rows.append(contentsOf: row)
        transitions.append(contentsOf: repeatElement(Self.unknown, count: classCount))
        let d = row[width - 1]
        distances.append(Int(d) <= maxEdits ? d : Self.notAccepting)
        return id
    }
}
