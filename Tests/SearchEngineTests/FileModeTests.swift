import Foundation
import QueryEngine
import SearchEngine
import Testing

/// An index holds every document's text, so its folder is the owner's only (0700) and so is
/// every file in it (0600): segments, the SQLite store with its `-wal` and `-shm`, the lock.
struct FileModeTests {
    /// Mode bits (permissions only) of every entry under `root`, the root included.
    static func modes(under root: String) throws -> [String: Int] {
        var out: [String: Int] = [:]
        let fm = FileManager.default
        out["."] = try (fm.attributesOfItem(atPath: root)[.posixPermissions] as? Int).unwrap()
        for case let entry as String in fm.enumerator(atPath: root) ?? .init() {
            out[entry] = try (fm.attributesOfItem(atPath: root + "/" + entry)[.posixPermissions] as? Int).unwrap()
        }
        return out
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    @Test func indexFolderAndEveryFileAreOwnerOnly() throws {
        let root = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/indeks"
        let index = try SearchIndex(path: path, configuration: TestSupport.smallConfiguration())
        let writer = try index.openWriter()
        let files = ["asker/sak-reglement-fellesnemnda-asker-2017.txt", "larvik/sak-godtgjoring-fellesnemnda-larvik-2016.txt"]
        _ = try writer.ingest(files.map { IngestItem.file(TestSupport.corpusDocuments + "/" + $0) })
        _ = try index.snapshot().search(try index.parseQuery("fellesnemnda").query, limit: 5)

        let modes = try Self.modes(under: path)
        #expect(modes.keys.contains("documents.sqlite-wal"), "the WAL exists while the index is open: \(modes.keys.sorted())")
        #expect(modes.keys.contains { $0.hasPrefix("segments/") }, "\(modes.keys.sorted())")
        for (entry, mode) in modes {
            let expected = Self.isDirectory(path + "/" + entry) ? 0o700 : 0o600
            #expect(mode == expected, "\(entry): \(String(mode, radix: 8))")
        }
        withExtendedLifetime(writer) {}
    }
}

extension Optional {
    fileprivate func unwrap() throws -> Wrapped {
        guard let self else { throw CocoaError(.fileReadUnknown) }
        return self
    }
}
