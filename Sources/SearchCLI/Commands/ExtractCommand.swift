import ArgumentParser
import Foundation
import TextExtraction

/// `kommunesok extract FILE [--json]`: shows what the indexer would get from one document.
///
/// With `--json` the output is the complete ``ExtractedDocument`` as JSON (every key present,
/// sorted), which the engine reads when it runs extraction of untrusted files in a child
/// process. On failure the exit code is 1, the Norwegian message goes to stderr and, with
/// `--json`, `{"error": {...}}` goes to stdout.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Hent ut tekst og metadata fra et dokument (PDF, DOCX, ODT, HTML, RTF, Markdown eller tekst)."
    )

    @Argument(help: "Dokumentet som skal leses.")
    var file: String

    @Flag(help: "Skriv resultatet som JSON.")
    var json = false

    @Option(help: "Største filstørrelse i byte (standard 100 MiB).")
    var maxFileBytes: Int?

    @Option(name: .customLong("limit-cpu"), help: .hidden)
    var limitCPU: Int?

    @Option(name: .customLong("limit-memory"), help: .hidden)
    var limitMemory: Int?

    func run() throws {
        // As a child of the indexer: limit ourselves before touching the file.
        if let limitCPU { Self.limit(RLIMIT_CPU, UInt64(limitCPU)) }
        if let limitMemory { Self.limit(RLIMIT_AS, UInt64(limitMemory)) }
        var limits = ExtractionLimits.default
        if let maxFileBytes { limits.maxFileBytes = maxFileBytes }
        let extractor = DocumentExtractor(limits: limits)
        let document: ExtractedDocument
        do {
            document = try extractor.extract(fileAt: URL(fileURLWithPath: file))
        } catch {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            if json { try write(ErrorEnvelope(error: error)) }
            throw ExitCode(1)
        }
        if json {
            try write(document)
        } else {
            print(Self.humanReadable(document))
        }
    }

    private static func limit(_ resource: __rlimit_resource, _ value: UInt64) {
        var r = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
        setrlimit(__rlimit_resource_t(resource.rawValue), &r)
    }

    private struct ErrorEnvelope: Encodable {
        var error: ExtractionError
    }

    private func write(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }

    static func humanReadable(_ document: ExtractedDocument) -> String {
        func line(_ label: String, _ value: String?) -> String { "\(label): \(value ?? "–")" }
        let iso = ISO8601DateFormatter()
        var lines = [
            line("Format", document.format.rawValue),
            line("Tittel", document.title),
            line("Forfatter", document.author),
            line("Beskrivelse", document.summary),
            line("Opprettet", document.created.map(iso.string(from:))),
            line("Endret", document.modified.map(iso.string(from:))),
            line("Sider", document.pageCount.map(String.init)),
            line("Språk", document.language?.rawValue),
            line("Dokumenttype", document.documentType.rawValue),
            line("Kommuner", document.municipalities.isEmpty ? nil : document.municipalities.joined(separator: ", ")),
            line("Saksnummer", document.caseNumbers.isEmpty ? nil : document.caseNumbers.joined(separator: ", ")),
            line("Datoer", document.mentionedDates.isEmpty ? nil : document.mentionedDates.joined(separator: ", ")),
            line("Temaer", document.themes.isEmpty ? nil : document.themes.joined(separator: ", ")),
            line("Tekst", "\(document.text.utf8.count) byte"),
        ]
        for warning in document.warnings { lines.append("Advarsel: \(warning)") }
        lines.append("")
        if document.pageOffsets.count > 1 {
            let utf8 = Array(document.text.utf8)
            for (index, start) in document.pageOffsets.enumerated() {
                let end = index + 1 < document.pageOffsets.count ? document.pageOffsets[index + 1] : utf8.count
                lines.append("--- side \(index + 1) ---")
                lines.append(String(decoding: utf8[start..<max(start, end)], as: UTF8.self))
            }
        } else {
            lines.append(document.text)
        }
        return lines.joined(separator: "\n")
    }
}
