import DocumentStore
import Foundation
import QueryEngine
import SearchEngine
import Testing

/// A document without a title of its own is shown by its file name, but the file name's words
/// are not searched as its title.
struct FileNameTitleTests {
    @Test func fileNameStandsInButIsNotATitleTerm() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/docs", withIntermediateDirectories: true)
        // The first line is a sentence: not a title.
        let file = dir + "/docs/sjoormen-omtale.txt"
        try Data("Filmen om sjøormen er årets beste.\n\nDen handler om en sjøorm i Mjøsa.\n".utf8).write(to: URL(fileURLWithPath: file))
        let titled = dir + "/docs/notat.txt"
        try Data("Sjøormen i Mjøsa\n\nEt notat om sjøormen.\n".utf8).write(to: URL(fileURLWithPath: titled))

        let index = try SearchIndex(path: dir + "/index")
        let report = try index.openWriter().ingest([IngestItem.file(file), IngestItem.file(titled)])
        #expect(report.failures.isEmpty)
        let snapshot = try index.snapshot()
        let docs = try snapshot.documents(try snapshot.search(index.parseQuery("mjøsa").query, limit: 10).hits.map(\.id))
        let untitled = try #require(docs.values.first { $0.sourcePath == file })
        #expect(untitled.title == "sjoormen-omtale")
        #expect(untitled.extra["tittelkilde"] == "filnavn")
        #expect(try snapshot.search(index.parseQuery("tittel:omtale").query, limit: 10).totalHits == 0)
        #expect(try snapshot.search(index.parseQuery("tittel:sjøormen").query, limit: 10).totalHits == 1)
        let note = try #require(docs.values.first { $0.sourcePath == titled })
        #expect(note.title == "Sjøormen i Mjøsa" && note.extra["tittelkilde"] == nil)
    }
}
