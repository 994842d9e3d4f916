/// One analysed term occurrence: what the analyzer hands to the index and to the query parser.
///
/// `position` counts words in the original text (stop words that were removed still consume a
/// position, so phrase queries keep their gaps). Several tokens may share a position (a
/// hyphenated compound and its first part, a normalised variant). `byteStart..<byteEnd` is the
/// range of the original text's UTF-8 bytes the token came from, for highlighting.
public struct Token: Sendable, Hashable {
    public var term: String
    public var position: UInt32
    public var byteStart: UInt32
    public var byteEnd: UInt32

    public init(term: String, position: UInt32, byteStart: UInt32, byteEnd: UInt32) {
        self.term = term
        self.position = position
        self.byteStart = byteStart
        self.byteEnd = byteEnd
    }

    /// The byte range of the original text this token was read from.
    public var byteRange: Range<Int> { Int(byteStart)..<Int(byteEnd) }
}
