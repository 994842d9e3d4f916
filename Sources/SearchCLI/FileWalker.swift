import Foundation

/// Collects the files under the given paths, recursively, in a stable order. Hidden files and
/// folders are skipped; symbolic links are not followed (so link loops cannot hang a run) and
/// are reported.
enum FileWalker {
    /// A file found, with its document key: its path from the folder argument it was found
    /// under, starting with that folder's own name (`documents/asker/referat.txt` for
    /// `Corpus/documents/asker/referat.txt` under `Corpus/documents`), or its file name when it
    /// was an argument itself. The folder's name is part of the key so that `index a/asker` and
    /// `index a/larvik`, in one run or two, keep both folders' `referat.txt`.
    struct File {
        var path: String
        var key: String
    }

    struct Result {
        var files: [File] = []
        var problems: [String] = []
    }

    static func collect(_ paths: [String]) -> Result {
        var result = Result()
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                result.problems.append("\(path) finnes ikke.")
                continue
            }
            if !isDir.boolValue {
                result.files.append(File(path: path, key: (path as NSString).lastPathComponent))
                continue
            }
            let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            walk(path, relative: name == "/" || name.isEmpty ? "" : name + "/", &result, depth: 0)
        }
        return result
    }

    /// Folders nested deeper than this are reported, not entered (a guard against pathological trees).
    static let maxDepth = 64

    private static func walk(_ dir: String, relative: String, _ result: inout Result, depth: Int) {
        guard depth < maxDepth else {
            result.problems.append("\(dir): mappene ligger dypere enn \(maxDepth) nivåer; resten hoppes over.")
            return
        }
        guard let entries = DirectoryListing.read(dir) else {
            result.problems.append("\(dir): mappen kan ikke leses.")
            return
        }
        for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
            let full = (dir.hasSuffix("/") ? dir : dir + "/") + entry.name
            let key = relative + entry.name
            switch entry.type {
            case .directory: walk(full, relative: key + "/", &result, depth: depth + 1)
            case .regular: result.files.append(File(path: full, key: key))
            case .symbolicLink: result.problems.append("\(full): symbolsk lenke hoppes over (lenker følges ikke).")
            case .other: result.problems.append("\(full): ikke en vanlig fil; hoppes over.")
            case .vanished: continue
            }
        }
    }
}
