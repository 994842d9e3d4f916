internal import InvertedIndex

/// Intersects a `LevenshteinAutomaton` with one field's sorted term dictionary (Lucene's
/// AutomatonTermsEnum): the terms are read in byte order (= scalar order, as UTF-8 preserves
/// it) and run through the automaton, reusing the states of the prefix a term shares with the
/// previous one. When a term runs into the dead state, the walk computes the smallest string
/// greater than it that the automaton accepts and seeks the dictionary there, so it reads only
/// terms at live branches of the dictionary's implicit trie. On NoReC (334,000 body terms in 4
/// segments) a word at 1 edit reads about 1,000 terms; at 2 edits every 1–2-letter prefix is
/// live, and a 7–10-letter word reads about 15,000 (4 %), about one per 16-term block.
///
/// Nothing is allocated per term: the current term is read in place, and the buffers below are
/// reused.
struct LevenshteinDictionaryWalk {
    /// Copy of the current term's bytes.
    private var term: [UInt8] = []
    /// `states[d]`: the automaton state after the term's first `d` scalars (all live), for
    /// `d` in `0...computed`.
    private var states: [Int32] = []
    /// `ends[d]`: the byte offset after the term's first `d` scalars.
    private var ends: [Int] = []
    /// `scalars[d]`: the term's scalar at index `d`, for `d < computed`.
    private var scalars: [UInt32] = []
    private var computed = 0
    /// The seek target being built.
    private var target: [UInt8] = []
    /// Dictionary entries read, over all runs.
    private(set) var visitedTerms = 0

    /// What reading one term through the automaton found.
    private enum Outcome {
        /// The whole term is accepted at this distance.
        case accepted(Int)
        /// The whole term is a live prefix, but not accepted.
        case live
        /// The scalar `scalar` at index `depth` leads to the dead state.
        case dead(depth: Int, scalar: UInt32)
    }

    /// Calls `match` with every term of `terms` (a fresh enumerator) that `automaton`
    /// accepts: its UTF-8 bytes (valid during the call), doc frequency and distance.
    mutating func run(
        _ automaton: inout LevenshteinAutomaton, _ terms: inout TermEnumerator,
        _ match: (_ term: UnsafeBufferPointer<UInt8>, _ documentFrequency: Int, _ distance: Int) -> Void
    ) {
        term.removeAll(keepingCapacity: true)
        states.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        scalars.removeAll(keepingCapacity: true)
        states.append(automaton.start)
        ends.append(0)
        computed = 0
        var more = terms.next()
        while more {
            visitedTerms += 1
            let shared = terms.copyCurrentTerm(into: &term)
            let outcome = read(shared: shared, &automaton)
            switch outcome {
            case .accepted(let distance):
                let df = terms.documentFrequency
                term.withUnsafeBufferPointer { match($0, df, distance) }
                more = terms.next()
            case .live:
                more = terms.next()
            case .dead(let depth, let scalar):
                guard seekTarget(afterDeadScalar: scalar, at: depth, &automaton) else { return }
                more = terms.advance(to: target)
            }
        }
    }

    /// Runs the current term (in `term`, sharing its first `shared` bytes with the previous
    /// one) through the automaton from the deepest state the two share.
    private mutating func read(shared: Int, _ automaton: inout LevenshteinAutomaton) -> Outcome {
        var depth = computed
        while ends[depth] > shared { depth -= 1 }
        let bytes = term
        return bytes.withUnsafeBufferPointer { read(from: depth, $0, &automaton) }
    }

    private mutating func read(from start: Int, _ t: UnsafeBufferPointer<UInt8>, _ automaton: inout LevenshteinAutomaton) -> Outcome {
        var depth = start
        var offset = ends[depth]
        var state = states[depth]
        while offset < t.count {
            let (scalar, length) = Self.decode(t, at: offset)
            let next = automaton.step(state, scalar)
            if next == LevenshteinAutomaton.dead {
                computed = depth
                return .dead(depth: depth, scalar: scalar)
            }
            offset += length
            Self.set(&scalars, depth, scalar)
            depth += 1
            Self.set(&states, depth, next)
            Self.set(&ends, depth, offset)
            state = next
        }
        computed = depth
        return automaton.distance(state).map { .accepted($0) } ?? .live
    }

    /// Builds in `target` the smallest string the automaton accepts that is greater than every
    /// string starting with the current term's first `depth` scalars plus `scalar`; false when
    /// there is none (the walk is over).
    ///
    /// Backtracks from the dead position: at the deepest index `j` where some scalar greater
    /// than the term's own leads to a live state, take the smallest such, then complete
    /// greedily with the smallest live scalar until the state accepts (a shortest-first
    /// completion is the smallest accepted one, and always exists from a live state).
    private mutating func seekTarget(afterDeadScalar scalar: UInt32, at depth: Int, _ automaton: inout LevenshteinAutomaton) -> Bool {
        var j = depth
        var after = scalar
        while true {
            if let (first, state) = automaton.smallestLiveScalar(from: states[j], after: after) {
                target.removeAll(keepingCapacity: true)
                let prefix = ends[j]
                term.withUnsafeBufferPointer { target.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<prefix])) }
                Self.appendUTF8(first, to: &target)
                automaton.appendCompletion(from: state, to: &target)
                return true
            }
            guard j > 0 else { return false }
            j -= 1
            after = scalars[j]
        }
    }

    @inline(__always) private static func set<T>(_ array: inout [T], _ index: Int, _ value: T) {
        if index < array.count { array[index] = value } else { array.append(value) }
    }

    /// The scalar starting at `i` and its length in bytes; a malformed sequence reads as
    /// U+FFFD of one byte (dictionary terms are valid UTF-8; this only keeps damage harmless).
    @inline(__always) static func decode(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(t[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = t.count
        @inline(__always) func continuation(_ k: Int) -> UInt32? {
            guard k < n, t[k] & 0xC0 == 0x80 else { return nil }
            return UInt32(t[k] & 0x3F)
        }
        if b0 >= 0xC2, b0 < 0xE0, let c1 = continuation(i + 1) {
            return ((b0 & 0x1F) << 6 | c1, 2)
        }
        if b0 >= 0xE0, b0 < 0xF0, let c1 = continuation(i + 1), let c2 = continuation(i + 2) {
            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
            if v >= 0x800, !(0xD800...0xDFFF).contains(v) { return (v, 3) }
        }
        if b0 >= 0xF0, b0 < 0xF5, let c1 = continuation(i + 1), let c2 = continuation(i + 2), let c3 = continuation(i + 3) {
            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if v >= 0x10000, v <= 0x10FFFF { return (v, 4) }
        }
        return (0xFFFD, 1)
    }

    /// Appends the UTF-8 encoding of the scalar value `v`.
    static func appendUTF8(_ v: UInt32, to bytes: inout [UInt8]) {
        switch v {
        case ..<0x80:
            bytes.append(UInt8(v))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | v >> 6))
            bytes.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | v >> 12))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | v >> 18))
            bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
