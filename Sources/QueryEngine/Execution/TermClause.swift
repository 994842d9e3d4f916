internal import InvertedIndex

/// One (term, field) postings list with its BM25 constants: the leaf of every query.
final class TermClause: DocIterator {
    let postings: PostingsIterator
    let scorer: TermScorer
    /// Upper bound of this clause's score over the whole segment.
    let maxScore: Double
    /// Position in the query's canonical clause order (scores are summed in this order so that
    /// the result never depends on traversal order).
    let ordinal: Int

    init(postings: PostingsIterator, scorer: TermScorer, ordinal: Int) {
        self.postings = postings
        self.scorer = scorer
        self.ordinal = ordinal
        let b = postings.termBound
        maxScore = scorer.bound(maxFreq: b.maxFreq, minLength: b.minLength)
    }

    var doc: UInt32 { postings.doc }
    func next() -> UInt32 { postings.next() }
    func advance(to target: UInt32) -> UInt32 { postings.advance(to: target) }
    func score() -> Double { scorer.score(freq: postings.freq, length: postings.fieldLength) }
    var isCorrupted: Bool { postings.isCorrupted }

    /// Bound of the block containing `target`, and that block's last doc.
    func blockBound(at target: UInt32) -> (bound: Double, lastDoc: UInt32) {
        let last = postings.shallowAdvance(to: target)
        let b = postings.blockBound
        return (scorer.bound(maxFreq: b.maxFreq, minLength: b.minLength), last)
    }
}
