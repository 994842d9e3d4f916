/// A read-only hash table keyed by a string's UTF-8 bytes, for the stop-word and Nynorsk lists.
///
/// `Set<String>` hashes and compares by Unicode canonical equivalence, which for every word
/// with æ, ø or å takes the slow normalising path. The analyzer's terms are already normalised
/// the same way as the keys, so bytes are enough: FNV-1a over the bytes, open addressing with
/// linear probing.
struct ByteStringTable<Value: Sendable>: Sendable {
    private let keyBytes: [UInt8]
    /// Per slot: start and length of its key in `keyBytes`, or length -1 for an empty slot.
    private let slots: [(start: Int32, length: Int32, value: Int32)]
    private let values: [Value]
    private let mask: Int

    /// At most half the slots are used, so a miss ends after a probe or two.
    static var loadFactorInverse: Int { 2 }

    init(_ entries: [(key: String, value: Value)]) {
        var capacity = 8
        while capacity < entries.count * Self.loadFactorInverse {
            capacity *= 2
        }
        var keyBytes: [UInt8] = []
        var slots = [(start: Int32, length: Int32, value: Int32)](repeating: (0, -1, 0), count: capacity)
        var values: [Value] = []
        for (key, value) in entries {
            let bytes = Array(key.utf8)
            var slot = Self.hash(bytes) & (capacity - 1)
            var replaced = false
            while slots[slot].length >= 0 {
                let existing = keyBytes[Int(slots[slot].start)..<Int(slots[slot].start + slots[slot].length)]
                if existing.elementsEqual(bytes) {
                    values[Int(slots[slot].value)] = value
                    replaced = true
                    break
                }
                slot = (slot + 1) & (capacity - 1)
            }
            if !replaced {
                slots[slot] = (Int32(keyBytes.count), Int32(bytes.count), Int32(values.count))
                keyBytes.append(contentsOf: bytes)
                values.append(value)
            }
        }
        self.keyBytes = keyBytes
        self.slots = slots
        self.values = values
        self.mask = capacity - 1
    }

    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The value stored for the key `bytes`, or nil.
    @inline(__always)
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var slot = Self.hash(bytes) & mask
        return keyBytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = slots[slot]
                if entry.length < 0 {
                    return nil
                }
                if Int(entry.length) == bytes.count
                    && UnsafeBufferPointer(rebasing: stored[Int(entry.start)..<Int(entry.start + entry.length)]).elementsEqual(bytes)
                {
                    return values[Int(entry.value)]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the key `bytes` is in the table.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        value(forBytes: bytes) != nil
    }
}
