import DocumentStore
import Foundation
import SearchCore
import Testing

struct ManifestTests {
    @Test func manifestRoundTripsAndGenerationsMustIncrease() throws {
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        #expect(try store.read { try $0.manifest() } == nil)

        let body = Data([0x00, 0x01, 0xFF, 0x00] + Array("segmenter: [\"seg-1\"] æøå".utf8))
        try store.write { try $0.setManifest(generation: 1, body: body) }
        var stored = try #require(try store.read { try $0.manifest() })
        #expect(stored.generation == 1 && stored.body == body)

        try store.write { try $0.setManifest(generation: 2, body: Data()) }
        stored = try #require(try store.read { try $0.manifest() })
        #expect(stored.generation == 2 && stored.body == Data())

        for stale in [Int64(2), 1, -5] {
            let error = try #require(throws: DocumentStoreError.self) {
                try store.write { try $0.setManifest(generation: stale, body: body) }
            }
            #expect(error.code == .staleManifest)
        }
        #expect(try store.read { try $0.manifest()?.generation } == 2)
    }

    @Test func manifestAndDocumentsCommitTogether() throws {
        struct CrashBeforeCommit: Error {}
        let directory = try TemporaryDirectory()
        let store = try DocumentStore(path: directory.path("store.sqlite"))
        let first = try store.write { transaction throws in
            let id = try transaction.insert(Fixtures.minimalDraft(key: "første"))
            try transaction.setManifest(generation: 1, body: Data("gen 1".utf8))
            return id
        }

        #expect(throws: CrashBeforeCommit.self) {
            try store.write { transaction throws in
                _ = try transaction.insert(Fixtures.minimalDraft(key: "andre"))
                try transaction.delete(first)
                try transaction.setManifest(generation: 2, body: Data("gen 2".utf8))
                #expect(try transaction.manifest()?.generation == 2)
                throw CrashBeforeCommit()
            }
        }
        try store.read { transaction throws in
            #expect(try transaction.manifest()?.generation == 1)
            #expect(try transaction.manifest()?.body == Data("gen 1".utf8))
            #expect(try transaction.documentIDs() == [first])
        }

        // And the successful version of the same transaction changes both.
        try store.write { transaction throws in
            _ = try transaction.insert(Fixtures.minimalDraft(key: "andre"))
            try transaction.delete(first)
            try transaction.setManifest(generation: 2, body: Data("gen 2".utf8))
        }
        try store.read { transaction throws in
            #expect(try transaction.manifest()?.generation == 2)
            #expect(try transaction.keyIndex().keys.sorted() == ["andre"])
        }
    }
}
