import ArgumentParser
import DocumentStore
import Foundation
import QueryEngine
import SearchEngine
import InvertedIndex

/// `kommunesok bench --corpus DIR`: indexes one corpus with Kommunesøk and with SQLite FTS5
/// (unicode61) in the same run and times the same seeded queries against both.
///
/// Each engine indexes in its own child process (`bench-worker`), so peak memory is measured
/// per engine (`ru_maxrss`) and neither inherits the other's heap. Queries then run in this
/// process against both indexes: one warm-up pass, then `--passes` timed passes.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Ytelsestest: Kommunesøk mot SQLite FTS5 på samme korpus, i samme kjøring.")

    @Option(help: ArgumentHelp("Mappe med tekstfiler (f.eks. utpakket NoReC).", valueName: "mappe"))
    var corpus: String

    @Option(help: ArgumentHelp("Spørringer, én per linje (f.eks. ../shared/benchmarks/norec-queries.txt). Uten denne trekkes spørringer fra korpuset.", valueName: "fil"))
    var queries: String?

    @Option(help: ArgumentHelp("Arbeidsmappe for indeksene (tømmes først; en mappe med andre filer nektes).", valueName: "mappe"))
    var work = "/tmp/kommunesok-bench"

    @Option(help: "Tidsmålte runder over spørringene.")
    var passes = 5

    @Option(help: "Frø for spørringer som trekkes fra korpuset.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("Minnebudsjett for indeksering i MB.", valueName: "MB"))
    var budget = 256

    @Option(help: "Indekser korpuset så mange ganger (skaleringstest; bare Kommunesøk).")
    var repetitions = 1

    @Flag(help: "Hopp over FTS5 (bare Kommunesøk).")
    var skipFts5 = false

    func run() async throws {
        let files = FileWalker.collect([corpus]).files.map(\.path)
        guard !files.isEmpty else { throw CLIError("Fant ingen filer i \(corpus). Pakk ut korpuset først, f.eks. tar -xJf ../shared/corpora/norec-train.tar.xz -C /tmp") }
        try clearWorkFolder()
        // Every file is read once, untimed, so that each engine starts from a warm page cache;
        // otherwise the engine timed first pays the disk reads (measured: a run right after a
        // build took ~1 s longer for whichever engine went first).
        let bytes = files.reduce(0) { $0 + (FileManager.default.contents(atPath: $1)?.count ?? 0) }
        Console.error("Korpus: \(files.count) filer, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB. Indekserer …")

        var table = BenchTable(corpusFiles: files.count * repetitions, corpusBytes: bytes * repetitions)
        let ours = try BenchWorker.spawn(["index-ours", "--corpus", corpus, "--out", work + "/kommunesok", "--budget", String(budget), "--repetitions", String(repetitions)])
        Console.error(String(format: "Kommunesøk: %.2f s", ours.seconds))
        var fts: BenchWorker.IndexResult?
        if !skipFts5 && repetitions == 1 {
            fts = try BenchWorker.spawn(["index-fts5", "--corpus", corpus, "--out", work + "/fts5.sqlite"])
            Console.error(String(format: "FTS5: %.2f s", fts!.seconds))
            let withText = try BenchWorker.spawn(["index-fts5-text", "--corpus", corpus, "--out", work + "/fts5-tekst.sqlite"])
            Console.error(String(format: "FTS5 med lagret tekst: %.2f s", withText.seconds))
            table.fts5WithText = withText
            // With no journal the database file is the whole store: read its size, do not reopen it.
            table.fts5WithTextFileSize = (try? FileManager.default.attributesOfItem(atPath: work + "/fts5-tekst.sqlite")[.size] as? Int).flatMap { $0 }.map(Int64.init)
        }

        let querySet = try BenchQueries.load(file: queries, files: files, seed: seed)
        let index = try wrap { try SearchIndex(path: work + "/kommunesok") }
        let snapshot = try wrap { try index.snapshot() }
        let baseline = try fts.map { _ in try FTS5Baseline(path: work + "/fts5.sqlite") }

        table.ours = ours
        table.fts5 = fts
        if let baseline { table.fts5Size = Int(try baseline.indexBytes()) }
        table.oursSize = snapshot.indexSizeInBytes
        table.oursStoreSize = directorySize(work + "/kommunesok") - snapshot.indexSizeInBytes

        for mode in PlainQueryMode.allCases {
            let texts = mode == .phrase ? querySet.phrases : querySet.words
            let compiled = texts.map { index.plainQuery($0, mode: mode) }
            let oursTimes = try time(passes: passes, count: compiled.count) { i in
                _ = try snapshot.search(compiled[i], limit: 10, counting: .standard)
            }
            var row = BenchTable.Row(mode: mode, queries: texts.count, ours: oursTimes)
            if let baseline {
                let terms = texts.map(BenchQueries.rawTerms)
                let ftsMode: FTS5Baseline.Mode = mode == .or ? .or : (mode == .and ? .and : .phrase)
                row.fts5 = try time(passes: passes, count: terms.count) { i in
                    _ = try baseline.search(terms[i], mode: ftsMode, limit: 10)
                }
                // Top-10 overlap: how many of FTS5's ten are also in ours (FTS5 keeps docids).
                var overlap = 0.0
                var counted = 0
                for i in 0..<min(texts.count, 200) {
                    let theirs = Set(try baseline.search(terms[i], mode: ftsMode, limit: 10).map(\.key))
                    guard !theirs.isEmpty else { continue }
                    let r = try snapshot.search(compiled[i], limit: 10)
                    let mine = Set(try snapshot.documents(r.hits.map(\.id)).values.map { DocumentKey.docid($0.externalKey) })
                    overlap += Double(mine.intersection(theirs).count) / Double(theirs.count)
                    counted += 1
                }
                row.overlap = counted == 0 ? nil : overlap / Double(counted)
            }
            table.rows.append(row)
        }
        // Query-language features on Kommunesøk alone (FTS5 has no fuzzy or more-like-this).
        let words = querySet.words.compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0.count >= 5 }
        let prefixQueries = try words.map { try index.parseQuery(String($0.prefix(4)) + "*").query }
        let fuzzyQueries = try words.map { try index.parseQuery($0 + "~").query }
        table.extras.append(("prefiks", try time(passes: passes, count: prefixQueries.count) { i in _ = try snapshot.search(prefixQueries[i], limit: 10) }))
        table.extras.append(("uklar~", try time(passes: passes, count: fuzzyQueries.count) { i in _ = try snapshot.search(fuzzyQueries[i], limit: 10) }))
        var rng = SplitMix64(seed: seed)
        let ids = snapshot.searcher.segments.flatMap { s in (0..<min(s.reader.documentCount, 2000)).map { s.reader.documentID(UInt32($0)) } }
        let sample = (0..<200).map { _ in ids[Int(rng.next() % UInt64(ids.count))] }
        table.extras.append(("lignende", try time(passes: 1, count: sample.count) { i in _ = try snapshot.similarDocuments(to: sample[i], limit: 10) }))
        print(table.render())
    }

    /// What a bench run leaves in its work folder: our index and the two FTS5 databases (with
    /// SQLite's journal files).
    static let workEntries: Set<String> = Set(["fts5.sqlite", "fts5-tekst.sqlite"].flatMap { [$0, $0 + "-wal", $0 + "-shm", $0 + "-journal"] })

    /// Removes an earlier run's indexes from `--work`, or creates it. A folder holding anything
    /// else (a mistyped `--work ~/Dokumenter`) is refused, and nothing in it is touched.
    private func clearWorkFolder() throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: work, isDirectory: &isDirectory) {
            let entries = isDirectory.boolValue ? (try? fm.contentsOfDirectory(atPath: work)) : nil
            guard let entries else { throw CLIError("\(work) er ikke en mappe som kan leses; oppgi en annen --work.") }
            for entry in entries.sorted() {
                let own = entry == "kommunesok" ? IndexFolder.classify(work + "/" + entry).isRemovable : Self.workEntries.contains(entry)
                guard own else {
                    throw CLIError("\(work) ser ikke ut som en Kommunesøk-arbeidsmappe for bench (den inneholder «\(entry)»), så den slettes ikke. "
                        + "Oppgi en tom mappe, arbeidsmappen fra en tidligere bench eller en mappe som ikke finnes ennå.")
                }
            }
            try wrap { try IndexFolder.remove(work + "/kommunesok") }
            for entry in entries where Self.workEntries.contains(entry) { try fm.removeItem(atPath: work + "/" + entry) }
        }
        try fm.createDirectory(atPath: work, withIntermediateDirectories: true)
    }

    private func time(passes: Int, count: Int, _ body: (Int) throws -> Void) throws -> [Double] {
        for i in 0..<count { try body(i) }  // warm-up
        var samples: [Double] = []
        samples.reserveCapacity(passes * count)
        for _ in 0..<passes {
            for i in 0..<count {
                let t0 = DispatchTime.now().uptimeNanoseconds
                try body(i)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
        }
        return samples
    }

    private func directorySize(_ path: String) -> Int {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: path) else { return 0 }
        var total = 0
        for case let f as String in e {
            total += (try? fm.attributesOfItem(atPath: path + "/" + f)[.size] as? Int) ?? 0
        }
        return total
    }
}
