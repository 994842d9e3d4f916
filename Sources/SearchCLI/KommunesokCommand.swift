import ArgumentParser

/// The `kommunesok` command line.
@main
struct KommunesokCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kommunesok",
        abstract: "Kommunesøk: søk i dokumenter fra kommunesammenslåinger.",
        subcommands: [
            IndexCommand.self, SearchCommand.self, StatsCommand.self, CheckCommand.self, BackupCommand.self, EvalCommand.self, BenchCommand.self, BenchWorker.self,
            AnalyzeCommand.self, ExtractCommand.self, ServeCommand.self, SimilarCommand.self,
        ]
    )
}
