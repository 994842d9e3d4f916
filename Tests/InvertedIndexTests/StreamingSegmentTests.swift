import TestRandomness
import Foundation
import IndexStorage
import SearchCore
import Testing

@testable import InvertedIndex

/// The streaming segment writer and merger against the in-memory encoder they replaced
/// (`LegacySegmentEncoder`): byte-identical files, in memory and on disk, for seeded random
/// segments; and a failure in the middle of a stream leaves no file.
struct StreamingSegmentTests {
    /// One document as data, so the same documents can be built into different segments.
    struct Doc {
        var id: DocumentID
        var tokens: [(field: FieldID, term: String, position: UInt32)]
    }

    /// Seeded random documents: a Zipf-like vocabulary (a few terms in most docs, so postings
    /// cross the 128-doc block boundary, and a long tail of rare ones, so the dictionary spans
    /// many front-coded blocks), Norwegian letters, gaps in positions, all three fields.
    static func documents(seed: UInt64, count: Int, firstID: Int64, tokensPerDoc: Int, vocabulary: Int) -> [Doc] {
        var rng = SeededRandom(seed: seed)
        let letters = Array("abcdefghijklmnoprstuvyæøå")
        func word(_ rank: Int) -> String {
            var r = SeededRandom(seed: UInt64(rank) &* 0x9E37)
            let n = 2 + Int(r.next() % 9)
            return String((0..<n).map { _ in letters[Int(r.next() % UInt64(letters.count))] }) + String(rank % 97)
        }
        return (0..<count).map { i in
            var tokens: [(FieldID, String, UInt32)] = []
            for field in FieldID.allCases {
                let n = field == .body ? 1 + Int(rng.next() % UInt64(tokensPerDoc)) : Int(rng.next() % 6)
                var position: UInt32 = 0
                for _ in 0..<n {
                    // Rank ~ vocabulary^u, log-uniform (Zipf-like): a few ranks are in most
                    // docs, and the tail makes tens of thousands of distinct terms.
                    let u = Double(rng.next() % 1_000_000_000) / 1_000_000_000
                    let rank = Int(pow(Double(vocabulary), u))
                    tokens.append((field, word(rank), position))
                    position += 1 + UInt32(rng.next() % 4 == 0 ? rng.next() % 50 : 0)
                }
            }
            return Doc(id: DocumentID(firstID + Int64(i)), tokens: tokens)
        }
    }

    static func build(_ docs: [Doc]) -> SegmentBuilder {
        let b = SegmentBuilder()
        for d in docs {
            b.beginDocument(d.id)
            for t in d.tokens { b.addToken(t.term, position: t.position, field: t.field) }
            b.endDocument()
        }
        return b
    }

    static func temporaryDirectory() throws -> FileSystemDirectory {
        let path = NSTemporaryDirectory() + "kommunesok-streaming-\(UUID().uuidString.prefix(8))"
        return try FileSystemDirectory(path: path)
    }

    static func read(_ directory: some IndexDirectory, _ name: String) throws -> [UInt8] {
        try directory.openFile(name).copyBytes()
    }

