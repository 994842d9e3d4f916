import ArgumentParser
import SearchCore
import TextAnalysis

/// `kommunesok analyze "tekst"`: shows how the analyzer splits text, like Elasticsearch's `_analyze`.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Vis hvordan en tekst deles opp i søkeord (posisjon, term, originaltekst, byteområde)."
    )

    @Argument(help: "Teksten som skal analyseres.")
    var text: String

    func run() throws {
        let analyzer = Analyzer.norwegian()
        let utf8 = Array(text.utf8)
        print("pos\tterm\toriginal\tbytes")
        for token in analyzer.analyze(text) {
            let original = String(decoding: utf8[token.byteRange], as: UTF8.self)
            print("\(token.position)\t\(token.term)\t\(original)\t\(token.byteStart)..<\(token.byteEnd)")
        }
    }
}
