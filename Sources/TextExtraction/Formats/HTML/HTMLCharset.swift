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

    /// The bytes to hand libxml2 and their encoding. UTF-8 and Windows-1252/Latin-1 (declared or
    /// guessed) are turned into valid UTF-8 here, so libxml2 never stops at a byte its converter
    /// rejects (undefined cp1252 bytes, broken UTF-8 sequences); other declared charsets are left
    /// to libxml2's iconv.
    static func prepare(_ data: Data) -> (data: Data, encoding: String, warning: String?) {
        var body = data
        var declaredName = declared(in: data)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = data.dropFirst(3)
            declaredName = "utf-8"
        }
        switch declaredName {
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso_8859-1":
            return (Data(Windows1252.decode(body).text.utf8), "UTF-8", nil)
        case "utf-8", "utf8", nil:
            if String(validating: body, as: UTF8.self) != nil { return (body, "UTF-8", nil) }
            if declaredName != nil {
                return (Data(String(decoding: body, as: UTF8.self).utf8), "UTF-8", "siden har ugyldige UTF-8-tegn, som er erstattet med �")
            }
            return (Data(Windows1252.decode(body).text.utf8), "UTF-8", "siden oppgir ingen tegnkoding og er ikke UTF-8; den er lest som Windows-1252")
        case let other?:
            return (body, other.uppercased(), nil)
        }
    }

    private static func value(after key: String, in text: Substring) -> String? {
        guard let range = text.range(of: key) else { return nil }
        var value = text[range.upperBound...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        value = value.prefix(while: { $0.isLetter || $0.isNumber || "-_:.".contains($0) })
        return value.isEmpty ? nil : String(value)
    }
}
