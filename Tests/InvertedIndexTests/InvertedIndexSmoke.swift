import Testing

struct InvertedIndexSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
