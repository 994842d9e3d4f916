import ArgumentParser
import DocumentStore
import Foundation
import SearchCore
import QueryEngine
import SearchEngine

/// `kommunesok search "spørring"`: searches the index; `--batch` prints a TREC run.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Søk i indeksen.",
        discussion: "Spørrespråket er beskrevet i README (fraser i anførselstegn, OG/ELLER/IKKE, felt som tittel: og kommune:, prefiks* og uklar~). Med --batch FIL leses linjer «qid<TAB>spørring», og resultatet skrives som en TREC-kjøring: «qid Q0 docid rang poeng kommunesok».")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Spørringen.")
    var query: String?

    @Option(help: "Antall treff.")
    var limit = 10

    @Option(help: "Side (fra 1) i treffene.")
    var side = 1

    @Flag(name: .customLong("og"), help: "Krev alle ordene (standard: dokumenter med flest av ordene rangeres først).")
    var requireAll = false

    @Flag(help: "Skriv resultatet som JSON.")
    var json = false

    @Flag(help: "Vis BM25-utregningen per term og felt for hvert treff.")
    var explain = false

    @Option(help: ArgumentHelp("Fil med «qid<TAB>spørring»-linjer; skriver en TREC-kjøring.", valueName: "fil"))
    var batch: String?

    func run() async throws {
        guard limit > 0, limit <= 10_000 else { throw CLIError("--limit må være mellom 1 og 10000.") }
        guard side >= 1 else { throw CLIError("--side må være 1 eller mer.") }
        let index = try global.open()
        let snapshot = try wrap { try index.snapshot() }
        if let batch {
            try runBatch(batch, index, snapshot)
            return
        }
        guard let text = query, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError("Skriv en spørring, f.eks. kommunesok search \"delegeringsreglement\".")
        }
        let built = try parse(index, text)
        let q = built.query
        let start = DispatchTime.now().uptimeNanoseconds
        let results = try wrap { try snapshot.search(q, limit: limit, offset: (side - 1) * limit) }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let hits = try wrap { try snapshot.collapseDuplicates(try snapshot.hits(for: results, query: q)) }
        let suggestion = results.totalHits < Self.fewHits ? snapshot.suggest(for: text) : nil
        if json {
            let out = SearchOutput(
                query: text, totalHits: results.totalHits, totalIsExact: results.totalIsExact, milliseconds: ms,
                hits: hits.map { .init($0) }, suggestion: suggestion)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try enc.encode(out), as: UTF8.self))
            return
        }
        for note in built.notes + results.notes { print("merk: \(note)") }
        let total = results.totalIsExact ? "\(results.totalHits)" : "over \(results.totalHits)"
        print(String(format: "%@ treff (%.2f ms)", total, ms))
        if let suggestion { print("Mente du: \(suggestion)?") }
        let shared = try wrap { try snapshot.documents(hits.flatMap(\.duplicates)) }
        let bold = Console.isStdoutTerminal ? "\u{1B}[1m" : "["
        let plain = Console.isStdoutTerminal ? "\u{1B}[0m" : "]"
        for (i, h) in hits.enumerated() {
            let meta = [h.documentType, h.municipalities.isEmpty ? nil : h.municipalities.joined(separator: ", "), h.date, h.sourceFormat]
                .compactMap { $0 }.joined(separator: " · ")
            print("\n\((side - 1) * limit + i + 1). \(h.title)  [\(h.externalKey)]  \(String(format: "%.3f", h.score))")
            print("   \(meta)" + (h.snippet.page.map { " · side \($0)" } ?? ""))
            print("   " + h.snippet.rendered(open: bold, close: plain))
            if !h.duplicates.isEmpty {
                let names = h.duplicates.compactMap { shared[$0] }.map { d in (d.municipalities.first ?? d.title) + " [\(d.externalKey)]" }
                print("   også delt av: " + names.joined(separator: ", "))
            }
            if explain {
                let e = try wrap { try snapshot.explain(q, document: h.id) }
                for line in e.lines(k1: snapshot.searcher.parameters.k1, b: snapshot.searcher.parameters.b) { print("   " + line) }
            }
        }
    }

    /// Below this many hits a «Mente du …?» suggestion is looked for: fewer than one default
    /// page of results suggests the words were not found as typed.
    static let fewHits = 10

    private func parse(_ index: SearchIndex, _ text: String) throws -> BuiltQuery {
        do {
            return try index.parseQuery(text, defaultOperator: requireAll ? .and : .or)
        } catch {
            if let p = error.position {
                throw CLIError("\(error.message)\n  \(text)\n  \(String(repeating: " ", count: p))^")
            }
            throw CLIError(error.message)
        }
    }

    private func runBatch(_ path: String, _ index: SearchIndex, _ snapshot: IndexSnapshot) throws {
        guard let content = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CLIError("Kan ikke lese \(path) som UTF-8-tekst.")
        }
        var lineNumber = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else {
                throw CLIError("\(path):\(lineNumber): forventet «qid<TAB>spørring».")
            }
            let qid = parts[0].trimmingCharacters(in: .whitespaces)
            let q = try parse(index, String(parts[1])).query
            let results = try wrap { try snapshot.search(q, limit: limit) }
            let docs = try wrap { try snapshot.documents(results.hits.map(\.id)) }
            for (rank, h) in results.hits.enumerated() {
                guard let d = docs[h.id] else { continue }
                print("\(qid) Q0 \(d.externalKey) \(rank + 1) \(String(format: "%.6f", h.score)) kommunesok")
            }
        }
    }
}


/// JSON shape of `search --json`.
struct SearchOutput: Encodable {
    struct HitOutput: Encodable {
        var id: Int64
        var key: String
        var title: String
        var score: Double
        var type: String?
        var municipalities: [String]
        var date: String?
        var format: String
        var path: String?
        var page: Int?
        var snippet: String
        /// Ids of near-duplicates folded into this hit.
        var duplicates: [Int64]

        init(_ h: Hit) {
            id = h.id.rawValue
            key = h.externalKey
            title = h.title
            score = h.score
            type = h.documentType
            municipalities = h.municipalities
            date = h.date
            format = h.sourceFormat
            path = h.sourcePath
            page = h.snippet.page
            snippet = h.snippet.rendered(open: "«", close: "»")
            duplicates = h.duplicates.map(\.rawValue)
        }
    }

    var query: String
    var totalHits: Int
    var totalIsExact: Bool
    var milliseconds: Double
    var hits: [HitOutput]
    /// «Mente du …?»: the corrected query, when the query had few hits and one was found.
    var suggestion: String?
}
