/// The tokenizer's growable byte buffers (the term being built, and scratch for built terms).
///
/// An `[UInt8]` checks uniqueness on every append (a runtime call per byte) and retains its
/// storage for every slice; this buffer owns raw memory instead, so appending a byte is a
/// compare and a store, and a slice (`Slice<TermBytes>`) is two integers and a pointer. It has
/// no copy-on-write: a copy aliases the same memory. ``TokenScanner`` owns its two buffers for
/// one text and frees them with ``deallocate()``; nothing else keeps one.
struct TermBytes: RandomAccessCollection {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    /// A buffer of `capacity` bytes (it grows when needed).
    init(capacity: Int) {
        precondition(capacity > 0, "a term buffer needs room")
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    /// Frees the memory; the buffer must not be used afterwards.
    func deallocate() {
        base.deallocate()
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "term index out of range")
        return base[index]
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity {
            grow(toAtLeast: count + 1)
        }
        base[count] = byte
        count += 1
    }

    /// Appends the first `n` (≤ 8) bytes of `word`, in memory order: stores all eight at once
    /// (bytes past `n` are scratch, overwritten by the next append), so a run of letters costs
    /// one store instead of a loop.
    @inline(__always)
    mutating func appendPrefix(of word: UInt64, count n: Int) {
        if count + 8 > capacity {
            grow(toAtLeast: count + 8)
        }
        UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
        count += n
    }

    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes {
            append(byte)
        }
    }

    @inline(__always)
    mutating func removeLast() {
        precondition(count > 0, "removeLast on an empty term")
        count -= 1
    }

    @inline(__always)
    mutating func removeAll() {
        count = 0
    }

    /// The bytes in `range` as a buffer pointer, valid until the next append.
    @inline(__always)
    func buffer(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "term range out of range")
        return UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// All bytes as a buffer pointer, valid until the next append.
    var buffer: UnsafeBufferPointer<UInt8> { buffer(0..<count) }

    private mutating func grow(toAtLeast minimum: Int) {
        let newCapacity = Swift.max(minimum, capacity * 2)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }
}
