import Foundation
import QueryEngine
import SearchEngine
import Testing

/// `kommunesok index` and `bench` as the built executable: no command deletes a folder that is
/// not an index, `--rebuild` switches a finished index in, and files are keyed by their path.
@Suite(.serialized) struct IngestSafetyCommandTests {
    var built: Bool {
        let ok = FileManager.default.isExecutableFile(atPath: TestSupport.executable)
        if !ok { Issue.record("kommunesok is not built at \(TestSupport.executable); run `swift build` first") }
        return ok
    }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func rebuildRefusesAFolderWithUserFiles() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("Mine egne notater.", to: dir + "/Dokumenter/notater.txt")
        try write("Fellesnemnda møttes.", to: dir + "/kilde/referat.txt")
        let (status, output) = try TestSupport.runExecutable(["index", "--rebuild", "--index", dir + "/Dokumenter", dir + "/kilde"], index: dir + "/ubrukt")
        #expect(status != 0, "\(output)")
        #expect(output.contains("ser ikke ut som en Kommunesøk-indeks") && output.contains("notater.txt") && output.contains("Dokumenter"), "\(output)")
        #expect(FileManager.default.fileExists(atPath: dir + "/Dokumenter/notater.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/Dokumenter") == ["notater.txt"], "nothing was added either")
    }

    /// The server's API token in the index folder is the index's, not a user's file: a rebuild
    /// keeps it (clients keep their token).
    @Test func rebuildKeepsTheServersToken() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("Tittel\nFellesnemnda møttes.", to: dir + "/kilde/referat.txt")
        let index = dir + "/indeks"
        #expect(try TestSupport.runExecutable(["index", "--index", index, dir + "/kilde"], index: index).status == 0)
        try write("hemmelig-nokkel-123", to: index + "/api-token")
        let (status, output) = try TestSupport.runExecutable(["index", "--rebuild", "--index", index, dir + "/kilde"], index: index)
        #expect(status == 0, "\(output)")
        #expect((try? String(contentsOfFile: index + "/api-token", encoding: .utf8)) == "hemmelig-nokkel-123")
    }

    @Test func benchRefusesAWorkFolderWithUserFiles() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("Mine egne notater.", to: dir + "/arbeid/notater.txt")
        try write("Tittel\nFellesnemnda møttes.", to: dir + "/korpus/a.txt")
        let (status, output) = try TestSupport.runExecutable(["bench", "--corpus", dir + "/korpus", "--work", dir + "/arbeid", "--skip-fts5", "--passes", "1"], index: dir + "/ubrukt")
        #expect(status != 0, "\(output)")
        #expect(output.contains("ser ikke ut som en Kommunesøk-") && output.contains("notater.txt"), "\(output)")
        #expect(FileManager.default.fileExists(atPath: dir + "/arbeid/notater.txt"))
    }

    @Test func rebuildReplacesTheIndexAndRemovesLeftovers() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("Gammel\nFellesnemnda møttes i fjor.", to: dir + "/gammel/a.txt")
        try write("Ny\nFellesnemnda møttes i år.", to: dir + "/ny/b.txt")
        let index = dir + "/indeks"
        #expect(try TestSupport.runExecutable(["index", dir + "/gammel"], index: index).status == 0)
        // What a rebuild killed by a process that is gone leaves: a sibling with an index's files.
        let leftover = index + ".rebuild-2147483646"
        try write("", to: leftover + "/documents.sqlite")
        try write("", to: leftover + "/segments/s3.seg.tmp")
        // A folder with that name but a user's file is not ours: it stays.
        let foreign = index + ".rebuild-2147483645"
        try write("Mitt.", to: foreign + "/mitt.txt")

        let (status, output) = try TestSupport.runExecutable(["index", "--rebuild", dir + "/ny"], index: index)
        #expect(status == 0, "\(output)")
        let snapshot = try SearchIndex(path: index).snapshot()
        #expect(try snapshot.documentKeys(under: [URL(fileURLWithPath: dir).standardizedFileURL.path]) == ["ny/b.txt"])
        #expect(snapshot.check().isHealthy)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(FileManager.default.fileExists(atPath: foreign + "/mitt.txt"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("indeks.") }
        #expect(siblings == ["indeks.rebuild-2147483645"], "\(siblings)")
    }

    /// `asker/referat.txt` and `larvik/referat.txt`: one run or two, either order, both stay.
    @Test func sameNamedFilesInTwoFoldersAreTwoDocuments() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let root = dir + "/kommuner"
        try write("Referat Asker\nFellesnemnda møttes i Asker rådhus.", to: root + "/asker/referat.txt")
        try write("Referat Larvik\nFellesnemnda møttes i Larvik bibliotek.", to: root + "/larvik/referat.txt")
        let runs: [[[String]]] = [
            [[root]],
            [[root + "/asker", root + "/larvik"]],
            [[root + "/larvik", root + "/asker"]],
            [[root + "/asker"], [root + "/larvik"]],
            [[root + "/larvik"], [root + "/asker"]],
        ]
        for (n, run) in runs.enumerated() {
            let index = dir + "/indeks\(n)"
            for paths in run + [run.last!] {  // the last run twice: unchanged the second time
                let (status, output) = try TestSupport.runExecutable(["index"] + paths, index: index)
                #expect(status == 0 && output.contains("feilet: 0"), "\(run): \(output)")
            }
            let opened = try SearchIndex(path: index)
            let snapshot = try opened.snapshot()
            #expect(snapshot.documentCount == 2, "\(run)")
            for place in ["rådhus", "bibliotek"] {
                #expect(try snapshot.search(opened.plainQuery(place, mode: .or), limit: 5).totalHits == 1, "\(run): \(place)")
            }
        }
        // The TREC docid stays the file name without extension.
        let queries = dir + "/sporringer.tsv"
        try write("q1\tbibliotek\n", to: queries)
        let batch = try TestSupport.runExecutable(["search", "--batch", queries], index: dir + "/indeks0")
        #expect(batch.output.hasPrefix("q1 Q0 referat 1 "), "\(batch.output)")

        // --sync removes the document of a file that is gone, and only that one.
        try FileManager.default.removeItem(atPath: root + "/larvik/referat.txt")
        let synced = try TestSupport.runExecutable(["index", "--sync", root], index: dir + "/indeks0")
        #expect(synced.status == 0 && synced.output.contains("uendret: 1  feilet: 0  fjernet: 1"), "\(synced.output)")
        #expect(try keys(dir + "/indeks0", under: root) == ["kommuner/asker/referat.txt"])
    }

    func keys(_ index: String, under root: String) throws -> Set<String> {
        Set(try SearchIndex(path: index).snapshot().documentKeys(under: [URL(fileURLWithPath: root).standardizedFileURL.path]))
    }

    /// An index whose file keys were names without extension: a re-index moves each document to
    /// its path key instead of adding a second copy, and `--sync` keeps both files.
    @Test func legacyKeysAreMovedNotDuplicated() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let root = dir + "/kommuner"
        try write("Plan Asker\nSkoleplan for Asker.", to: root + "/asker/plan.txt")
        try write("Budsjett\nBudsjett for fellesnemnda.", to: root + "/budsjett.md")
        let index = try SearchIndex(path: dir + "/indeks")
        let legacy = try index.openWriter().ingest(TestSupport.files(under: root).map { IngestItem.file($0, key: DocumentKey.docid($0)) })
        #expect(legacy.indexedCount == 2)

        let (status, output) = try TestSupport.runExecutable(["index", "--sync", root], index: dir + "/indeks")
        #expect(status == 0, "\(output)")
        #expect(output.contains("erstattet: 2") && output.contains("fjernet: 0"), "\(output)")
        let snapshot = try SearchIndex(path: dir + "/indeks").snapshot()
        #expect(try snapshot.documentKeys(under: [URL(fileURLWithPath: root).standardizedFileURL.path]).sorted() == ["kommuner/asker/plan.txt", "kommuner/budsjett.md"])
        #expect(snapshot.documentCount == 2)
    }

    /// Two files given by themselves share their name as key: the second does not silently
    /// replace the first while the first still exists; once it is gone (moved), it does.
    @Test func aKeyOfAnotherExistingFileIsNotTakenOver() throws {
        guard built else { return }
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("Referat Asker\nFellesnemnda møttes i Asker rådhus.", to: dir + "/asker/referat.txt")
        try write("Referat Larvik\nFellesnemnda møttes i Larvik bibliotek.", to: dir + "/larvik/referat.txt")
        let index = dir + "/indeks"
        #expect(try TestSupport.runExecutable(["index", dir + "/asker/referat.txt"], index: index).status == 0)
        let (status, output) = try TestSupport.runExecutable(["index", dir + "/larvik/referat.txt"], index: index)
        #expect(status != 0 && output.contains("tilhører allerede") && output.contains("asker/referat.txt"), "\(output)")
        func hits(_ word: String) throws -> Int {
            let opened = try SearchIndex(path: index)
            return try opened.snapshot().search(opened.plainQuery(word, mode: .or), limit: 5).totalHits
        }
        #expect(try hits("rådhus") == 1 && hits("bibliotek") == 0)

        try FileManager.default.removeItem(atPath: dir + "/asker/referat.txt")
        let moved = try TestSupport.runExecutable(["index", dir + "/larvik/referat.txt"], index: index)
        #expect(moved.status == 0 && moved.output.contains("erstattet: 1"), "\(moved.output)")
        #expect(try hits("rådhus") == 0 && hits("bibliotek") == 1)
    }

    /// Where a file system cannot exchange folders, a rebuild switches by two renames; a crash
    /// between them leaves no index at the path and the old one as `<index>.rebuild-<pid>.replaced`.
    /// Opening the index puts the old one back instead of creating an empty index.
    @Test func anInterruptedFallbackSwitchIsUndoneWhenTheIndexIsOpened() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let old = try SearchIndex(path: dir + "/indeks.rebuild-2147483646.replaced")
        _ = try old.openWriter().ingest([IngestItem(externalKey: "sak", data: Data("Sak\nFellesnemnda møttes.".utf8), fileName: "sak.txt")])
        let reopened = try SearchIndex(path: dir + "/indeks")
        #expect(try reopened.snapshot().document(externalKey: "sak") != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["indeks"])
    }
}
