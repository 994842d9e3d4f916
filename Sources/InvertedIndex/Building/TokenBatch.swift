/// The tokens of one field of one document, collected before the builder interns them.
///
/// Interning is a hash-table probe that misses the cache for all but the most frequent words.
/// Looking up a whole batch back to back, with every hash computed first, lets the processor
/// overlap those misses (and the builder prefetch a few tokens ahead), instead of paying each
/// one between two runs of the analyzer.
///
/// Owned memory rather than arrays: appending is the indexer's per-token step, and an array
/// append checks uniqueness (a runtime call) and copies short terms with a `memmove` call.
/// Non-copyable, so the memory has exactly one owner (the builder) and is freed with it.
public struct TokenBatch: ~Copyable {
    /// Term bytes, concatenated; term i is `bytes[ends[i - 1]..<ends[i]]` (from 0 for i = 0).
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCount = 0
    private var byteCapacity: Int
    private var ends: UnsafeMutablePointer<Int>
    private var positions: UnsafeMutablePointer<UInt32>
    /// Filled by `computeHashes` before the lookups.
    private(set) var hashes: UnsafeMutablePointer<UInt32>
    private(set) var tags: UnsafeMutablePointer<UInt64>
    private var capacity: Int

    /// Number of tokens.
    public private(set) var count = 0

    /// Room for a long field's tokens without growing: 4,096 tokens, 32 KiB of term bytes.
    static let initialCapacity = 4096
    static let initialByteCapacity = 32 << 10

    init() {
        capacity = Self.initialCapacity
        byteCapacity = Self.initialByteCapacity
        bytes = .allocate(capacity: byteCapacity + Self.slackBytes)
        ends = .allocate(capacity: capacity)
        positions = .allocate(capacity: capacity)
        hashes = .allocate(capacity: capacity)
        tags = .allocate(capacity: capacity)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
        positions.deallocate()
        hashes.deallocate()
        tags.deallocate()
    }

    /// Appends one token.
    @inline(__always)
    public mutating func append(_ term: String, position: UInt32) {
        var t = term
        t.withUTF8 { append(UnsafeRawBufferPointer($0), position: position) }
    }

    /// Appends one token given as its term's UTF-8 bytes (copied; they need not outlive the call).
    @inline(__always)
    public mutating func append(_ term: UnsafeRawBufferPointer, position: UInt32) {
        if count == capacity {
            growTokens()
        }
        if byteCount + term.count > byteCapacity {
            growBytes(toAtLeast: byteCount + term.count)
        }
        let destination = bytes + byteCount
        if term.count <= Self.byteLoopLimit {
            // Most terms are a few bytes: a loop beats a `memmove` call.
            for i in 0..<term.count {
                destination[i] = term[i]
            }
        } else {
            UnsafeMutableRawPointer(destination).copyMemory(from: term.baseAddress!, byteCount: term.count)
        }
        byteCount += term.count
        ends[count] = byteCount
        positions[count] = position
        count += 1
    }

    /// Terms up to this length are copied byte by byte.
    static let byteLoopLimit = 16

    /// The bytes of token `i`, valid until the batch changes.
    @inline(__always)
    func term(_ i: Int) -> UnsafeRawBufferPointer {
        precondition(i >= 0 && i < count, "token index out of range")
        let start = i == 0 ? 0 : ends[i - 1]
        return UnsafeRawBufferPointer(start: bytes + start, count: ends[i] - start)
    }

    /// The position of token `i`.
    @inline(__always)
    func position(_ i: Int) -> UInt32 {
        precondition(i >= 0 && i < count, "token index out of range")
        return positions[i]
    }

    /// Readable bytes after the last term: `computeHashes` loads eight bytes at any offset
    /// inside a term, and masks off what lies beyond it.
    static let slackBytes = 8

    /// Computes every token's `TermTable.hash` and `TermTable.tag` into `hashes` and `tags`.
    /// The same values as those functions (`TokenBatchTests`), but a term of up to eight bytes
    /// (most tokens) is read with one load and no loop over its bytes.
    mutating func computeHashes() {
        var start = 0
        for i in 0..<count {
            let end = ends[i]
            let length = end - start
            if length <= 8 {
                let word = UnsafeRawPointer(bytes + start).loadUnaligned(as: UInt64.self) & Self.lowBytesMask(length)
                (hashes[i], tags[i]) = TermTable.hashAndTag(upToEightBytes: word, length: length)
            } else {
                let term = UnsafeRawBufferPointer(start: bytes + start, count: length)
                hashes[i] = TermTable.hash(term)
                tags[i] = TermTable.tag(term)
            }
            start = end
        }
    }

    /// The low `length` bytes (0–8) set.
    @inline(__always)
    static func lowBytesMask(_ length: Int) -> UInt64 {
        length >= 8 ? ~0 : (1 << UInt64(8 * length)) &- 1
    }

    mutating func removeAll() {
        count = 0
        byteCount = 0
    }

    private mutating func growTokens() {
        let newCapacity = capacity * 2
        ends = Self.moved(ends, count: count, to: newCapacity)
        positions = Self.moved(positions, count: count, to: newCapacity)
        hashes = Self.moved(hashes, count: 0, to: newCapacity)
        tags = Self.moved(tags, count: 0, to: newCapacity)
        capacity = newCapacity
    }

    private mutating func growBytes(toAtLeast minimum: Int) {
        let newCapacity = Swift.max(minimum, byteCapacity * 2)
        bytes = Self.moved(bytes, count: byteCount, to: newCapacity + Self.slackBytes)
        byteCapacity = newCapacity
    }

    /// A new allocation of `capacity` elements holding the first `count` of `old`, which is freed.
    private static func moved<T>(_ old: UnsafeMutablePointer<T>, count: Int, to capacity: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }
}
