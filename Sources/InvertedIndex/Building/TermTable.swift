/// Interns terms by their UTF-8 bytes: an open-addressing hash table over a byte arena.
///
/// The indexer looks every token up here, so this is the hottest structure of indexing. Swift's
/// `Dictionary<String, _>` hashes Strings with SipHash over their *normalised* form, which is
/// slow for non-ASCII text (every æ ø å); here a term is hashed as raw bytes with a multiply–xor
/// hash and compared with `memcmp`, and no String is allocated per token.
struct TermTable {
    /// Slot → hash << 32 | (term index + 1); 0 = empty. The hash sits in the slot so a probe
    /// touches one cache line (with 300k terms the table is far larger than L2, and the probe's
    /// cache miss dominated indexing). Capacity is a power of two, kept at most half full.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)
    private var hashes: [UInt32] = []
    /// Term i is `arena[starts[i]..<starts[i + 1]]`.
    private(set) var arena: [UInt8] = []
    private(set) var starts: [UInt32] = [0]

    var count: Int { hashes.count }

    /// Heap bytes held.
    var memoryBytes: Int { slots.capacity * 8 + hashes.capacity * 4 + arena.capacity + starts.capacity * 4 }

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

    /// The index of `bytes`, adding it when new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> (index: UInt32, isNew: Bool) {
        let h = Self.hash(bytes)
        let mask = slots.count - 1
        var s = Int(h) & mask
        while true {
            let entry = slots[s]
            if entry == 0 { break }
            if UInt32(truncatingIfNeeded: entry >> 32) == h {
                let t = Int(UInt32(truncatingIfNeeded: entry) - 1)
                let start = Int(starts[t])
                let length = Int(starts[t + 1]) - start
                if length == bytes.count && arena.withUnsafeBytes({ a in
                    bytes.count == 0 || memcmp(a.baseAddress! + start, bytes.baseAddress!, length) == 0
                }) {
                    return (UInt32(t), false)
                }
            }
            s = (s + 1) & mask
        }
        let index = UInt32(hashes.count)
        hashes.append(h)
        arena.append(contentsOf: bytes)
        starts.append(UInt32(arena.count))
        slots[s] = UInt64(h) << 32 | UInt64(index + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (index, true)
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (t, h) in hashes.enumerated() {
            var s = Int(h) & mask
            while bigger[s] != 0 { s = (s + 1) & mask }
            bigger[s] = UInt64(h) << 32 | UInt64(t + 1)
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
