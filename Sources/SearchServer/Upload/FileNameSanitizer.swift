internal import Foundation

/// Makes an uploaded file name safe to show, store and use as a document key: only the last
/// path component is kept (no `../`, no absolute paths, no Windows `C:\`), control characters
/// and characters with meaning in paths or shells become `-`, leading dots are removed (no
/// hidden files, no `..`), and the length is bounded.
enum FileNameSanitizer {
    /// Longest name kept, in characters: file systems allow 255 bytes; 120 characters leave room
    /// for multi-byte letters (æ, ø, å are two bytes) and stay readable in lists.
    static let maxLength = 120
    /// The name used when nothing is left.
    static let fallback = "opplasting"

    static func sanitize(_ raw: String) -> String {
        // Browsers on Windows may send the full path; both separators count.
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var out = ""
        for scalar in last.unicodeScalars {
            let c = Character(scalar)
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                continue
            } else if c.isLetter || c.isNumber || c == "." || c == "-" || c == "_" || c == " " || c == "(" || c == ")" {
                out.append(c)
            } else {
                out.append("-")
            }
        }
        while out.first == "." || out.first == " " || out.first == "-" { out.removeFirst() }
        while out.last == " " || out.last == "." { out.removeLast() }
        if out.count > maxLength {
            // Keep the extension: it is a hint for the extractor.
            let ext = (out as NSString).pathExtension
            let keep = maxLength - (ext.isEmpty ? 0 : ext.count + 1)
            out = String(out.prefix(max(1, keep))) + (ext.isEmpty ? "" : "." + ext)
        }
        return out.isEmpty ? fallback : out
    }

    /// The document key of an uploaded file: its sanitised name without extension, as
    /// `kommunesok index` keys files, so uploading a new version of a file replaces the old one.
    static func key(for sanitizedName: String) -> String {
        let stem = (sanitizedName as NSString).deletingPathExtension
        return stem.isEmpty ? sanitizedName : stem
    }
}
