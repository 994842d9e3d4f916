/// The tokens of one field of one document, collected before the builder interns them.
///
/// Interning is a hash-table probe that misses the cache for all but the most frequent words.
/// Looking up a whole batch back to back, with every hash computed first, lets the processor
/// overlap those misses (the next probe's address does not depend on the previous probe),
/// instead of paying each one between two runs of the analyzer.
public struct TokenBatch {
    /// Term bytes, concatenated; term i is `bytes[ends[i - 1]..<ends[i]]` (from 0 for i = 0).
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var positions: [UInt32] = []
    var hashes: [UInt32] = []
    var tags: [UInt64] = []

    /// Number of tokens.
    public var count: Int { ends.count }

    /// Appends one token.
    @inline(__always)
    public mutating func append(_ term: String, position: UInt32) {
        var t = term
        t.withUTF8 { append(UnsafeRawBufferPointer($0), position: position) }
    }

    /// Appends one token given as its term's UTF-8 bytes (copied; they need not outlive the call).
    @inline(__always)
    public mutating func append(_ term: UnsafeRawBufferPointer, position: UInt32) {
        bytes.append(contentsOf: term.assumingMemoryBound(to: UInt8.self))
        ends.append(bytes.count)
        positions.append(position)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
    }
}
