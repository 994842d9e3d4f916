/// Decodes `application/x-www-form-urlencoded` text: what a browser sends when a form is
/// submitted with GET (the query string) and what standard HTTP clients (Python's `urlencode`,
/// curl's `--data-urlencode`, `URLSearchParams`) produce. Follows the WHATWG URL standard's
/// parser: pairs split on `&`, name and value on the first `=`, `+` is a space, `%XX` is a
/// byte; a `%` not followed by two hex digits stays as it is, and bytes that are not UTF-8
/// become U+FFFD instead of failing the request.
enum FormURLEncoded {
    /// The name–value pairs of `text`, in order (names may repeat). Empty pairs (`a=1&&b=2`)
    /// are skipped; a pair without `=` has an empty value.
    static func parse(_ text: some StringProtocol) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        for piece in text.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = piece.firstIndex(of: UInt8(ascii: "="))
            let name = equals.map { piece[..<$0] } ?? piece[...]
            let value = equals.map { piece[piece.index(after: $0)...] } ?? piece[piece.endIndex...]
            pairs.append((decode(name), decode(value)))
        }
        return pairs
    }

    /// One component: `+` → space, `%XX` → the byte, the result read as UTF-8.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let byte = bytes[i]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"),
                      let h = bytes.index(i, offsetBy: 1, limitedBy: bytes.endIndex), h != bytes.endIndex,
                      let l = bytes.index(h, offsetBy: 1, limitedBy: bytes.endIndex), l != bytes.endIndex,
                      let high = hexValue(bytes[h]), let low = hexValue(bytes[l]) {
                out.append(high << 4 | low)
                i = l
            } else {
                out.append(byte)
            }
            i = bytes.index(after: i)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
