/// A token as the tokenizer produced it: normalised (lower-cased, folded) but not yet filtered.
struct RawToken {
    /// The normalised term's UTF-8 bytes, in the tokenizer's reused buffers: valid only during
    /// the call that hands the token over.
    var term: UnsafeBufferPointer<UInt8>
    var kind: TokenKind
    var position: UInt32
    var byteStart: UInt32
    var byteEnd: UInt32
}
