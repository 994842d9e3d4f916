import Testing
import TextAnalysis

struct SmokeTests {
    @Test func splitsWords() {
        #expect(Analyzer.norwegian().analyze("To ord").count == 2)
    }
}
