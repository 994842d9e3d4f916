/// The term the token filters rewrite: UTF-8 bytes in memory the pipeline reuses for every
/// token of a text, so filtering a token allocates nothing.
///
/// It borrows two regions of `capacity` bytes each from the pipeline: the term, and a spare
/// region that a rewrite which cannot work in place (a replacement longer than what it
/// replaces) writes into before the two swap. The capacity is the longest term the filter chain
/// can make of the longest term the tokenizer emits (``TokenFilter/maximumOutputBytes(forInputBytes:)``),
/// so no write ever needs more; writes check it anyway.
struct TermBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var spare: UnsafeMutablePointer<UInt8>
    /// Bytes each region holds.
    let capacity: Int
    /// Length of the term in bytes.
    private(set) var count = 0

    /// A buffer over `memory`, which must hold at least `2 * capacity` bytes and outlive it.
    init(memory: UnsafeMutableBufferPointer<UInt8>, capacity: Int) {
        precondition(capacity > 0 && memory.count >= 2 * capacity, "a term buffer needs two regions of its capacity")
        storage = memory.baseAddress!
        spare = storage + capacity
        self.capacity = capacity
    }

    /// The term's bytes; valid until the next mutation.
    @inline(__always)
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage, count: count)
    }

    /// Replaces the term with `source` (which must not lie in this buffer).
    @inline(__always)
    mutating func assign(_ source: UnsafeBufferPointer<UInt8>) {
        precondition(source.count <= capacity, "term longer than the buffer's capacity")
        if let base = source.baseAddress {
            storage.update(from: base, count: source.count)
        }
        count = source.count
    }

    /// Appends `source` (which must not lie in this buffer).
    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        precondition(count + source.count <= capacity, "term longer than the buffer's capacity")
        if let base = source.baseAddress {
            (storage + count).update(from: base, count: source.count)
        }
        count += source.count
    }

    /// Keeps the first `newCount` bytes (a stem is a prefix of its word).
    @inline(__always)
    mutating func truncate(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count, "truncating beyond the term")
        count = newCount
    }

    /// Calls `body` with the term's bytes to rewrite them in place, at the same length.
    @inline(__always)
    mutating func withMutableBytes<Result>(_ body: (UnsafeMutableBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeMutableBufferPointer(start: storage, count: count))
    }

    /// Builds a new term from the current one: `body` reads the term and writes into the spare
    /// region (`capacity` bytes), returning the new length, or nil to keep the term as it is.
    @inline(__always)
    mutating func rebuild(_ body: (_ term: UnsafeBufferPointer<UInt8>, _ output: UnsafeMutableBufferPointer<UInt8>) -> Int?) {
        guard let newCount = body(bytes, UnsafeMutableBufferPointer(start: spare, count: capacity)) else {
            return
        }
        precondition(newCount <= capacity, "rebuilt term longer than the buffer's capacity")
        swap(&storage, &spare)
        count = newCount
    }
}
