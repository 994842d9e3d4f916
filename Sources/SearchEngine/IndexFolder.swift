internal import Foundation
internal import InvertedIndex

/// What a folder on disk is, before anything removes it. Commands that start over (`index
/// --rebuild`, `bench --work`) remove a folder only when it is recognisably an index of ours or
/// empty, so a mistyped `--index ~/Dokumenter` never deletes a user's files.
public enum IndexFolder {
    /// What `classify` found.
    public enum Kind: Sendable, Equatable {
        /// Nothing at the path.
        case absent
        /// An empty folder.
        case empty
        /// A Kommunesøk index: the store and nothing but index files.
        case index
        /// Anything else; the string says why (in Bokmål, e.g. the first entry that is not an
        /// index's own).
        case foreign(String)

        /// Whether `remove` would remove it (or find nothing to remove).
        public var isRemovable: Bool {
            if case .foreign = self { false } else { true }
        }
    }

    /// The entries an index folder may hold (see `SearchIndex`'s layout): the SQLite store with
    /// its journal files, the segment folder, the writer's lock file, and `carriedOver` files.
    static let ownEntries: Set<String> = Set([
        storeFileName, storeFileName + "-wal", storeFileName + "-shm", storeFileName + "-journal", "segments", "write.lock",
        // The copy of a damaged left-over WAL that `check` keeps for inspection.
        storeFileName + "-wal.skadet",
    ]).union(carriedOver)

    /// Files that belong to the index folder rather than to its contents, kept by a rebuild: the
    /// server's generated API token (`serve` writes it at first start), so clients keep working.
    public static let carriedOver: Set<String> = ["api-token"]

    /// The store file whose presence (with nothing foreign beside it) makes a folder an index.
    static let storeFileName = "documents.sqlite"

    /// Classifies the folder at `path`. An index folder must contain the store file, and every
    /// entry must be one of an index's own: segment, deletion and temporary files in `segments/`.
    /// A `leftover` (a sibling named by `IndexRebuild`, killed perhaps before its store existed)
    /// needs no store file, only nothing foreign.
    public static func classify(_ path: String, leftover: Bool = false) -> Kind {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return .absent }
        guard isDirectory.boolValue else { return .foreign("det er en fil, ikke en mappe") }
        guard let entries = try? fm.contentsOfDirectory(atPath: path) else { return .foreign("mappen kan ikke leses") }
        if entries.isEmpty { return .empty }
        for entry in entries.sorted() where !ownEntries.contains(entry) { return .foreign("den inneholder «\(entry)»") }
        guard leftover || entries.contains(storeFileName) else { return .foreign("\(storeFileName) mangler") }
        if entries.contains("segments") {
            guard let segments = try? fm.contentsOfDirectory(atPath: path + "/segments") else { return .foreign("segments/ kan ikke leses") }
            for file in segments.sorted() where !SegmentManifest.isIndexFile(file) { return .foreign("den inneholder «segments/\(file)»") }
        }
        return .index
    }

    /// Removes the folder at `path` when it is an index or empty (nothing to do when absent);
    /// refuses anything else with a message naming the folder, what is in it and what to do.
    public static func remove(_ path: String, leftover: Bool = false) throws(SearchEngineError) {
        switch classify(path, leftover: leftover) {
        case .absent:
            return
        case .foreign(let reason):
            throw refusal(path, reason: reason)
        case .empty, .index:
            do {
                try FileManager.default.removeItem(atPath: path)
            } catch {
                throw SearchEngineError(.storage, "Kunne ikke slette indeksmappen \(path): \(error.localizedDescription)")
            }
        }
    }

    /// The error for a folder that is not ours to remove.
    public static func refusal(_ path: String, reason: String) -> SearchEngineError {
        SearchEngineError(
            .invalidArgument,
            "\(path) ser ikke ut som en Kommunesøk-indeks (\(reason)), så den slettes ikke. "
                + "Oppgi en indeksmappe, en tom mappe eller en mappe som ikke finnes ennå.")
    }
}
