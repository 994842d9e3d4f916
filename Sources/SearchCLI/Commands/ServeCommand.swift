import ArgumentParser
import Foundation
import Hummingbird
import SearchEngine
import SearchServer

/// `kommunesok serve`: the web search and the JSON API on Hummingbird.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start webserveren: søkesider på norsk og JSON-API.",
        discussion: """
            Nøkkelen for opplasting og sletting tas fra --token, ellers $KOMMUNESOK_TOKEN, ellers filen api-token \
            i indeksmappen; finnes ingen, lages en ny (filrettigheter 0600) og skrives ut én gang, bare til en \
            terminal, aldri til en logg. Stopp med Ctrl-C eller SIGTERM: \
            forespørsler som er i gang fullføres først.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var synonymOptions: SynonymOptions

    @Option(help: ArgumentHelp("Adressen serveren lytter på. Bruk 0.0.0.0 bare bak en proxy med TLS.", valueName: "adresse"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Porten serveren lytter på.", valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp("API-nøkkel for opplasting og sletting (standard: $KOMMUNESOK_TOKEN eller api-token i indeksmappen).", valueName: "nøkkel"))
    var token: String?

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("Største fil ved opplasting, i MB.", valueName: "MB"))
    var maxFileSize = 100

    @Option(name: .customLong("max-files"), help: ArgumentHelp("Flest filer per opplasting.", valueName: "antall"))
    var maxFiles = 20

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port må være mellom 1 og 65535.") }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size må være minst 1 (MB).") }
        guard maxFiles > 0 else { throw ValidationError("--max-files må være minst 1.") }
    }

    func run() async throws {
        let index = try global.open(try synonymOptions.configuration())
        let resolved: APIToken
        do {
            resolved = try APIToken.resolve(option: token, environment: ProcessInfo.processInfo.environment, indexPath: index.path)
        } catch let e as APIError {
            throw CLIError(e.message)
        }
        var configuration = ServerConfiguration(token: resolved.value)
        configuration.host = host
        configuration.port = port
        configuration.maxFileBytes = maxFileSize * 1_048_576
        configuration.maxFilesPerRequest = maxFiles
        configuration.maxRequestBytes = max(configuration.maxRequestBytes, configuration.maxFileBytes + 1_048_576)

        let shownHost = host == "0.0.0.0" || host == "::" ? "localhost" : host
        print("Kommunesøk kjører på http://\(shownHost):\(port)/ (indeks: \(index.path))")
        print(resolved.announcement(indexPath: index.path, toTerminal: isatty(STDOUT_FILENO) == 1))
        print("Stopp med Ctrl-C.")
        // Before the server's own log lines, also when stdout is a file (fully buffered).
        fflush(nil)
        let app = buildApplication(index: index, configuration: configuration)
        try await app.runService()
        index.close()
    }
}
