/// A word list in one contiguous UTF-8 buffer plus offsets: what a tokenizer hands a stemmer,
/// with no per-word objects to chase. Also keeps the words as Strings for the String API.
struct PackedWords {
    let name: String
    let strings: [String]
    /// All words' bytes back to back.
    let bytes: [UInt8]
    /// `offsets[i]..<offsets[i + 1]` are the bytes of word `i`; `offsets.count == count + 1`.
    let offsets: [Int]
    /// Length in bytes of the longest word, the size of the scratch buffer.
    let longestWord: Int

    var count: Int { strings.count }

    init(name: String, strings: [String]) {
        self.name = name
        self.strings = strings
        var bytes: [UInt8] = []
        var offsets = [0]
        offsets.reserveCapacity(strings.count + 1)
        var longest = 0
        for word in strings {
            bytes.append(contentsOf: word.utf8)
            offsets.append(bytes.count)
            longest = max(longest, word.utf8.count)
        }
        self.bytes = bytes
        self.offsets = offsets
        self.longestWord = longest
    }

    /// Calls `body` with every word's bytes in order.
    @inline(__always)
    func forEachWord(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { all in
            for index in 0..<count {
                let start = offsets[index]
                try body(UnsafeBufferPointer(rebasing: all[start..<offsets[index + 1]]))
            }
        }
    }
}
