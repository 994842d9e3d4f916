import Foundation
import DocumentStore
import SearchEngine
import TextExtraction
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What the ingest reads from disk: files that are not regular, too large, or trusted plain text
/// with awkward first lines; and the CLI's walk over folders.
struct IngestInputTests {
    @Test func specialFilesAndOversizeFilesFailAloneWithTheirReason() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let good = dir + "/god.txt"
        try Data("Fellesnemnda vedtok delegeringsreglementet.".utf8).write(to: URL(fileURLWithPath: good))
        let fifo = dir + "/kanal.txt"
        #expect(mkfifo(fifo, 0o600) == 0)
        let folder = dir + "/mappe.txt"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let large = dir + "/stor.txt"
        try Data(repeating: UInt8(ascii: "a"), count: 3 << 20).write(to: URL(fileURLWithPath: large))

        var configuration = SearchEngineConfiguration()
        configuration.extractionLimits.maxFileBytes = 2 << 20
        let index = try SearchIndex(path: dir + "/index", configuration: configuration)
        let writer = try index.openWriter()
        // A FIFO must be refused without blocking on open (nobody writes to it).
        let report = try writer.ingest([good, fifo, folder, large].map(IngestItem.file))
        #expect(report.indexedCount == 1)
        let messages = Dictionary(uniqueKeysWithValues: report.failures.compactMap { f -> (String, String)? in
            guard case .failed(let message) = f.status, let path = f.path else { return nil }
            return (path, message)
        })
        #expect(messages[fifo]?.contains("ikke en vanlig fil") == true, "\(messages)")
        #expect(messages[folder]?.contains("ikke en vanlig fil") == true, "\(messages)")
        #expect(messages[large]?.contains("for stor") == true, "\(messages)")
        #expect(messages[large]?.contains("--max-file-size") == true)
        #expect(try index.snapshot().check().isHealthy)
    }

    @Test func plainTextTitleIsTheTrimmedFirstLine() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cases: [(name: String, text: String, title: String, body: String)] = [
            ("lf", "Reglement for godtgjøring\nFellesnemnda vedtok.", "Reglement for godtgjøring", "Fellesnemnda vedtok."),
            ("crlf", "  Prosjektplan Ålesund \r\n\r\nFørste fase.\r\nAndre fase.", "Prosjektplan Ålesund", "Første fase.\r\nAndre fase."),
            ("bare-tittel", "Bare en tittel", "Bare en tittel", ""),
            ("tom-forste-linje", "\n\nTekst uten tittel.", "", "Tekst uten tittel."),
            ("tab", "\tSak 12/17 – æøå\t\nbrødtekst", "Sak 12/17 – æøå", "brødtekst"),
        ]
        var items: [IngestItem] = []
        for c in cases {
            let path = dir + "/\(c.name).txt"
            try Data(c.text.utf8).write(to: URL(fileURLWithPath: path))
            var item = IngestItem.file(path)
            item.plainText = true
            items.append(item)
        }
        let index = try SearchIndex(path: dir + "/index")
        let report = try index.openWriter().ingest(items)
        #expect(report.indexedCount == cases.count, "\(report.failures.map(\.status))")
        let snapshot = try index.snapshot()
        for c in cases {
            let stored = try #require(try snapshot.document(externalKey: c.name + ".txt"))
            #expect(stored.summary.title == c.title, "\(c.name)")
            #expect(stored.text == c.body, "\(c.name)")
        }
    }

    /// A file given by itself is keyed by its name; its docid (and the legacy key migration looks
    /// up) is the name without extension exactly as NSString gives it (the byte-level fast path).
    @Test func fileKeyIsTheNameAndDocidTheStemAsFoundationSaysIt() {
        let paths = [
            "/tmp/norec/000001.txt", "referat.md", "a/b/Sak 12-17 fellesnemnda.docx", "/x/.skjult", "/x/.bashrc.txt",
            "/x/uten-endelse", "/x/to.punktum.pdf", "/x/slutt.", "/x/æøå.ÆØÅ", "/x/rapport.markdown", "/x/arkiv.tar.gz",
            "/x/mappe/", "/", "", "fil.TXT", "/x/mellom rom.t xt", "/x/langendelse.abcdefghi", "/x/ä.html", "/x/..", "/x/a..b",
        ]
        for path in paths {
            let item = IngestItem.file(path)
            let name = (path as NSString).lastPathComponent
            let stem = (name as NSString).deletingPathExtension
            #expect(item.fileName == name, "\(path)")
            #expect(item.externalKey == name, "\(path)")
            #expect(DocumentKey.docid(item.externalKey) == (stem.isEmpty ? name : stem), "\(path)")
        }
    }

    @Test func indexCommandWalksFoldersSkippingHiddenFilesAndLinks() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let root = dir + "/dokumenter"
        try FileManager.default.createDirectory(atPath: root + "/2017/mars", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.skjult", withIntermediateDirectories: true)
        try Data("Fellesnemnda møtte seg i mars.".utf8).write(to: URL(fileURLWithPath: root + "/2017/mars/referat.txt"))
        try Data("Prosjektplan for sammenslåingen.".utf8).write(to: URL(fileURLWithPath: root + "/plan.txt"))
        try Data("Skal ikke med.".utf8).write(to: URL(fileURLWithPath: root + "/.skjult/hemmelig.txt"))
        try Data("Skal heller ikke med.".utf8).write(to: URL(fileURLWithPath: root + "/.utkast.txt"))
        try FileManager.default.createSymbolicLink(atPath: root + "/lenke.txt", withDestinationPath: root + "/plan.txt")

        let (status, output) = try TestSupport.runExecutable(["index", root], index: dir + "/index")
        #expect(status == 0, "\(output)")
        #expect(output.contains("lenke.txt"), "the skipped link is reported: \(output)")
        let index = try SearchIndex(path: dir + "/index")
        let snapshot = try index.snapshot()
        #expect(snapshot.documentCount == 2)
        #expect(try snapshot.document(externalKey: "dokumenter/2017/mars/referat.txt") != nil)
        #expect(try snapshot.document(externalKey: "dokumenter/plan.txt") != nil)
        #expect(try snapshot.document(externalKey: "dokumenter/.skjult/hemmelig.txt") == nil)
    }
}
