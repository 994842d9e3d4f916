/// The region R1 of the Snowball Norwegian algorithm.
extension WordBytes {
    /// Characters that always stay in front of R1: R1 never starts before the third character.
    static let minimumCharactersBeforeR1 = 3

    /// Byte offset where R1 starts; `count` when R1 is empty.
    ///
    /// R1 begins after the first non-vowel that follows a vowel, but no sooner than after the
    /// third character. A word of fewer than three characters, or with no vowel followed by a
    /// non-vowel, has an empty R1.
    @inline(__always)
    func r1Start(revision: SnowballRevision) -> Int {
        guard let third = endOfCharacters(Self.minimumCharactersBeforeR1) else {
            return count
        }
        var index = 0
        // Go to the first vowel and past it.
        while true {
            guard index < count else {
                return count
            }
            let width = vowelWidth(at: index, revision: revision)
            if width > 0 {
                index += width
                break
            }
            index += characterWidth(at: index)
        }
        // Go past the vowels that follow, then past one non-vowel.
        while true {
            guard index < count else {
                return count
            }
            let width = vowelWidth(at: index, revision: revision)
            if width == 0 {
                index += characterWidth(at: index)
                break
            }
            index += width
        }
        return max(index, third)
    }

    /// Byte offset just after the first `characters` characters, or nil if the word is shorter.
    ///
    /// Follows the Snowball C runtime (`skip_utf8`): a lead byte ≥ C0 takes the continuation
    /// bytes after it along; any other byte is one character.
    @inline(__always)
    func endOfCharacters(_ characters: Int) -> Int? {
        var index = 0
        for _ in 0..<characters {
            guard index < count else {
                return nil
            }
            let lead = base[index]
            index += 1
            if lead >= 0xC0 {
                while index < count, base[index] & 0xC0 == 0x80 {
                    index += 1
                }
            }
        }
        return index
    }
}
