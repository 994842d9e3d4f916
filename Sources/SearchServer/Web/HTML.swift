/// HTML escaping: the one function every piece of text goes through before it reaches a page
/// (titles, document text, snippets, query echoes, file names, messages).
enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe both as element content and
    /// inside a quoted attribute value.
    static func escape(_ s: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
