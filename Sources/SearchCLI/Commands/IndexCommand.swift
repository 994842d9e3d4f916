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

    @Flag(help: "Slett indeksen og bygg den på nytt.")
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

    @Flag(help: "Slå sammen alle segmenter til ett etterpå (raskest søk).")
    var optimize = false

    func run() async throws {
        if rebuild { try? FileManager.default.removeItem(atPath: global.indexPath) }
        var config = SearchEngineConfiguration()
        guard budget >= 16 else { throw CLIError("--budget må være minst 16 MB.") }
        config.indexingMemoryBudgetBytes = budget << 20
        if let workers { config.indexingWorkers = max(1, workers) }
        config.extractionLimits.maxFileBytes = maxFileSize << 20
        config.maxDocumentsPerSegment = flushEvery
        config.extractionIsolation = .childProcess(.init(executable: CommandLine.selfPath))
        let index = try global.open(config)
        let walk = FileWalker.collect(paths)
        for problem in walk.problems { Console.error("advarsel: \(problem)") }
        let items = walk.files.map { f -> IngestItem in
            var item = IngestItem.file(f)
            item.plainText = plainText
            return item
        }
        let writer: IndexWriter
        do { writer = try index.openWriter() } catch { throw CLIError(error.message) }

        let interactive = Console.isTerminal
        let lastPrint = Mutex(0.0)
        let report: IngestReport
        do {
            report = try writer.ingest(items) { p in
                let due = lastPrint.withLock { last in
                    guard p.seconds - last >= (interactive ? 0.2 : 5) || p.itemsDone == p.itemsTotal else { return false }
                    last = p.seconds
                    return true
                }
                if due { Console.progress(ProgressLine.format(p)) }
            }
        } catch {
            Console.error("")
            throw CLIError("Indekseringen ble avbrutt, ingenting av denne runden er lagret: \(error.message)")
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

        print("Indeksert: \(report.indexedCount)  erstattet: \(report.replacedCount)  uendret: \(report.unchangedCount)  feilet: \(report.failures.count)" + (sync ? "  fjernet: \(removed)" : ""))
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
