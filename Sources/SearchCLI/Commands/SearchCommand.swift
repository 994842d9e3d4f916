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
    @OptionGroup var synonymOptions: SynonymOptions

    @Argument(help: "Spørringen.")
    var query: String?

    @Option(help: "Antall treff.")
    var limit = 10

    @Option(help: "Side (fra 1) i treffene.")
    var side = 1

    @Option(help: ArgumentHelp("Hopp over de første N treffene (i stedet for --side).", valueName: "N"))
    var offset: Int?

    @Option(help: ArgumentHelp("Rekkefølge: relevans (standard) eller dato (nyeste først, udaterte sist; sorterer de 1000 beste treffene). Godtar også relevance og date.", valueName: "relevans|dato"))
    var sort = "relevans"

    @Flag(help: "Skriv fordelingen av treffene på type, kommune, år og format etter treffene.")
    var facets = false

    @Flag(name: .customLong("ingen-gruppering"), help: "Vis nesten like dokumenter hver for seg i stedet for å samle dem under det beste treffet («også delt av»).")
    var noGrouping = false

    @Flag(name: .customLong("og"), help: "Krev alle ordene (standard: dokumenter med flest av ordene rangeres først).")
    var requireAll = false

    @Flag(help: "Skriv resultatet som JSON.")
    var json = false

    @Flag(help: "Vis BM25-utregningen per term og felt for hvert treff.")
    var explain = false

    @Option(help: ArgumentHelp("Fil med «qid<TAB>spørring»-linjer; skriver en TREC-kjøring (rå rangering: ingen gruppering, --sort og --offset gjelder ikke).", valueName: "fil"))
    var batch: String?

    /// The search options of the command line, checked.
    func options() throws -> SearchOptions {
        guard limit > 0, limit <= SearchOptions.maxLimit else { throw CLIError("--limit må være mellom 1 og \(SearchOptions.maxLimit).") }
        guard side >= 1 else { throw CLIError("--side må være 1 eller mer.") }
        guard let order = ResultOrder(userValue: sort) else {
            throw CLIError("--sort må være «relevans» eller «dato» (også «relevance» eller «date»), ikke «\(sort)».")
        }
        if let offset {
            guard side == 1 else { throw CLIError("Bruk enten --offset eller --side, ikke begge.") }
            guard (0...SearchOptions.maxOffset).contains(offset) else { throw CLIError("--offset må være mellom 0 og \(SearchOptions.maxOffset).") }
        }
        let start = offset ?? (side - 1) * limit
        guard start <= SearchOptions.maxOffset else { throw CLIError("--side \(side) er for langt ut (over \(SearchOptions.maxOffset) treff); snevre inn søket.") }
        return SearchOptions(limit: limit, offset: start, order: order, groupNearDuplicates: !noGrouping, countFacets: facets)
    }

    func run() async throws {
        let options = try options()
        let index = try global.open(try synonymOptions.configuration())
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
        let page = try wrap { try snapshot.searchPage(q, options: options) }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let suggestion = page.totalHits < Self.fewHits ? snapshot.suggest(for: text) : nil
        if json {
            let out = SearchOutput(query: text, options: options, page: page, milliseconds: ms, suggestion: suggestion)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try enc.encode(out), as: UTF8.self))
            return
        }
        for note in built.notes + page.notes { print("merk: \(note)") }
        let total = page.totalIsExact ? "\(page.totalHits)" : "over \(page.totalHits)"
        print(String(format: "%@ treff (%.2f ms)", total, ms) + (options.order == .date ? ", nyeste først" : ""))
        if let suggestion { print("Mente du: \(suggestion)?") }
        if page.foldedHits > 0 {
            let what = page.foldedHits == 1 ? "1 nesten likt dokument er samlet under treffet det ligner" : "\(page.foldedHits) nesten like dokumenter er samlet under treffene de ligner"
            print("\(what) («også delt av»); --ingen-gruppering viser dem hver for seg.")
        }
        let bold = Console.isStdoutTerminal ? "\u{1B}[1m" : "["
        let plain = Console.isStdoutTerminal ? "\u{1B}[0m" : "]"
        for (i, h) in page.hits.enumerated() {
            let meta = [h.documentType, h.municipalities.isEmpty ? nil : h.municipalities.joined(separator: ", "), h.date, h.sourceFormat]
                .compactMap { $0 }.joined(separator: " · ")
            print("\n\(options.offset + i + 1). \(h.title)  [\(h.externalKey)]  \(String(format: "%.3f", h.score))")
            print("   \(meta)" + (h.snippet.page.map { " · side \($0)" } ?? ""))
            print("   " + h.snippet.rendered(open: bold, close: plain))
            if !h.alsoSharedBy.isEmpty { print("   " + SearchTextOutput.sharedBy(h.alsoSharedBy)) }
            if explain {
                let e = try wrap { try snapshot.explain(q, document: h.id) }
                for line in e.lines(k1: snapshot.searcher.parameters.k1, b: snapshot.searcher.parameters.b) { print("   " + line) }
            }
        }
        if page.hits.isEmpty && page.totalHits > 0 { print("\nIngen treff på denne siden; prøv en lavere --side eller --offset.") }
        if let facets = page.facets {
            print("")
            for line in SearchTextOutput.facetBlock(facets, exact: page.facetsExact, totalHits: page.totalHits) { print(line) }
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

    /// Answers every line it can: a line without a tab, an empty or malformed query, or a failed
    /// search is reported on stderr with its line number and qid, and the run goes on (one bad
    /// query must not cost the answers to the others). Exits non-zero only when no query could
    /// be answered.
    private func runBatch(_ path: String, _ index: SearchIndex, _ snapshot: IndexSnapshot) throws {
        guard let content = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CLIError("Kan ikke lese \(path) som UTF-8-tekst.")
        }
        var lineNumber = 0
        var answered = 0
        var failed = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let qid = parts[0].trimmingCharacters(in: .whitespaces)
            let location = "\(path):\(lineNumber)" + (qid.isEmpty ? "" : " (qid \(qid))")
            let text = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
            guard parts.count == 2, !qid.isEmpty else {
                Console.error("\(location): forventet «qid<TAB>spørring»; linjen hoppes over.")
                failed += 1
                continue
            }
            guard !text.isEmpty else {
                Console.error("\(location): tom spørring; linjen hoppes over.")
                failed += 1
                continue
            }
            do {
                let q = try parse(index, text).query
                let results = try wrap { try snapshot.search(q, limit: limit) }
                // Keys only: a run prints no text, and reading whole documents cost more than searching.
                let keys = try wrap { try snapshot.externalKeys(results.hits.map(\.id)) }
                for (rank, h) in results.hits.enumerated() {
                    guard let key = keys[h.id] else { continue }
                    print("\(qid) Q0 \(DocumentKey.docid(key)) \(rank + 1) \(String(format: "%.6f", h.score)) kommunesok")
                }
                answered += 1
            } catch {
                Console.error("\(location): \(error)")
                failed += 1
            }
        }
        if failed > 0 {
            Console.error("\(failed) av \(answered + failed) spørringer kunne ikke besvares (se meldingene over); \(answered) ble besvart.")
        }
        if answered == 0 && failed > 0 { throw ExitCode(1) }
    }
}


