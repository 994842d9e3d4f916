import ArgumentParser
import Foundation
import SearchCore
import TextAnalysis

/// `kommunesok analyze "tekst"`: shows how the analyzer splits text, like Elasticsearch's `_analyze`.
///
/// Prints every token (stop words included, marked) with its position, term, the original text
/// it came from and its byte range; `--json` prints the same as a JSON array.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Vis hvordan en tekst deles opp i søkeord (posisjon, term, originaltekst, byteområde).",
        discussion: """
            Stoppord vises, merket «stoppord»: de indekseres ikke, men tar en posisjon, slik at \
            frasesøk beholder avstanden mellom ordene.
            """
    )

    @Argument(help: "Teksten som skal analyseres.")
    var text: String

    @Flag(name: .long, help: "Skriv resultatet som JSON.")
    var json = false

    @Flag(name: .customLong("no-stemming"), help: "Ikke stem ordene (vis normaliserte former).")
    var noStemming = false

    @Flag(name: .customLong("keep-stop-words"), help: "Ikke fjern stoppord.")
    var keepStopWords = false

    @Flag(name: .customLong("no-nynorsk"), help: "Ikke før nynorske former over til bokmål.")
    var noNynorsk = false

    func run() throws {
        let configuration = NorwegianAnalyzerConfiguration(
            stopWords: keepStopWords ? .none : .norwegian,
            stemming: !noStemming,
            nynorsk: !noNynorsk
        )
        let tokens = Analyzer.norwegian(configuration).analyzeDetailed(text)
        let utf8 = Array(text.utf8)
        let rows = tokens.map { analyzed in
            Row(
                position: analyzed.token.position,
                term: analyzed.token.term,
                original: String(decoding: utf8[analyzed.token.byteRange], as: UTF8.self),
                byteStart: analyzed.token.byteStart,
                byteEnd: analyzed.token.byteEnd,
                kind: analyzed.kind.rawValue,
                stopWord: analyzed.isStopWord
            )
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
        } else {
            print(Self.table(rows))
        }
    }

    /// One output row; the JSON field names are part of the command's output format.
    struct Row: Encodable {
        let position: UInt32
        let term: String
        let original: String
        let byteStart: UInt32
        let byteEnd: UInt32
        let kind: String
        let stopWord: Bool
    }

    /// Norwegian names of the token kinds for the table.
    static func kindName(_ kind: String) -> String {
        switch kind {
        case "word": "ord"
        case "number": "tall"
        case "abbreviation": "forkortelse"
        case "date": "dato"
        case "sectionReference": "paragraf"
        case "caseNumber": "saksnummer"
        case "url": "nettadresse"
        case "email": "e-post"
        case "lawName": "lovnavn"
        default: kind
        }
    }

    /// A column-aligned table (widths counted in characters, so æ ø å align).
    static func table(_ rows: [Row]) -> String {
        let header = ["pos", "term", "original", "bytes", "type"]
        var lines = rows.map { row in
            [
                String(row.position), row.term, row.original, "\(row.byteStart)..<\(row.byteEnd)",
                kindName(row.kind) + (row.stopWord ? " (stoppord)" : ""),
            ]
        }
        lines.insert(header, at: 0)
        var widths = Array(repeating: 0, count: header.count)
        for line in lines {
            for (column, cell) in line.enumerated() {
                widths[column] = max(widths[column], cell.count)
            }
        }
        return lines.map { line in
            line.enumerated().map { column, cell in
                column == line.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
