import ArgumentParser
import Foundation
import SearchEngine

/// `kommunesok backup MAPPE`: a consistent copy of the index, also while a server searches and
/// takes uploads (`SearchIndex.backup(to:)`).
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Ta en sikkerhetskopi av indeksen (også mens serveren kjører) til en ny eller tom mappe.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Mappen kopien skal ligge i; må være ny eller tom.", valueName: "mappe"))
    var target: String

    func run() async throws {
        let index = try global.open()
        let report: BackupReport
        do {
            report = try index.backup(to: target)
        } catch {
            throw CLIError(error.message)
        }
        let megabytes = String(format: "%.1f", Double(report.segmentBytes) / 1_048_576)
        print("Sikkerhetskopi av commit \(report.generation): \(report.documentCount) dokumenter, \(report.segmentFiles) segmentfiler (\(report.linkedFiles) lenket, \(report.copiedFiles) kopiert, \(megabytes) MB) i \(report.path).")
        print("Bruk den med `--index \(report.path)`; kontroller den med `kommunesok check --index \(report.path)`.")
    }
}
