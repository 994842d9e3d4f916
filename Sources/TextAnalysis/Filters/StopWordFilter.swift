/// Removes stop words (word tokens only). The removed token's position stays consumed, so
/// `plan for kommunesammenslåing` still has a one-word gap between `plan` and the last word.
struct StopWordFilter: TokenFilter {
    let words: ByteStringTable<Bool>

    /// Normalises each entry the way the tokenizer normalises text, so the list may be written
    /// with capitals or accents (`Òg`).
    init(words: some Sequence<String>, folding: CharacterFolding) {
        self.words = ByteStringTable(words.map { (folding.normalize($0), true) })
    }

    @inline(__always)
    func apply(to term: inout TermBuffer, kind: TokenKind) -> TokenFilterDecision {
        kind == .word && words.contains(term.bytes) ? .remove : .keep
    }
}
