import Foundation
import InvertedIndex
import SearchEngine

/// Paths and scratch folders for engine tests.
enum TestSupport {
    /// The package root (this file is Tests/SearchEngineTests/TestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static var corpusDocuments: String { packageRoot + "/Corpus/documents" }

    /// A fresh, empty temporary folder.
    static func temporaryDirectory(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "kommunesok-test-\(safe)-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every file under a folder, sorted.
    static func files(under dir: String) -> [String] {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        for case let f as String in e {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: dir + "/" + f, isDirectory: &isDir), !isDir.boolValue, !f.hasPrefix(".") { out.append(dir + "/" + f) }
        }
        return out.sorted()
    }

    /// The built `kommunesok` executable next to the test bundle.
    static var executable: String {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        for candidate in [bundleDir + "/kommunesok", packageRoot + "/.build/debug/kommunesok"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return packageRoot + "/.build/debug/kommunesok"
    }

    /// Runs the built `kommunesok` with `arguments` against the index at `index`; returns the
    /// exit status and stdout + stderr.
    static func runExecutable(_ arguments: [String], index: String, in directory: String? = nil) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        p.environment = ["KOMMUNESOK_INDEX": index]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A small configuration that flushes often, so few docs make many segments.
    static func smallConfiguration() -> SearchEngineConfiguration {
        var c = SearchEngineConfiguration()
        c.indexingMemoryBudgetBytes = 1 << 20
        c.indexingWorkers = 2
        c.maxDocumentsPerSegment = 8
        c.mergePolicy = TieredMergePolicy(segmentsPerTier: 3, mergeFactor: 3, floorSegmentBytes: 64 << 10)
        return c
    }
}
