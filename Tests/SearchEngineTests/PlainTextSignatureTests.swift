import Foundation
import DocumentStore
import SearchEngine
import Testing

/// Bulk plain text skips signatures at ingest; near-duplicates are still found from stored text.
struct PlainTextSignatureTests {
    @Test func nearDuplicatesWithoutStoredSignatures() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try SearchIndex(path: dir)
        let base = "Reglement for godtgjøring til folkevalgte i fellesnemnda. Møtegodtgjøring utbetales per møte etter sats fastsatt av kommunestyret, og leder får fast godtgjøring. Tapt arbeidsinntekt dekkes etter dokumentasjon, og reiseutgifter dekkes etter statens satser."
        var items = [
            IngestItem(externalKey: "a", data: Data(("Asker\n" + base).utf8), fileName: "a.txt"),
            IngestItem(externalKey: "b", data: Data(("Larvik\n" + base.replacingOccurrences(of: "kommunestyret", with: "bystyret")).utf8), fileName: "b.txt"),
            IngestItem(externalKey: "c", data: Data("Annet\nProsjektplan for felles IKT-plattform med milepæler for skytjenester og sikkerhet.".utf8), fileName: "c.txt"),
        ]
        for i in items.indices { items[i].plainText = true }
        _ = try index.openWriter().ingest(items)
        let snapshot = try index.snapshot()
        let a = try #require(try snapshot.document(externalKey: "a"))
        let b = try #require(try snapshot.document(externalKey: "b"))
        #expect(a.extra["minhash"] == nil, "bulk plain text stores no signature")
        #expect(try snapshot.nearDuplicates(of: a.id) == [b.id])
    }
}
