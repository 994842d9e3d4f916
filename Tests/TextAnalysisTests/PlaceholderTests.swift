import Testing
import TextAnalysis

struct PlaceholderTests {
    @Test func splitsWords() {
        #expect(Analyzer.norwegian().analyze("To ord").count == 2)
    }
}
