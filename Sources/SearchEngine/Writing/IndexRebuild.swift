internal import CIntrinsics
internal import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Rebuilding an index from scratch without a moment in which it is empty or half built (as
/// Lucene's CREATE mode keeps the old commit until the new one is committed): the new index is
/// built in a sibling folder, `<index>.rebuild-<pid>`, and switched in at the end by one atomic
/// exchange of the two folders (`renameat2(RENAME_EXCHANGE)`); then the old one is removed.
///
/// A crash while building leaves the old index untouched and the sibling behind; a crash after
/// the exchange leaves the new index in place and the old one as the sibling. `removeLeftovers`
/// (every `kommunesok index` run) removes such siblings when their process is gone and they are
/// recognisably index folders. Where the file system cannot exchange, the switch is two renames
/// (old → `<index>.rebuild-<pid>.replaced`, new → `<index>`); a crash between them leaves no
/// `<index>`, and `recoverInterruptedSwitch` (run when an index is opened at a missing path)
/// renames the old one back.
public final class IndexRebuild {
    /// The index being replaced (absolute, without a trailing slash).
    public let target: String
    /// Where the new index is built: a sibling of `target`, on the same file system.
    public let buildPath: String
    /// The old index's writer lock, held through the rebuild: a writer that changed the old
    /// index meanwhile would lose its change at the switch.
    private var oldIndexLock: WriteLock?

    /// Prepares a rebuild of the index at `path`. Refuses a folder that is not an index, empty
    /// or absent, and an index another writer holds.
    public init(target path: String) throws(SearchEngineError) {
        target = Self.normalized(path)
        Self.recoverInterruptedSwitch(target)
        switch IndexFolder.classify(target) {
        case .foreign(let reason): throw IndexFolder.refusal(target, reason: reason)
        case .index: oldIndexLock = try WriteLock(directory: target)
        case .absent, .empty: oldIndexLock = nil
        }
        Self.removeLeftovers(of: target)
        buildPath = target + Self.siblingInfix + String(getpid())
    }

    /// Switches the finished index in and removes the old one. Call after every writer and
    /// `SearchIndex` of `buildPath` is gone.
    public func finish() throws(SearchEngineError) {
        switch IndexFolder.classify(target) {
        case .foreign(let reason):
            throw IndexFolder.refusal(target, reason: reason)
        case .absent, .empty:
            // rename(2) replaces an empty folder atomically.
            guard rename(buildPath, target) == 0 else { throw Self.failure("flytte \(buildPath) til \(target)") }
        case .index:
            for name in IndexFolder.carriedOver where FileManager.default.fileExists(atPath: target + "/" + name) {
                try? FileManager.default.copyItem(atPath: target + "/" + name, toPath: buildPath + "/" + name)
            }
            if kommunesok_rename_exchange(buildPath, target) != 0 {
                guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else { throw Self.failure("bytte \(buildPath) og \(target)") }
                let replaced = buildPath + Self.replacedSuffix
                guard rename(target, replaced) == 0 else { throw Self.failure("flytte \(target) til \(replaced)") }
                guard rename(buildPath, target) == 0 else {
                    let failure = Self.failure("flytte \(buildPath) til \(target)")
                    rename(replaced, target)
                    throw failure
                }
                Self.syncDirectory((target as NSString).deletingLastPathComponent)
                try? IndexFolder.remove(replaced)
            }
        }
        Self.syncDirectory((target as NSString).deletingLastPathComponent)
        // `buildPath` now holds the old index (after the exchange) or nothing.
        try? IndexFolder.remove(buildPath)
        oldIndexLock = nil
    }

    /// Removes the half-built index after a failed rebuild (the old one was never touched).
    public func abandon() {
        try? IndexFolder.remove(buildPath)
        oldIndexLock = nil
    }

    static let siblingInfix = ".rebuild-"
    static let replacedSuffix = ".replaced"

    /// Removes the siblings earlier rebuilds of `path` left behind, when the process that made
    /// one (its pid is in the name) is gone and the folder is recognisably an index or empty.
    public static func removeLeftovers(of path: String) {
        let target = normalized(path)
        let parent = (target as NSString).deletingLastPathComponent
        let prefix = (target as NSString).lastPathComponent + siblingInfix
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            let digits = rest.hasSuffix(replacedSuffix) ? rest.dropLast(replacedSuffix.count) : rest
            guard let pid = Int32(digits), pid > 0 else { continue }
            if pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM) { continue }  // a rebuild still running
            if rest.hasSuffix(replacedSuffix) && IndexFolder.classify(target) == .absent { continue }  // recovery's job
            try? IndexFolder.remove(parent + "/" + entry, leftover: true)
        }
    }

    /// After a crash between the two renames of the fallback switch: `path` is missing and the
    /// old index waits as `<path>.rebuild-<pid>.replaced`; it is renamed back.
    static func recoverInterruptedSwitch(_ path: String) {
        let target = normalized(path)
        guard IndexFolder.classify(target) == .absent else { return }
        let parent = (target as NSString).deletingLastPathComponent
        let prefix = (target as NSString).lastPathComponent + siblingInfix
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries.sorted() where entry.hasPrefix(prefix) && entry.hasSuffix(replacedSuffix) {
            let old = parent + "/" + entry
            if IndexFolder.classify(old) == .index, rename(old, target) == 0 {
                syncDirectory(parent)
                return
            }
        }
    }

    static func normalized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Makes renames in `directory` durable.
    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func failure(_ what: String) -> SearchEngineError {
        SearchEngineError(
            .storage,
            "Kunne ikke \(what): \(String(cString: strerror(errno))). Den gamle indeksen er uendret; kjør `kommunesok index --rebuild` på nytt.")
    }
}
