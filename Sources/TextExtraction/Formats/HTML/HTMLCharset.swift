import Foundation

/// Finds the character set an HTML page declares (`<meta charset>`, `http-equiv` Content-Type,
/// or an XML declaration) and picks the encoding to hand libxml2.
enum HTMLCharset {
    /// How far into the page a declaration is looked for. HTML5 requires it in the first 1,024
    /// bytes; 4 KiB also finds it behind long comments or scripts in older pages.
    static let declarationWindow = 4096

    /// The declared charset, lower-cased, or nil.
    static func declared(in data: Data) -> String? {
        let head = String(decoding: data.prefix(declarationWindow), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let value = value(after: "encoding=", in: head[...]) { return value }
        var rest = head[...]
        while let meta = rest.range(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[meta.upperBound..<tagEnd]
            if let value = value(after: "charset=", in: tag) { return value }
            rest = rest[tagEnd...]
        }
        return nil
    }

    /// The encoding name for libxml2: the declared one (Latin-1 read as Windows-1252, as browsers
    /// do), else UTF-8 when the bytes are valid UTF-8, else Windows-1252 with a warning.
    static func choose(for data: Data) -> (encoding: String, warning: String?) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", nil) }
        if let declared = declared(in: data) {
            switch declared {
            case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii", "windows-1252", "cp1252":
                return ("WINDOWS-1252", nil)
            case "utf8": return ("UTF-8", nil)
            default: return (declared.uppercased(), nil)
            }
        }
        if String(validating: data, as: UTF8.self) != nil { return ("UTF-8", nil) }
        return ("WINDOWS-1252", "siden oppgir ingen tegnkoding og er ikke UTF-8; den er lest som Windows-1252")
    }

    private static func value(after key: String, in text: Substring) -> String? {
        guard let range = text.range(of: key) else { return nil }
        var value = text[range.upperBound...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        value = value.prefix(while: { $0.isLetter || $0.isNumber || "-_:.".contains($0) })
        return value.isEmpty ? nil : String(value)
    }
}
