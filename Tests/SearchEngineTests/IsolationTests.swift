import DocumentStore
import Foundation
import SearchEngine
import Testing

/// C-library formats extracted in a child process: same result as in process, and a crashing or
/// hanging child fails only its own file.
struct IsolationTests {
    static var pdfs: [String] { TestSupport.files(under: TestSupport.corpusDocuments).filter { $0.hasSuffix(".pdf") || $0.hasSuffix(".html") } }

    @Test func childProcessExtractionMatchesInProcess() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = Array(Self.pdfs.prefix(4))
        #expect(!files.isEmpty)
        var isolated = SearchEngineConfiguration()
        isolated.extractionIsolation = .childProcess(.init(executable: TestSupport.executable))
        let a = try SearchIndex(path: dir + "/a", configuration: isolated)
        let b = try SearchIndex(path: dir + "/b")
        #expect(try a.openWriter().ingest(files.map(IngestItem.file)).indexedCount == files.count)
        #expect(try b.openWriter().ingest(files.map(IngestItem.file)).indexedCount == files.count)
        for f in files {
            let key = (f as NSString).lastPathComponent
            let x = try #require(try a.snapshot().document(externalKey: key))
            let y = try #require(try b.snapshot().document(externalKey: key))
            #expect(x.text == y.text, "\(f)")
            #expect(x.title == y.title && x.pageOffsets == y.pageOffsets && x.date == y.date, "\(f)")
        }
    }

    @Test func crashingOrHangingChildFailsOnlyItsFile() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Stand-ins for a C library that crashes or hangs on a hostile file.
        let crasher = dir + "/crash.sh"
        try "#!/bin/sh\nkill -SEGV $$\n".write(toFile: crasher, atomically: true, encoding: .utf8)
        let hanger = dir + "/hang.sh"
        try "#!/bin/sh\nexec sleep 30\n".write(toFile: hanger, atomically: true, encoding: .utf8)
        for s in [crasher, hanger] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: s) }
        let pdf = try #require(Self.pdfs.first { $0.hasSuffix(".pdf") })
        let text = dir + "/notat.txt"
        try "Et vanlig notat om fellesnemnda.".write(toFile: text, atomically: true, encoding: .utf8)

        for (script, expected) in [(crasher, "krasjet"), (hanger, "tok mer enn")] {
            var config = SearchEngineConfiguration()
            var limits = ExtractionIsolation.ChildProcessLimits(executable: script)
            limits.wallSeconds = 1
            config.extractionIsolation = .childProcess(limits)
            let index = try SearchIndex(path: dir + "/idx-\(expected.count)", configuration: config)
            let report = try index.openWriter().ingest([IngestItem.file(pdf), IngestItem.file(text)])
            #expect(report.indexedCount == 1, "the plain text file is indexed in process")
            let failure = try #require(report.failures.first)
            guard case .failed(let message) = failure.status else { continue }
            #expect(message.contains(expected), "\(message)")
            #expect(message.contains(pdf), "\(message)")
            #expect(try index.snapshot().check().isHealthy)
        }
    }
}
