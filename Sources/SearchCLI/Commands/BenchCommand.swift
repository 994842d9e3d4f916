import ArgumentParser

/// `kommunesok bench --corpus DIR`: Kommunesøk against SQLite FTS5 in one run.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Ytelsestest mot SQLite FTS5.")

    func run() async throws {
        throw CLIError("bench er ikke ferdig ennå.")
    }
}
