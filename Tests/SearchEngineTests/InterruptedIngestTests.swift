import Foundation
import QueryEngine
import SearchEngine
import Testing

/// kill -9 of `kommunesok index` during a `--rebuild` and during a long first import: a rebuild
/// leaves the old index whole (or the new one complete), an import keeps its periodic commits.
@Suite(.serialized) struct InterruptedIngestTests {
    var built: Bool {
        let ok = FileManager.default.isExecutableFile(atPath: TestSupport.executable)
        if !ok { Issue.record("kommunesok is not built at \(TestSupport.executable); run `swift build` first") }
        return ok
    }

    /// Starts `kommunesok` with `arguments` (output discarded).
    func start(_ arguments: [String]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: TestSupport.executable)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// The keys of the documents whose files lie under `root`.
    func keys(_ index: String, under root: String) throws -> Set<String> {
        Set(try SearchIndex(path: index).snapshot().documentKeys(under: [URL(fileURLWithPath: root).standardizedFileURL.path]))
    }

    @Test func killedRebuildKeepsTheOldIndex() throws {
        guard built else { return }
        let seed: UInt64 = 20261208
        var state = seed
        var span = 0.0
        func nextDelay() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 40) / Double(1 << 24) * span
        }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = dir + "/indeks"
        let corpus = TestSupport.corpusDocuments
        let subset = corpus + "/asker"
        #expect(try TestSupport.runExecutable(["index", "--index", index, corpus], index: index).status == 0)
        var current = try keys(index, under: corpus)
        let full = current
        #expect(full.count >= 60)
        let small = Set(try FileManager.default.contentsOfDirectory(atPath: subset).filter { !$0.hasPrefix(".") }.map { "asker/" + $0 })
        // One rebuild to the end sets the kill moments: 0 … 1.5 × its time (the machine's load
        // varies), so some rebuilds of the small subset finish and those of the whole Corpus
        // (about 5 × longer) are killed at every stage.
        let t0 = Date()
        #expect(try TestSupport.runExecutable(["index", "--index", index, "--rebuild", subset], index: index).status == 0)
        span = Date().timeIntervalSince(t0) * 1.5
        #expect(try keys(index, under: corpus) == small)
        current = small

        var killed = 0
        for round in 0..<12 {
            // Alternate what the rebuild indexes, so an old and a new index are told apart.
            let (target, expected) = round % 2 == 0 ? (corpus, full) : (subset, small)
            let delay = nextDelay()
            let p = try start(["index", "--index", index, "--rebuild", "--flush-every", "3", target])
            let deadline = Date().addingTimeInterval(delay)
            while p.isRunning && Date() < deadline { usleep(2_000) }
            if p.isRunning { kill(p.processIdentifier, SIGKILL); killed += 1 }
            p.waitUntilExit()

            let now = try keys(index, under: corpus)
            #expect(now == current || now == expected, "seed \(seed) round \(round) delay \(delay): \(now.count) documents, neither the old \(current.count) nor the new \(expected.count)")
            let opened = try SearchIndex(path: index)
            let snapshot = try opened.snapshot()
            #expect(snapshot.check().isHealthy, "seed \(seed) round \(round): \(snapshot.check().problems)")
            #expect(snapshot.documentCount == now.count)
            #expect(try snapshot.search(opened.plainQuery("kommune", mode: .or), limit: 5, counting: .exact).totalHits > 0)
            current = now
        }
        print(String(format: "rebuild crash test: %d of 12 rebuilds killed, delays up to %.2f s (seed %llu)", killed, span, seed))
        #expect(killed >= 3, "seed \(seed): too few rebuilds were killed; the delays are too long for this machine")
        // The next run removes what the killed rebuilds left beside the index.
        #expect(try TestSupport.runExecutable(["index", "--index", index, subset], index: index).status == 0)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0 != "indeks" }
        #expect(siblings.isEmpty, "\(siblings)")
    }

    @Test func killedImportKeepsItsPeriodicCommits() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let corpus = dir + "/dokumenter"
        let fileCount = 3_000
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for i in 0..<fileCount {
            let text = "Sak \(i)\nFellesnemnda behandlet sak \(i) om budsjett, skole og vei i kommunen nummer \(i % 97).\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: corpus + "/sak-\(i).txt"))
        }
        let index = dir + "/indeks"
        // An empty index first, so this process can watch it while the import runs.
        _ = try TestSupport.runExecutable(["index", "--index", index, dir + "/finnes-ikke"], index: index)
        let watched = try SearchIndex(path: index)

        let commitEvery = 100
        let p = try start(["index", "--index", index, "--commit-every", String(commitEvery), "--workers", "1", corpus])
        var seen: Set<String> = []
        while p.isRunning {
            let snapshot = try watched.snapshot()
            if snapshot.documentCount >= commitEvery {
                seen = Set(try snapshot.documentKeys(under: [URL(fileURLWithPath: corpus).standardizedFileURL.path]))
                kill(p.processIdentifier, SIGKILL)
                break
            }
            usleep(1_000)
        }
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal, "the import ended before a periodic commit was seen: nothing was committed before its end")
        #expect(seen.count >= commitEvery)

        let after = try SearchIndex(path: index).snapshot()
        #expect(after.check().isHealthy, "\(after.check().problems)")
        let kept = Set(try after.documentKeys(under: [URL(fileURLWithPath: corpus).standardizedFileURL.path]))
        #expect(kept.isSuperset(of: seen), "\(seen.subtracting(kept).count) committed documents lost")
        #expect(kept.count < fileCount, "killed before the end")

        // The next run resumes: what was committed is unchanged, the rest is indexed.
        let (status, output) = try TestSupport.runExecutable(["index", "--index", index, corpus], index: index)
        #expect(status == 0, "\(output)")
        #expect(output.contains("Indeksert: \(fileCount - kept.count)  erstattet: 0  uendret: \(kept.count)"), "\(output)")
        #expect(try SearchIndex(path: index).snapshot().documentCount == fileCount)
    }

    /// A storage failure after periodic commits: the message says how much of the run is kept
    /// (not «ingenting av denne runden er lagret»), and the kept documents are there.
    @Test func failureAfterACommitSaysWhatIsKept() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let corpus = dir + "/dokumenter"
        let fileCount = 3_000
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for i in 0..<fileCount {
            try Data("Sak \(i)\nFellesnemnda behandlet sak \(i).\n".utf8).write(to: URL(fileURLWithPath: corpus + "/sak-\(i).txt"))
        }
        let index = dir + "/indeks"
        _ = try TestSupport.runExecutable(["index", "--index", index, dir + "/finnes-ikke"], index: index)
        let watched = try SearchIndex(path: index)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: TestSupport.executable)
        p.arguments = ["index", "--index", index, "--commit-every", "100", "--workers", "1", corpus]
        let pipe = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = pipe
        try p.run()
        // After the first periodic commit, the segment folder becomes a file: the next flush fails
        // (the tests run as root, so permissions would not stop the writer).
        let segments = index + "/segments"
        var broken = false
        while p.isRunning {
            if try watched.snapshot().documentCount >= 100 {
                try FileManager.default.moveItem(atPath: segments, toPath: segments + "-flyttet")
                try Data().write(to: URL(fileURLWithPath: segments))
                broken = true
                break
            }
            usleep(1_000)
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(broken, "the import ended before a periodic commit was seen")
        guard broken else { return }
        try FileManager.default.removeItem(atPath: segments)
        try FileManager.default.moveItem(atPath: segments + "-flyttet", toPath: segments)

        #expect(p.terminationStatus != 0, "\(output)")
        #expect(!output.contains("ingenting av denne runden er lagret"), "\(output)")
        #expect(output.contains("av filene i denne runden er lagret") && output.contains("kjør kommandoen på nytt"), "\(output)")
        let after = try SearchIndex(path: index).snapshot()
        #expect(after.documentCount >= 100 && after.documentCount < fileCount)
        #expect(after.check().isHealthy, "\(after.check().problems)")
    }
}
