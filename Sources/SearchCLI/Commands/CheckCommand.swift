import ArgumentParser
import SearchEngine

/// `kommunesok check`: verifies every index file and that segments, manifest and store agree.
/// Exit code 2 when anything is damaged.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontroller at indeksen er hel: loggfil, database, dokumentsjekksummer, manifest, segmentfiler og postinger.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let index = try global.open()
        let r = index.check()
        print("Segmenter: \(r.segments)  postinger: \(r.postings)  dokumenter i indeksen: \(r.liveDocuments)  i lageret: \(r.storedDocuments)  kontrollert med sjekksum: \(r.verifiedDocuments)")
        for note in r.notes { print("MERK: \(note)") }
        if r.isHealthy {
            print("OK: indeksen er hel\(r.generation.map { " (commit \($0))" } ?? "").")
        } else {
            for p in r.problems { Console.error("FEIL: \(p)") }
            throw ExitCode(2)
        }
    }
}
