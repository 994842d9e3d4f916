import TestRandomness
import Foundation
import Testing

@testable import IndexStorage

/// `IndexOutput` streams the same bytes `ByteWriter` builds in memory, with the same
/// `FileEnvelope` footer (CRC-32C computed incrementally), whatever the buffer size and the mix
/// of small and large writes; and an unfinished output leaves no file under its name.
struct IndexOutputTests {
    enum Op {
        case byte(UInt8), varint(UInt64), u32(UInt32), u64(UInt64), bytes([UInt8]), align(Int)
    }

    static func randomOps(seed: UInt64) -> [Op] {
        var rng = SeededRandom(seed: seed)
        return (0..<Int(rng.next() % 3000)).map { _ in
            switch rng.next() % 7 {
            case 0: return .byte(UInt8(truncatingIfNeeded: rng.next()))
            case 1: return .varint(rng.next() >> (rng.next() % 64))
            case 2: return .u32(UInt32(truncatingIfNeeded: rng.next()))
            case 3: return .u64(rng.next())
            case 4: return .align([4, 8][Int(rng.next() % 2)])
            case 5: return .bytes((0..<Int(rng.next() % 5000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
            default: return .bytes((0..<Int(rng.next() % 3)).map { UInt8($0) })
            }
        }
    }

    static let kind = FileEnvelope.kind("TEST")

    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return "lengths \(a.count)/\(b.count), first difference at byte \(i): \(a[max(0, i - 4)..<min(a.count, i + 4)]) vs \(b[max(0, i - 4)..<min(b.count, i + 4)])"
    }

    static func expected(_ ops: [Op]) -> [UInt8] {
        var w = FileEnvelope.begin(kind: kind, version: 3)
        for op in ops {
            switch op {
            case .byte(let b): w.writeByte(b)
            case .varint(let v): w.writeVarint(v)
            case .u32(let v): w.writeUInt32(v)
            case .u64(let v): w.writeUInt64(v)
            case .bytes(let b): w.write(b)
            case .align(let a): w.align(to: a)
            }
        }
        return FileEnvelope.finish(&w)
    }

    static func stream(_ ops: [Op], to directory: some IndexDirectory, name: String, bufferSize: Int) throws -> Int {
        let out = IndexOutput(name: name, stream: try directory.createOutputStream(name), bufferSize: bufferSize)
        try out.writeUInt32(FileEnvelope.magic)
        try out.writeUInt32(kind)
        try out.writeUInt32(3)
        for op in ops {
            switch op {
            case .byte(let b): try out.writeByte(b)
            case .varint(let v): try out.writeVarint(v)
            case .u32(let v): try out.writeUInt32(v)
            case .u64(let v): try out.writeUInt64(v)
            case .bytes(let b): try out.write(b)
            case .align(let a): try out.align(to: a)
            }
        }
        return try FileEnvelope.finish(out)
    }

    static func temporaryDirectory() throws -> FileSystemDirectory {
        try FileSystemDirectory(path: NSTemporaryDirectory() + "kommunesok-output-\(UUID().uuidString.prefix(8))")
    }

    @Test(arguments: [1 as UInt64, 2, 3, 4, 5, 6, 7, 8])
    func streamedFileEqualsInMemoryEncoding(seed: UInt64) throws {
        let ops = Self.randomOps(seed: seed)
        let expected = Self.expected(ops)
        let disk = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: disk.path) }
        for bufferSize in [64, 1000, 4096, IndexOutput.defaultBufferSize] {
            let memory = InMemoryDirectory()
            let size = try Self.stream(ops, to: memory, name: "f", bufferSize: bufferSize)
            let got = try memory.openFile("f").copyBytes()
            #expect(size == expected.count)
            #expect(Bool(got == expected), "seed \(seed), buffer \(bufferSize), in memory: \(Self.firstDifference(got, expected))")
            _ = try Self.stream(ops, to: disk, name: "f\(bufferSize)", bufferSize: bufferSize)
            let file = try disk.openFile("f\(bufferSize)")
            #expect(Bool(file.copyBytes() == expected), "seed \(seed), buffer \(bufferSize), on disk")
            // And the envelope accepts it.
            _ = try FileEnvelope.open(file.bytes, file: "f", kind: Self.kind, supportedVersions: 1...3)
        }
        #expect(try disk.listFiles().allSatisfy { !$0.hasSuffix(".tmp") })
    }

    /// A crash in the middle of streaming: the process dies with the output open, so neither
    /// `commit` nor `abort` nor `deinit` runs (simulated by leaking it). Only `name.tmp` exists;
    /// no file is visible under the name, and deleting the temporary (the writer's GC) clears it.
    @Test func crashMidStreamLeavesOnlyTemporary() throws {
        let disk = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: disk.path) }
        let out = try FileEnvelope.begin(disk, name: "s7.seg", kind: Self.kind, version: 1)
        try out.write([UInt8](repeating: 0xAB, count: 3 << 20))
        _ = Unmanaged.passRetained(out)  // never released: as if the process died here
        #expect(try disk.listFiles() == ["s7.seg.tmp"])
        #expect(throws: IndexStorageError.self) { _ = try disk.openFile("s7.seg") }
        try disk.deleteFile("s7.seg.tmp")
        #expect(try disk.listFiles() == [])
    }

    @Test func droppedOrAbortedOutputLeavesNothing() throws {
        let disk = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: disk.path) }
        do {
            let out = try disk.createOutput("a")
            try out.write([UInt8](repeating: 1, count: 2 << 20))
        }
        let b = try disk.createOutput("b")
        try b.write([1, 2, 3])
        b.abort()
        b.abort()
        #expect(try disk.listFiles() == [])
        let memory = InMemoryDirectory()
        let m = try memory.createOutput("m")
        try m.write([1, 2, 3])
        #expect(try memory.listFiles() == [], "nothing is visible before commit")
        try m.commit()
        #expect(try memory.listFiles() == ["m"])
    }

    @Test(arguments: [0, 1, 1000, 256 << 10, (256 << 10) + 1, 3 << 20])
    func scratchFileRoundTrip(size: Int) throws {
        let disk = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: disk.path) }
        var rng = SeededRandom(seed: UInt64(size))
        let data = (0..<size).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        for scratch in [try disk.createScratchFile("x.tmp"), ScratchFile(inMemory: "x")] {
            var i = 0
            while i < data.count {
                let n = min(data.count - i, 1 + Int(rng.next() % 70_000))
                try scratch.write(Array(data[i..<(i + n)]))
                i += n
            }
            #expect(scratch.count == size)
            #expect(try disk.listFiles() == [], "a scratch file has no name on disk")
            let out = try disk.createOutput("copy")
            try out.write(contentsOf: scratch)
            try out.commit()
            if size > 0 { #expect(Bool(try disk.openFile("copy").copyBytes() == data), "size \(size)") }
            try disk.deleteFile("copy")
        }
    }
}
