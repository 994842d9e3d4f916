import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One directory's entries with their types, read with `readdir`: the type comes with the
/// entry (`d_type`) on the usual file systems, so a folder of 35,000 files costs no `stat` per
/// file (Foundation's `attributesOfItem` did one, plus bridging, per file). Where the file
/// system does not report types (`DT_UNKNOWN`), one `lstat` (through Foundation) answers.
enum DirectoryListing {
    enum EntryType {
        case directory, regular, symbolicLink, other
        /// Removed between listing and `lstat`.
        case vanished
    }

    struct Entry {
        var name: String
        var type: EntryType
    }

    /// The entries of `path` except `.` and `..`, in the order the file system gives them; nil
    /// when the folder cannot be opened.
    static func read(_ path: String) -> [Entry]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type: EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): type = .directory
            case Int32(DT_REG): type = .regular
            case Int32(DT_LNK): type = .symbolicLink
            case Int32(DT_UNKNOWN): type = statType(path + "/" + name)
            default: type = .other
            }
            entries.append(Entry(name: name, type: type))
        }
        return entries
    }

    private static func statType(_ path: String) -> EntryType {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return .vanished }
        switch attributes[.type] as? FileAttributeType {
        case .typeDirectory?: return .directory
        case .typeRegular?: return .regular
        case .typeSymbolicLink?: return .symbolicLink
        default: return .other
        }
    }
}
