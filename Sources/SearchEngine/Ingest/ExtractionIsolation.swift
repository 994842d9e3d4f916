public import Foundation
internal import TextExtraction

/// Where documents are extracted. Pure-Swift extractors always run in process; the choice is
/// about formats parsed by C libraries (PDF through poppler, HTML through libxml2), where a
/// hostile file can crash the process or allocate without bound.
public enum ExtractionIsolation: Sendable {
    /// Everything in this process (tests, trusted input).
    case inProcess
    /// C-library formats in a child `kommunesok extract --json` process, limited by
    /// `setrlimit` (CPU seconds and address space) and a wall-clock timeout; a crash, a limit or
    /// a timeout fails that one file with a message, and the batch (or server) goes on.
    case childProcess(ChildProcessLimits)

    /// Limits of one extraction child process.
    public struct ChildProcessLimits: Sendable {
        /// The `kommunesok` executable to run.
        public var executable: String
        /// CPU time per file. 60 s: poppler reads a 500-page PDF in a few seconds; a minute means
        /// a pathological file.
        public var cpuSeconds: Int = 60
        /// Address space per child. 2 GiB: ample for a 100 MB PDF (poppler's peak is a few × the
        /// file), and bounded, so a decompression bomb hits the limit instead of the machine.
        public var memoryBytes: Int = 2 << 30
        /// Wall-clock limit, for a child that blocks without using CPU. 120 s.
        public var wallSeconds: Double = 120

        public init(executable: String) {
            self.executable = executable
        }
    }
}

/// Runs `kommunesok extract --json` in a child process and reads its result.
enum IsolatedExtraction {
    static func extract(_ data: Data, item: IngestItem, limits: ExtractionIsolation.ChildProcessLimits, maxFileBytes: Int) -> Result<ExtractedDocument, IngestFailure> {
        let label = item.path ?? item.fileName
        // The child reads a file: the original path, or a private temporary copy of uploaded bytes.
        var temporary: String?
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        let path: String
        if let p = item.path {
            path = p
        } else {
            let ext = (item.fileName as NSString).pathExtension
            let t = NSTemporaryDirectory() + "kommunesok-extract-\(UUID().uuidString)" + (ext.isEmpty ? "" : "." + ext)
            guard FileManager.default.createFile(atPath: t, contents: data, attributes: [.posixPermissions: 0o600]) else {
                return .failure(IngestFailure("\(label): kunne ikke lage en midlertidig fil for uttrekk. Sjekk ledig plass i \(NSTemporaryDirectory())."))
            }
            temporary = t
            path = t
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: limits.executable)
        process.arguments = ["extract", "--json", "--max-file-bytes", String(maxFileBytes),
                             "--limit-cpu", String(limits.cpuSeconds), "--limit-memory", String(limits.memoryBytes), path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            return .failure(IngestFailure("\(label): kunne ikke starte uttrekksprosessen \(limits.executable) (\(error)). Sjekk installasjonen."))
        }
        // Read while the child runs (a full pipe would block it), then wait with a deadline.
        // A Dispatch thread, not a Task: this runs on ingest workers that block, and blocking
        // the cooperative pool while a Task waits for a thread there would deadlock.
        let box = DataBox()
        let readDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.data = out.fileHandleForReading.readDataToEndOfFile()
            readDone.signal()
        }
        if done.wait(timeout: .now() + limits.wallSeconds) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            readDone.wait()
            return .failure(IngestFailure("\(label): uttrekket tok mer enn \(Int(limits.wallSeconds)) s og ble stoppet. Filen kan være skadet eller uvanlig kompleks; prøv å lagre den på nytt."))
        }
        readDone.wait()
        let output = box.data
        if process.terminationReason == .uncaughtSignal {
            let signal = process.terminationStatus
            let what = signal == SIGXCPU ? "brukte mer enn \(limits.cpuSeconds) s prosessortid" : (signal == SIGKILL ? "ble stoppet (minnegrense)" : "krasjet (signal \(signal))")
            return .failure(IngestFailure("\(label): leseren for dette formatet \(what). Filen kan være skadet; prøv å lagre den på nytt, f.eks. som PDF fra originalprogrammet."))
        }
        if process.terminationStatus != 0 {
            if let envelope = try? JSONDecoder().decode(ErrorEnvelope.self, from: output) {
                return .failure(IngestFailure(item.path == nil ? envelope.error.message.replacingOccurrences(of: path, with: item.fileName) : envelope.error.message))
            }
            return .failure(IngestFailure("\(label): uttrekket feilet (kode \(process.terminationStatus)), trolig minnegrensen. Filen kan være skadet eller for stor."))
        }
        guard let document = try? JSONDecoder().decode(ExtractedDocument.self, from: output) else {
            return .failure(IngestFailure("\(label): uttrekksprosessen ga et svar som ikke kunne leses. Dette er en programfeil; meld den."))
        }
        return .success(document)
    }

    private struct ErrorEnvelope: Decodable {
        var error: ExtractionError
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}
