/// Step 2 of the algorithm: if the word ends in -dt or -vt inside R1, remove the `t`.
enum ConsonantPairStep {
    /// Returns the new end of the word.
    @inline(__always)
    static func apply(to word: WordBytes, end: Int, r1: Int) -> Int {
        let at = RegionTail(word: word, end: end, r1: r1)
        if at[1] == Letter.t, at[2] == Letter.d || at[2] == Letter.v {
            return end - 1
        }
        return end
    }
}
