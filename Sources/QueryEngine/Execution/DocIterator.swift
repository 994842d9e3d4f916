/// The small protocol every matching node implements: walk matching segment-local docs in order
/// and score the current one. Used for conjunctions, phrases, exclusions and nested booleans;
/// pure disjunctions of terms take the faster `BlockMaxWAND` path instead.
protocol DocIterator: AnyObject {
    /// The current doc, or `PostingsIterator.exhausted`.
    var doc: UInt32 { get }
    func next() -> UInt32
    /// Moves to the first doc ≥ target.
    func advance(to target: UInt32) -> UInt32
    /// The score of the current doc.
    func score() -> Double
    /// Set when a postings list turned out to be damaged.
    var isCorrupted: Bool { get }
}
