import ArgumentParser
import Foundation
import SearchEngine

/// Options every command that touches an index shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Indeksmappen (standard: $KOMMUNESOK_INDEX, ellers ./kommunesok-indeks).", valueName: "mappe"))
    var index: String?

    /// The index directory: the flag, else the environment, else `./kommunesok-indeks`.
    var indexPath: String {
        index ?? ProcessInfo.processInfo.environment["KOMMUNESOK_INDEX"] ?? "kommunesok-indeks"
    }

    func open(_ configuration: SearchEngineConfiguration = SearchEngineConfiguration()) throws -> SearchIndex {
        do {
            return try SearchIndex(path: indexPath, configuration: configuration)
        } catch {
            throw CLIError(error.message)
        }
    }
}

/// A failure the CLI reports as one line on stderr, with exit code 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Writes to stderr (progress lines and diagnostics stay out of piped stdout).
enum Console {
    static func error(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    static func progress(_ s: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + s).utf8))
    }

    static var isTerminal: Bool { isatty(2) != 0 }
    static var isStdoutTerminal: Bool { isatty(1) != 0 }
}

extension CommandLine {
    /// The absolute path of this executable (for child processes).
    static var selfPath: String {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        let a = arguments[0]
        return a.hasPrefix("/") ? a : FileManager.default.currentDirectoryPath + "/" + a
    }
}
