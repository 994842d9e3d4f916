import Testing
import SearchCore
import TextAnalysis

/// Renders tokens as `term@position(byteStart..<byteEnd)`, the form of the table tests.
func render(_ tokens: [Token]) -> [String] {
    tokens.map { "\($0.term)@\($0.position)(\($0.byteStart)..<\($0.byteEnd))" }
}

/// One table row: an input and the tokens it must produce.
struct AnalysisCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: [String]

    init(_ input: String, _ expected: [String]) {
        self.input = input
        self.expected = expected
    }

    var testDescription: String { input }
}

/// The configurations the tests use.
extension Analyzer {
    static let standard = Analyzer.norwegian()
    /// Tokenizer and char filters only: no stop words, stemming or Nynorsk mapping.
    static let tokenizerOnly = Analyzer.norwegian(.init(stopWords: .none, stemming: false, nynorsk: false))
}
