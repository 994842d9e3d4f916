import ArgumentParser
import Foundation
import SearchEngine
import TextExtraction
import Synchronization

/// `kommunesok index PATH…`: indexes files and folders (recursively), incrementally.
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Indekser filer og mapper (rekursivt). Uendrede filer hoppes over, endrede erstattes.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Filer og mapper som skal indekseres.", valueName: "sti"))
    var paths: [String]

    @Flag(help: "Fjern dokumenter fra indeksen når filene deres er borte fra de oppgitte mappene.")
    var sync = false

    @Flag(help: "Avslutt med feilkode om én eneste fil feiler.")
    var strict = false

    @Flag(help: "Bygg indeksen på nytt ved siden av den gamle og bytt når den nye er ferdig (den gamle er søkbar så lenge).")
    var rebuild = false

    @Option(help: ArgumentHelp("Minnebudsjett for indeksering i MB.", valueName: "MB"))
    var budget: Int = 256

    @Option(help: ArgumentHelp("Antall parallelle arbeidere (standard: antall kjerner).", valueName: "n"))
    var workers: Int?

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("Største fil som indekseres, i MB.", valueName: "MB"))
    var maxFileSize: Int = 100

    @Flag(name: .customLong("ren-tekst"), help: "Stol på at filene er ren UTF-8-tekst (første linje er tittel): raskere masseinnlesing uten formatgjenkjenning og metadata.")
    var plainText = false

    @Option(name: .customLong("flush-every"), help: .hidden)
    var flushEvery: Int?

    /// Commits after this many documents (tests make it small; see `IngestCommitInterval`).
    @Option(name: .customLong("commit-every"), help: .hidden)
    var commitEvery: Int?

    @Flag(help: "Slå sammen alle segmenter til ett etterpå (raskest søk).")
    var optimize = false

    func run() async throws {
        guard budget >= 16 else { throw CLIError("--budget må være minst 16 MB.") }
        var config = SearchEngineConfiguration()
        config.indexingMemoryBudgetBytes = budget << 20
        if let workers { config.indexingWorkers = max(1, workers) }
        config.extractionLimits.maxFileBytes = maxFileSize << 20
        config.maxDocumentsPerSegment = flushEvery
        if let commitEvery { config.ingestCommitInterval.documents = max(1, commitEvery) }
        config.extractionIsolation = .childProcess(.init(executable: CommandLine.selfPath))

        IndexRebuild.removeLeftovers(of: global.indexPath)
        // A rebuild builds beside the old index and switches at the end (`IndexRebuild`), so
        // the old index stays searchable, and whole, until the new one is complete.
        let rebuilding = rebuild ? try wrap { try IndexRebuild(target: global.indexPath) } : nil
        let outcome: Outcome
        do {
            outcome = try indexFiles(into: rebuilding?.buildPath ?? global.indexPath, config)
        } catch {
            rebuilding?.abandon()
            throw error
        }
        if let rebuilding { try wrap { try rebuilding.finish() } }

        let report = outcome.report
        print("Indeksert: \(report.indexedCount)  erstattet: \(report.replacedCount)  uendret: \(report.unchangedCount)  feilet: \(report.failures.count)" + (sync ? "  fjernet: \(outcome.removed)" : ""))
        for o in report.outcomes where !o.warnings.isEmpty {
            for w in o.warnings { print("  advarsel \(o.path ?? o.externalKey): \(w)") }
        }
        for f in report.failures {
            if case .failed(let message) = f.status { print("  feilet: \(message)") }
        }
        let succeeded = report.indexedCount + report.replacedCount + report.unchangedCount
        if (strict && !report.failures.isEmpty) || (succeeded == 0 && !report.failures.isEmpty) {
            throw ExitCode(1)
        }
    }

    /// What `indexFiles` did.
    struct Outcome {
        var report: IngestReport
        var removed: Int
    }

    /// Indexes the paths into the index at `indexPath`, then syncs and merges. Every handle on
    /// the index is closed when this returns (a rebuild then switches the folder).
    private func indexFiles(into indexPath: String, _ config: SearchEngineConfiguration) throws -> Outcome {
        let index: SearchIndex
        do { index = try SearchIndex(path: indexPath, configuration: config) } catch { throw CLIError(error.message) }
        let walk = FileWalker.collect(paths)
        for problem in walk.problems { Console.error("advarsel: \(problem)") }
        let items = walk.files.map { f -> IngestItem in
            var item = IngestItem.file(f.path, key: f.key)
            item.plainText = plainText
            return item
        }
        let writer: IndexWriter
        do { writer = try index.openWriter() } catch { throw CLIError(error.message) }

        let interactive = Console.isTerminal
        let lastPrint = Mutex(0.0)
        let committed = Mutex(0)
        let report: IngestReport
        do {
            report = try writer.ingest(items) { p in
                committed.withLock { $0 = max($0, p.itemsCommitted) }
                let due = lastPrint.withLock { last in
                    guard p.seconds - last >= (interactive ? 0.2 : 5) || p.itemsDone == p.itemsTotal else { return false }
                    last = p.seconds
                    return true
                }
                if due { Console.progress(ProgressLine.format(p)) }
            }
        } catch {
            Console.error("")
            throw CLIError(Self.interruptionMessage(error.message, committed: committed.withLock { $0 }, rebuilding: rebuild))
        }
        Console.progress(ProgressLine.format(IngestProgress(itemsDone: items.count, itemsTotal: items.count, bytesDone: report.bytesRead, failures: report.failures.count, seconds: report.seconds)) + "\n")

        var removed = 0
        if sync {
            let present = Set(items.map(\.externalKey))
            let roots = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            let snapshot = try wrap { try index.snapshot() }
            let vanished = try wrap { try snapshot.documentKeys(under: roots) }.filter { !present.contains($0) }
            removed = try wrap { try writer.delete(externalKeys: vanished) }
        }
        do {
            try writer.merge(force: optimize)
        } catch {
            Console.error("advarsel: sammenslåing av segmenter feilet (indeksen er uendret og brukbar): \(error.message)")
        }
        return Outcome(report: report, removed: removed)
    }

    /// The message for an ingest that stopped: what is kept (the periodic commits before the
    /// failure; nothing of a rebuild, whose old index stays as it was) and what to do.
    static func interruptionMessage(_ reason: String, committed: Int, rebuilding: Bool) -> String {
        if rebuilding {
            return "Gjenoppbyggingen ble avbrutt, og den gamle indeksen er uendret: \(reason)"
        }
        if committed == 0 {
            return "Indekseringen ble avbrutt før noe ble lagret i denne runden: \(reason)"
        }
        return "Indekseringen ble avbrutt: \(reason) \(committed) av filene i denne runden er lagret; "
            + "kjør kommandoen på nytt for å fortsette (uendrede filer hoppes over)."
    }
}

/// Turns engine errors into one-line CLI errors.
func wrap<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as SearchEngineError {
        throw CLIError(e.message)
    }
}

/// The progress line: files, MB, docs/s, ETA.
enum ProgressLine {
    static func format(_ p: IngestProgress) -> String {
        let rate = p.seconds > 0 ? Double(p.itemsDone) / p.seconds : 0
        let remaining = rate > 0 ? Double(p.itemsTotal - p.itemsDone) / rate : 0
        let eta = String(format: "%d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        return String(format: "[%d/%d filer] %.1f MB  %.0f dok/s  feilet %d  gjenstår %@",
                      p.itemsDone, p.itemsTotal, Double(p.bytesDone) / 1_048_576, rate, p.failures, eta)
    }
}
