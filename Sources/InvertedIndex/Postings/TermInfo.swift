/// What the term dictionary says about one term of one field.
struct TermInfo: Sendable, Hashable {
    /// Number of docs in the segment containing the term (deleted docs included).
    var docFreq: UInt32
    /// Total occurrences across those docs.
    var totalTermFreq: UInt64
    /// Start of the term's postings in the postings region.
    var postingsOffset: UInt64
    /// Start of the term's positions in the positions region.
    var positionsOffset: UInt64
}
