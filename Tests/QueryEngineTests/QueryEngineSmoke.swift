import Testing

struct QueryEngineSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
