/// Interns terms by their UTF-8 bytes: an open-addressing hash table over a byte arena.
///
/// The indexer looks every token up here, so this is the hottest structure of indexing. Swift's
/// `Dictionary<String, _>` hashes Strings with SipHash over their *normalised* form, which is
/// slow for non-ASCII text (every æ ø å); here a term is hashed as raw bytes with a multiply–xor
/// hash and compared in the slot (short terms) or against the arena, and no String is
/// allocated per token.
struct TermTable {
    /// One open-addressing slot: the term's hash, its index + 1 (0 = empty) and `tag`, its
    /// first bytes with its length (see `tag(_:)`). With 300k terms the table is far larger
    /// than L2 and every lookup of a rarer word misses the cache; a slot that can decide most
    /// lookups alone costs one miss instead of three (slot, `starts`, `arena`): terms of up to
    /// seven bytes — most Norwegian tokens — are compared entirely in the slot.
    struct Slot {
        var hash: UInt32 = 0
        var index: UInt32 = 0
        var tag: UInt64 = 0
    }

    /// Capacity is a power of two, kept at most half full.
    private var slots: [Slot] = Array(repeating: Slot(), count: 1024)
    private var hashes: [UInt32] = []
    /// Term i is `arena[starts[i]..<starts[i + 1]]`.
    private(set) var arena: [UInt8] = []
    private(set) var starts: [UInt32] = [0]

    var count: Int { hashes.count }

    /// Heap bytes held.
    var memoryBytes: Int { slots.capacity * MemoryLayout<Slot>.stride + hashes.capacity * 4 + arena.capacity + starts.capacity * 4 }

    @inline(__always)
    static func hash(_ p: UnsafeRawBufferPointer) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(p.count)
        var i = 0
        while i + 8 <= p.count {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < p.count {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }

    /// `hash` and `tag` of a term of `length` ≤ 8 bytes given as one little-endian word (the
    /// bytes beyond `length` zero): the same values, without loops over the bytes.
    @inline(__always)
    static func hashAndTag(upToEightBytes word: UInt64, length: Int) -> (hash: UInt32, tag: UInt64) {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var tail = word
        if length == 8 {
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            tail = 0
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        let tag = length > inlineLength ? word & 0x00FF_FFFF_FFFF_FFFF | 0xFF00_0000_0000_0000 : word | UInt64(length) << 56
        return (UInt32(truncatingIfNeeded: h), tag)
    }

    /// Longest term whose tag holds it whole.
    static let inlineLength = 7

    /// The first `inlineLength` bytes (zero-padded) in the low 56 bits, and in the top byte the
    /// length, or 0xFF for longer terms. Equal tags of terms up to `inlineLength` bytes mean
    /// equal terms; for longer terms they only filter.
    @inline(__always)
    static func tag(_ p: UnsafeRawBufferPointer) -> UInt64 {
        if p.count > inlineLength {
            return p.loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF | 0xFF00_0000_0000_0000
        }
        var t = UInt64(p.count) << 56
        var i = 0
        while i < p.count {
            t |= UInt64(p[i]) << UInt64(8 * i)
            i += 1
        }
        return t
    }

    /// The index of `bytes`, adding it when new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> (index: UInt32, isNew: Bool) {
        intern(bytes, hash: Self.hash(bytes), tag: Self.tag(bytes))
    }

    /// `intern(_:)` with the hash and tag already computed (`TokenBatch`).
    @inline(__always)
    mutating func intern(_ bytes: UnsafeRawBufferPointer, hash h: UInt32, tag: UInt64) -> (index: UInt32, isNew: Bool) {
        let mask = slots.count - 1
        var s = Int(h) & mask
        while true {
            let slot = slots[s]
            if slot.index == 0 { break }
            if slot.hash == h && slot.tag == tag {
                let t = Int(slot.index - 1)
                if bytes.count <= Self.inlineLength { return (UInt32(t), false) }
                let start = Int(starts[t])
                let length = Int(starts[t + 1]) - start
                if length == bytes.count && arena.withUnsafeBytes({ a in Self.equal(a.baseAddress! + start, bytes.baseAddress!, length) }) {
                    return (UInt32(t), false)
                }
            }
            s = (s + 1) & mask
        }
        let index = UInt32(hashes.count)
        hashes.append(h)
        arena.append(contentsOf: bytes)
        starts.append(UInt32(arena.count))
        slots[s] = Slot(hash: h, index: index + 1, tag: tag)
        if hashes.count * 2 > slots.count { grow() }
        return (index, true)
    }

    /// Byte equality of two `length`-byte strings, eight bytes at a time. Terms are short
    /// (median 7 bytes), so a libc `memcmp` call costs more than the comparison itself.
    @inline(__always)
    static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ length: Int) -> Bool {
        var i = 0
        while i + 8 <= length {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < length {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    /// Local term indices in byte order of their terms (shorter first on a common prefix),
    /// compared in place in the arena: no key copies, no retains. Each term is first compared
    /// by its first eight bytes as one big-endian integer (zero-padded: never out of byte
    /// order, and terms that tie on it are compared whole), so most comparisons are one
    /// integer compare instead of a `memcmp` call on two cache lines.
    func sortedOrder() -> [UInt32] {
        struct SortKey {
            var prefix: UInt64
            var index: UInt32
        }
        return arena.withUnsafeBytes { a -> [UInt32] in
            starts.withUnsafeBufferPointer { st -> [UInt32] in
                guard let base = a.baseAddress else { return (0..<UInt32(count)).map { $0 } }
                var keys = (0..<count).map { i -> SortKey in
                    let start = Int(st[i]), length = Int(st[i + 1]) - start
                    var prefix: UInt64 = 0
                    for j in 0..<min(length, 8) {
                        prefix |= UInt64(a[start + j]) << UInt64(56 - 8 * j)
                    }
                    return SortKey(prefix: prefix, index: UInt32(i))
                }
                keys.sort { x, y in
                    if x.prefix != y.prefix { return x.prefix < y.prefix }
                    let xs = Int(st[Int(x.index)]), xl = Int(st[Int(x.index) + 1]) - xs
                    let ys = Int(st[Int(y.index)]), yl = Int(st[Int(y.index) + 1]) - ys
                    let c = memcmp(base + xs, base + ys, min(xl, yl))
                    return c != 0 ? c < 0 : xl < yl
                }
                return keys.map(\.index)
            }
        }
    }

    /// Empties the table, keeping its memory for the next segment's terms.
    mutating func removeAll() {
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: Slot()) }
        hashes.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
    }

    private mutating func grow() {
        var bigger = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = bigger.count - 1
        for old in slots where old.index != 0 {
            var s = Int(old.hash) & mask
            while bigger[s].index != 0 { s = (s + 1) & mask }
            bigger[s] = old
        }
        slots = bigger
    }

    /// The bytes of term `index`.
    func bytes(_ index: Int) -> ArraySlice<UInt8> {
        arena[Int(starts[index])..<Int(starts[index + 1])]
    }
}

#if canImport(Glibc)
import Glibc
#endif
