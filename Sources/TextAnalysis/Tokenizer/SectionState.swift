/// Whether the tokenizer is inside a `§` reference.
enum SectionState {
    /// No `§` pending.
    case inactive
    /// After `§`: the next number is a reference; `signStart` is where the sign begins.
    case single(signStart: Int)
    /// After `§§`: every number until a word other than a list connector is a reference. The
    /// first one's byte range starts at the signs; later ones at their own digits (`nil`).
    case list(signStart: Int?)

    /// Words that continue a `§§` list (`§§ 12 og 13`, `§§ 3, 4 eller 5`, `§§ 2 til 4`).
    static func isListConnector(_ word: Slice<TermBytes>) -> Bool {
        word.elementsEqual("og".utf8) || word.elementsEqual("eller".utf8)
            || word.elementsEqual("samt".utf8) || word.elementsEqual("til".utf8)
    }
}
