import DocumentStore
import Foundation
import SearchCore
import Testing

struct DocumentRoundTripTests {
    /// Every draft field comes back byte for byte from every way of reading it.
    private func expectRoundTrip(_ draft: DocumentDraft, _ stored: StoredDocument?, id: DocumentID, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let stored else {
            Issue.record("document \(id) missing", sourceLocation: sourceLocation)
            return
        }
        var expected = draft
        expected.originalFile = nil
        #expect(stored.draft == expected, sourceLocation: sourceLocation)
        // String == is canonical equivalence; storage must keep the exact bytes.
        #expect(Array(stored.text.utf8) == Array(draft.text.utf8), sourceLocation: sourceLocation)
        #expect(Array(stored.externalKey.utf8) == Array(draft.externalKey.utf8), sourceLocation: sourceLocation)
        #expect(Array(stored.title.utf8) == Array(draft.title.utf8), sourceLocation: sourceLocation)
        #expect(stored.id == id, sourceLocation: sourceLocation)
        #expect(stored.hasOriginalFile == (draft.originalFile != nil), sourceLocation: sourceLocation)
        #expect(stored.indexedAt.hasSuffix("Z") && stored.indexedAt.count == 24, "indexedAt \(stored.indexedAt)", sourceLocation: sourceLocation)
    }

    @Test func everyFieldRoundTrips() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let draft = Fixtures.fullDraft()
        let id = try store.write { try $0.insert(draft) }

        try store.read { transaction throws in
            expectRoundTrip(draft, try transaction.document(id), id: id)
            expectRoundTrip(draft, try transaction.document(externalKey: draft.externalKey), id: id)
            expectRoundTrip(draft, try transaction.documents([id, DocumentID(999)])[id], id: id)
            #expect(try transaction.originalFile(id) == draft.originalFile)
            let summary = try #require(try transaction.summary(id))
            #expect(summary.municipalities == ["Ås", "Nesodden", "Frogn", "Ås"])
            #expect(summary.byteSize == 1_234_567 && summary.pageCount == 3 && summary.hasOriginalFile)
            #expect(try transaction.allSummaries() == [summary])
            let keys = try transaction.keyIndex()
            #expect(keys.count == 1 && keys[draft.externalKey]?.id == id && keys[draft.externalKey]?.contentHash == draft.contentHash)
            #expect(try transaction.documentCount() == 1)
            #expect(try transaction.documentIDs() == [id])
            #expect(try transaction.documentIDs(municipality: "Ås") == [id])
            #expect(try transaction.documentIDs(municipality: "as") == [])
        }
    }

    @Test func minimalDraftKeepsNilsAndEmptyValues() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        var draft = Fixtures.minimalDraft(key: "tom", text: "")
        draft.author = ""  // empty string must not come back as nil
        draft.originalFile = Data()  // empty original must not come back as nil
        let id = try store.write { try $0.insert(draft) }
        try store.read { transaction throws in
            expectRoundTrip(draft, try transaction.document(id), id: id)
            #expect(try transaction.document(id)?.author == "")
            #expect(try transaction.document(id)?.documentType == nil)
            #expect(try transaction.originalFile(id) == Data())
        }
    }

    @Test(arguments: Fixtures.hostileStrings.filter { !$0.isEmpty })
    func hostileStringsRoundTripInEveryTextField(_ hostile: String) throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        var draft = Fixtures.fullDraft(key: hostile, text: hostile + " " + hostile)
        draft.title = hostile
        draft.documentType = hostile
        draft.municipalities = [hostile, "Ås", hostile]
        draft.author = hostile
        draft.sourcePath = hostile
        draft.contentHash = hostile
        draft.pageOffsets = [0, hostile.utf8.count + 1]
        draft.extra = [hostile: hostile, "x": hostile]
        let id = try store.write { try $0.insert(draft) }
        try store.read { transaction throws in
            expectRoundTrip(draft, try transaction.document(id), id: id)
            expectRoundTrip(draft, try transaction.document(externalKey: hostile), id: id)
            #expect(try transaction.keyIndex()[hostile]?.id == id)
        }
        // The SQL-looking strings did not execute: the schema is intact and still writable.
        let second = try store.write { try $0.insert(Fixtures.minimalDraft(key: "etterpå")) }
        #expect(try store.read { try $0.documentCount() } == 2)
        #expect(second.rawValue > id.rawValue)
    }

    @Test func keysDifferingOnlyInNULOrNormalisationAreDistinct() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let keys = ["a\u{0}b", "a\u{0}c", "a", "\u{00E5}", "a\u{030A}"]
        let ids = try store.write { transaction in try keys.map { try transaction.insert(Fixtures.minimalDraft(key: $0)) } }
        try store.read { transaction throws in
            for (key, id) in zip(keys, ids) {
                #expect(try transaction.documentID(externalKey: key) == id, "key \(Array(key.utf8))")
            }
        }
    }

    @Test func randomDraftsRoundTrip() throws {
        let seed = UInt64.random(in: 0 ... .max)
        var random = SeededGenerator(seed: seed)
        let alphabet = Array("abcæøåÆØÅ \u{0}'\"%;-–—«»😀\u{030A}\n") + ["👩🏽‍💻"]
        func randomString(maxLength: Int) -> String {
            String((0..<Int.random(in: 0...maxLength, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let drafts = (0..<40).map { index -> DocumentDraft in
            let text = randomString(maxLength: 300)
            var draft = Fixtures.minimalDraft(key: "\(index)-" + randomString(maxLength: 12), text: text)
            draft.title = randomString(maxLength: 40)
            draft.municipalities = (0..<Int.random(in: 0...3, using: &random)).map { _ in randomString(maxLength: 10) }
            draft.author = Bool.random(using: &random) ? randomString(maxLength: 10) : nil
            draft.pageOffsets = [0, text.utf8.count / 2, text.utf8.count]
            draft.extra = [randomString(maxLength: 5): randomString(maxLength: 20)]
            return draft
        }
        let ids = try store.write { transaction in try drafts.map { try transaction.insert($0) } }
        let stored = try store.read { try $0.documents(ids) }
        #expect(stored.count == drafts.count, "seed \(seed)")
        for (draft, id) in zip(drafts, ids) {
            #expect(stored[id]?.draft == draft, "seed \(seed), key \(draft.externalKey.debugDescription)")
            #expect(stored[id].map { Array($0.text.utf8) } == Array(draft.text.utf8), "seed \(seed)")
        }
    }
}