    /// The first differing byte, for a readable failure.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return "lengths \(a.count)/\(b.count), first difference at byte \(i)"
    }

    @Test(arguments: [(1 as UInt64, 40), (2, 300), (3, 1500), (20261123, 700), (4, 4000)])
    func streamedSegmentIsByteIdenticalToInMemoryEncoding(seed: UInt64, count: Int) throws {
        let docs = Self.documents(seed: seed, count: count, firstID: 1000, tokensPerDoc: 300, vocabulary: 200_000)
        let builder = Self.build(docs)
        let legacy = LegacySegmentEncoder.encode(builder)

        let memory = InMemoryDirectory()
        let size = try builder.write(to: memory, name: "s1.seg")
        let streamed = try Self.read(memory, "s1.seg")
        #expect(size == streamed.count)
        #expect(Bool(streamed == legacy), "seed \(seed), in memory: \(Self.firstDifference(streamed, legacy))")

        let disk = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: disk.path) }
        _ = try builder.write(to: disk, name: "s1.seg")
        let onDisk = try Self.read(disk, "s1.seg")
        #expect(Bool(onDisk == legacy), "seed \(seed), on disk: \(Self.firstDifference(onDisk, legacy))")
        #expect(try disk.listFiles() == ["s1.seg"], "seed \(seed): no temporary or scratch file is left")
        #expect(Bool(SegmentWriter.encode(builder) == legacy), "seed \(seed)")
        if count >= 4000 {
            // The large case must exercise every streaming path: a dictionary spilled to its
            // scratch file several times, and positions read back in several chunks.
            let reader = try SegmentReader(directory: memory, name: "s1.seg")
            #expect(reader.dictionary.terms.count > 3 * SegmentSink.dictionaryBufferBytes, "seed \(seed)")
            #expect(reader.positions.count > 2 * ScratchFile.bufferSize, "seed \(seed)")
            #expect(streamed.count > 2 * IndexOutput.defaultBufferSize, "seed \(seed)")
            print("seed \(seed): \(reader.termCount) terms, dictionary \(reader.dictionary.terms.count) B, positions \(reader.positions.count) B, postings \(reader.postings.count) B")
        }
    }

    @Test func emptySegmentStreamsLikeBefore() throws {
        let memory = InMemoryDirectory()
        _ = try SegmentBuilder().write(to: memory, name: "e.seg")
        #expect(Bool(try Self.read(memory, "e.seg") == LegacySegmentEncoder.encode(SegmentBuilder())))
    }

    /// Many segments with random deletions, merged in memory and on disk: the merged file equals
    /// the legacy merge's bytes and also a segment built directly from the live documents in
    /// merge order (an oracle independent of the merger).
    @Test(arguments: [(7 as UInt64, 12), (99, 25)])
    func mergeOfManySegments(seed: UInt64, segmentCount: Int) throws {
        var rng = SeededRandom(seed: seed)
        let memory = InMemoryDirectory()
        let disk = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: disk.path) }
        var liveDocs: [Doc] = []
        var memoryReaders: [SegmentReader] = []
        var diskReaders: [SegmentReader] = []
        var deletions: [DeletionSet?] = []
        var nextID: Int64 = 1
        for s in 0..<segmentCount {
            let count = 1 + Int(rng.next() % 150)
            let docs = Self.documents(seed: seed &+ UInt64(s), count: count, firstID: nextID, tokensPerDoc: 120, vocabulary: 8_000)
            nextID += Int64(count)
            let name = "s\(s).seg"
            _ = try Self.build(docs).write(to: memory, name: name)
            _ = try Self.build(docs).write(to: disk, name: name)
            memoryReaders.append(try SegmentReader(directory: memory, name: name))
            diskReaders.append(try SegmentReader(directory: disk, name: name))
            var deleted: DeletionSet? = nil
            if rng.next() % 3 != 0 {
                var set = DeletionSet(documentCount: count)
                for d in 0..<count where rng.next() % 4 == 0 { _ = set.insert(UInt32(d)) }
                deleted = set
            }
            deletions.append(deleted)
            liveDocs += docs.enumerated().filter { !(deleted?.contains(UInt32($0.offset)) ?? false) }.map(\.element)
        }
        let legacy = try LegacySegmentEncoder.merge(memoryReaders, deletions: deletions)
        let oracle = LegacySegmentEncoder.encode(Self.build(liveDocs))
        #expect(Bool(legacy == oracle), "seed \(seed): legacy merge vs. built: \(Self.firstDifference(legacy, oracle))")

        let m = try SegmentMerger.merge(memoryReaders, deletions: deletions, into: memory, name: "merged.seg")
        let inMemory = try Self.read(memory, "merged.seg")
        #expect(m.documentCount == liveDocs.count && m.sizeInBytes == inMemory.count)
        #expect(Bool(m.documentIDs == liveDocs.map(\.id)), "seed \(seed)")
        #expect(Bool(inMemory == legacy), "seed \(seed), in memory: \(Self.firstDifference(inMemory, legacy))")

        let d = try SegmentMerger.merge(diskReaders, deletions: deletions, into: disk, name: "merged.seg")
        let onDisk = try Self.read(disk, "merged.seg")
        #expect(d.sizeInBytes == onDisk.count)
        #expect(Bool(onDisk == legacy), "seed \(seed), on disk: \(Self.firstDifference(onDisk, legacy))")
        #expect(try disk.listFiles() == (["merged.seg"] + (0..<segmentCount).map { "s\($0).seg" }).sorted(), "seed \(seed)")
        // The merged segment opens and verifies.
        let reader = try SegmentReader(directory: disk, name: "merged.seg")
        #expect(reader.documentCount == liveDocs.count)
    }

    @Test func mergeOfOnlyDeletedDocumentsWritesNothing() throws {
        let memory = InMemoryDirectory()
        let docs = Self.documents(seed: 5, count: 3, firstID: 1, tokensPerDoc: 10, vocabulary: 50)
        _ = try Self.build(docs).write(to: memory, name: "a.seg")
        var all = DeletionSet(documentCount: 3)
        for d in 0..<3 { _ = all.insert(UInt32(d)) }
        let merged = try SegmentMerger.merge([try SegmentReader(directory: memory, name: "a.seg")], deletions: [all], into: memory, name: "m.seg")
        #expect(merged.documentCount == 0 && merged.sizeInBytes == 0)
        #expect(try memory.listFiles() == ["a.seg"])
    }

    /// A directory whose output streams fail after `limit` bytes (a full disk mid-segment).
    struct FailingDirectory: IndexDirectory {
        let base: FileSystemDirectory
        let limit: Int

        final class Stream: IndexOutputStream {
            let inner: any IndexOutputStream
            var remaining: Int
            init(_ inner: any IndexOutputStream, limit: Int) {
                self.inner = inner
                remaining = limit
            }
            func append(_ bytes: UnsafeRawBufferPointer) throws(IndexStorageError) {
                guard bytes.count <= remaining else { throw IndexStorageError(.io, file: "x", message: "disken er full (test)") }
                remaining -= bytes.count
                try inner.append(bytes)
            }
            func commit() throws(IndexStorageError) { try inner.commit() }
            func abort() { inner.abort() }
        }

        func writeFile(_ name: String, _ bytes: [UInt8]) throws(IndexStorageError) { try base.writeFile(name, bytes) }
        func createOutputStream(_ name: String) throws(IndexStorageError) -> any IndexOutputStream {
            Stream(try base.createOutputStream(name), limit: limit)
        }
        func createScratchFile(_ name: String) throws(IndexStorageError) -> ScratchFile { try base.createScratchFile(name) }
        func openFile(_ name: String) throws(IndexStorageError) -> ReadableFile { try base.openFile(name) }
        func listFiles() throws(IndexStorageError) -> [String] { try base.listFiles() }
        func deleteFile(_ name: String) throws(IndexStorageError) { try base.deleteFile(name) }
    }

    @Test(arguments: [0, 100, 200_000, 1 << 20])
    func failureMidStreamLeavesNoFile(limit: Int) throws {
        let disk = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: disk.path) }
        let builder = Self.build(Self.documents(seed: 11, count: 3000, firstID: 1, tokensPerDoc: 300, vocabulary: 60_000))
        let failing = FailingDirectory(base: disk, limit: limit)
        #expect(throws: IndexError.self, "limit \(limit)") { _ = try builder.write(to: failing, name: "s1.seg") }
        #expect(try disk.listFiles() == [], "limit \(limit): neither the file nor its temporary is left")
    }
}
