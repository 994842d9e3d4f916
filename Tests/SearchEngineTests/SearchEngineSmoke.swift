import Testing

struct SearchEngineSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
