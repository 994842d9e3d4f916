import Testing

struct DocumentStoreSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
