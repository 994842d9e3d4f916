import ArgumentParser
import SearchEngine

/// `--synonymer FIL`, shared by the commands that search (`search`, `serve`, `eval`).
struct SynonymOptions: ParsableArguments {
    @Option(
        name: .customLong("synonymer"),
        help: ArgumentHelp("Synonymliste å søke med i stedet for standardlisten: én gruppe per linje, ledd skilt med komma (se README «Synonymer»).", valueName: "fil"))
    var path: String?

    /// `base` with the list of `--synonymer`, when given, else the shipped list.
    func configuration(_ base: SearchEngineConfiguration = SearchEngineConfiguration()) throws -> SearchEngineConfiguration {
        var configuration = base
        if let path {
            do {
                try configuration.loadSynonyms(path: path)
            } catch {
                throw CLIError(error.message)
            }
        }
        return configuration
    }
}
