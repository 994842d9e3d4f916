internal import InvertedIndex

/// Docs of one field where the phrase's terms occur at their relative offsets, with up to `slop`
/// extra word moves in total. Scored as one pseudo-term (Lucene's approach): freq = number of
/// phrase matches, idf = sum of the terms' idfs.
final class PhraseIterator: DocIterator {
    let postings: [PostingsIterator]
    let offsets: [UInt32]
    let slop: Int
    let scorer: TermScorer
    let lengths: (UInt32) -> UInt32
    @exclusivity(unchecked) private(set) var doc: UInt32 = 0
    private(set) var phraseFreq: UInt32 = 0
    private var positions: [[UInt32]]

    init(postings: [PostingsIterator], offsets: [UInt32], slop: Int, scorer: TermScorer, lengths: @escaping (UInt32) -> UInt32) {
        self.postings = postings
        self.offsets = offsets
        self.slop = slop
        self.scorer = scorer
        self.lengths = lengths
        positions = Array(repeating: [], count: postings.count)
        doc = findMatch(from: postings.map(\.doc).max() ?? PostingsIterator.exhausted)
    }

    /// The first doc ≥ target containing all terms and at least one phrase match.
    private func findMatch(from start: UInt32) -> UInt32 {
        var target = start
        outer: while target != PostingsIterator.exhausted {
            for p in postings {
                let d = p.doc < target ? p.advance(to: target) : p.doc
                if d != target {
                    target = d
                    continue outer
                }
            }
            phraseFreq = countMatches()
            if phraseFreq > 0 { return target }
            target = postings[0].next()
        }
        return PostingsIterator.exhausted
    }

    /// Phrase matches in the current doc: anchors are positions of the first term; each other
    /// term must have a position near `anchor + offset`; the summed distance must be ≤ slop.
    private func countMatches() -> UInt32 {
        for i in postings.indices { postings[i].positions(into: &positions[i]) }
        var count: UInt32 = 0
        for anchor in positions[0] {
            var distance = 0
            var ok = true
            for i in 1..<postings.count {
                let want = Int(anchor) + Int(offsets[i]) - Int(offsets[0])
                var best = Int.max
                for q in positions[i] {
                    best = min(best, abs(Int(q) - want))
                    if Int(q) > want { break }
                }
                distance += best
                if distance > slop {
                    ok = false
                    break
                }
            }
            if ok { count += 1 }
        }
        return count
    }

    func next() -> UInt32 {
        guard doc != PostingsIterator.exhausted else { return doc }
        doc = findMatch(from: postings[0].next())
        return doc
    }

    func advance(to target: UInt32) -> UInt32 {
        guard doc < target else { return doc }
        doc = findMatch(from: postings[0].advance(to: target))
        return doc
    }

    func score() -> Double { scorer.score(freq: phraseFreq, length: lengths(doc)) }
    var isCorrupted: Bool { postings.contains { $0.isCorrupted } }
}
