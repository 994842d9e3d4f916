internal import CIntrinsics

/// A builder's memo of surface keys (see `SegmentBuilder.addField(_:surfaceKeys:resolve:)`):
/// key bytes → the global term index the key resolved to, or `SegmentBuilder.removedSurface`.
///
/// Looked up once per token, so it is laid out for cache misses, which dominate: with
/// ~100k distinct word forms a segment's memo is larger than L2, and every rarer word misses.
/// A slot holds the key's tag (`TermTable.tag`: up to seven bytes and the length), the target
/// and, for longer keys, where the key is in `arena`, so a key of up to seven bytes — most
/// Norwegian words — costs one miss (the slot) and a longer one two (slot, arena). A
/// `TermTable` plus a target array cost two and four.
struct SurfaceMemo {
    struct Slot {
        /// `TermTable.tag` of the key; 0 = empty (no key has tag 0, see `tag(_:)`).
        var tag: UInt64 = 0
        var target: UInt32 = 0
        /// Offset in `arena` of a key longer than `TermTable.inlineLength`: two bytes of length,
        /// then the key.
        var start: UInt32 = 0
    }

    /// Capacity is a power of two, kept at most half full.
    private var slots: [Slot] = Array(repeating: Slot(), count: Self.initialCapacity)
    private var arena: [UInt8] = []
    private(set) var count = 0

    /// A memo without storage, to stand in while the real one is moved out; never looked up.
    static var placeholder: SurfaceMemo { SurfaceMemo(slots: []) }

    init() {}

    private init(slots: [Slot]) {
        self.slots = slots
    }

    /// Slots of a new memo: 16 KiB, small enough for a builder that only sees a title.
    static let initialCapacity = 1024

    /// Bytes a long key's length takes in `arena`.
    static let lengthBytes = 2

    /// Heap bytes held.
    var memoryBytes: Int { slots.capacity * MemoryLayout<Slot>.stride + arena.capacity }

    /// The memo's tag of `key`: `TermTable.tag`, except that the empty key (tag 0 there, the
    /// empty-slot marker here) gets a tag no other key has (length 0xFE).
    @inline(__always)
    static func tag(_ key: UnsafeRawBufferPointer) -> UInt64 {
        tag(termTableTag: TermTable.tag(key))
    }

    /// The memo's tag of a key whose `TermTable.tag` is `tag` (only the empty key has tag 0).
    @inline(__always)
    static func tag(termTableTag tag: UInt64) -> UInt64 {
        tag == 0 ? 0xFE00_0000_0000_0000 : tag
    }

    /// The target of `key` (with `hash` = `TermTable.hash(key)` and `tag` = `tag(key)`), or nil.
    @inline(__always)
    func target(of key: UnsafeRawBufferPointer, hash: UInt32, tag: UInt64) -> UInt32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var s = Int(hash) & mask
            while true {
                let slot = slots[s]
                if slot.tag == 0 { return nil }
                if slot.tag == tag && (key.count <= TermTable.inlineLength || storedKeyEquals(key, at: Int(slot.start))) {
                    return slot.target
                }
                s = (s + 1) & mask
            }
        }
    }

    /// Hints the processor to load the slot where a lookup of `hash` starts. The builder calls
    /// it a few tokens ahead (`SegmentBuilder.memoPrefetchDistance`): a rare word's slot is
    /// not in any cache, and the lookup otherwise waits for memory (measured: a third of the
    /// memo's time) before the next token can start.
    @inline(__always)
    func prefetch(hash: UInt32) {
        slots.withUnsafeBufferPointer { slots in
            kommunesok_prefetch(slots.baseAddress! + (Int(hash) & (slots.count - 1)))
        }
    }

    /// Remembers `target` for `key`, which must not be in the memo yet.
    mutating func insert(_ key: UnsafeRawBufferPointer, hash: UInt32, tag: UInt64, target: UInt32) {
        var start: UInt32 = 0
        if key.count > TermTable.inlineLength {
            start = UInt32(arena.count)
            arena.append(UInt8(truncatingIfNeeded: key.count))
            arena.append(UInt8(truncatingIfNeeded: key.count >> 8))
            arena.append(contentsOf: key)
        }
        place(Slot(tag: tag, target: target, start: start), hash: hash)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    @inline(__always)
    private func storedKeyEquals(_ key: UnsafeRawBufferPointer, at start: Int) -> Bool {
        arena.withUnsafeBytes { a in
            let stored = Self.storedKey(in: a, at: start)
            return stored.count == key.count && TermTable.equal(stored.baseAddress!, key.baseAddress!, key.count)
        }
    }

    /// The long key stored at `start` of `arena` (its two length bytes, then the key).
    @inline(__always)
    private static func storedKey(in arena: UnsafeRawBufferPointer, at start: Int) -> UnsafeRawBufferPointer {
        let length = Int(arena[start]) | Int(arena[start + 1]) << 8
        return UnsafeRawBufferPointer(rebasing: arena[(start + lengthBytes)..<(start + lengthBytes + length)])
    }

    private mutating func place(_ slot: Slot, hash: UInt32) {
        let mask = slots.count - 1
        var s = Int(hash) & mask
        while slots[s].tag != 0 { s = (s + 1) & mask }
        slots[s] = slot
    }

    /// Doubles the slots, rehashing every key from its tag (short keys) or its arena bytes.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        for slot in old where slot.tag != 0 {
            place(slot, hash: hash(of: slot))
        }
    }

    /// `TermTable.hash` of the key behind `slot`.
    private func hash(of slot: Slot) -> UInt32 {
        let length = Int(slot.tag >> 56)
        if length == 0xFF {
            return arena.withUnsafeBytes { TermTable.hash(Self.storedKey(in: $0, at: Int(slot.start))) }
        }
        // A short key is the tag's low bytes; the empty key's marker length (0xFE) means 0.
        return TermTable.hashAndTag(upToEightBytes: slot.tag & 0x00FF_FFFF_FFFF_FFFF, length: length == 0xFE ? 0 : length).hash
    }
}
