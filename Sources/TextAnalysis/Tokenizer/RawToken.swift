/// A token as the tokenizer produced it: normalised (lower-cased, folded) but not yet filtered.
struct RawToken {
    var term: String
    var kind: TokenKind
    var position: UInt32
    var byteStart: UInt32
    var byteEnd: UInt32
}
