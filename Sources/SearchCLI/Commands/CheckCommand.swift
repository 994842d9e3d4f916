import ArgumentParser
import SearchEngine

/// `kommunesok check`: verifies every index file and that segments and the store agree.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Kontroller at indeksen er hel: sjekksummer, postinger og dokumentlager.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let index = try global.open()
        let snapshot: IndexSnapshot
        do {
            snapshot = try index.snapshot()
        } catch {
            Console.error("FEIL: \(error.message)")
            throw ExitCode(2)
        }
        let r = snapshot.check()
        print("Segmenter: \(r.segments)  postinger: \(r.postings)  dokumenter i indeksen: \(r.liveDocuments)  i lageret: \(r.storedDocuments)")
        if r.isHealthy {
            print("OK: indeksen er hel (commit \(snapshot.generation)).")
        } else {
            for p in r.problems { Console.error("FEIL: \(p)") }
            throw ExitCode(2)
        }
    }
}
