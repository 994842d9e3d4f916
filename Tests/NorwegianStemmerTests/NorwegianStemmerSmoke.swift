import Testing

struct NorwegianStemmerSmoke {
    @Test func builds() { #expect(Bool(true)) }
}
