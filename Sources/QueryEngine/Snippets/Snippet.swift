/// A piece of a document's text around the best matches, with the matches marked.
public struct Snippet: Sendable, Hashable, Codable {
    /// The text of the fragment (whole words; "…" is added by renderers, not stored here).
    public var text: String
    /// Byte ranges within `text` (UTF-8) of the words that matched the query.
    public var highlights: [Range<Int>]
    /// 1-based page of the fragment's start, for paged formats (PDF): "side 4".
    public var page: Int?
    /// Whether the fragment starts after the start of the document / ends before its end.
    public var truncatedStart: Bool
    public var truncatedEnd: Bool

    public init(text: String, highlights: [Range<Int>], page: Int?, truncatedStart: Bool, truncatedEnd: Bool) {
        self.text = text
        self.highlights = highlights
        self.page = page
        self.truncatedStart = truncatedStart
        self.truncatedEnd = truncatedEnd
    }

    /// The fragment with matches wrapped in `open`/`close`, and `…` at cut ends. `escape` is
    /// applied to every piece of document text (e.g. HTML escaping) but not to the markers.
    public func rendered(open: String, close: String, escape: (Substring) -> String = { String($0) }) -> String {
        let bytes = Array(text.utf8)
        var out = truncatedStart ? "…" : ""
        var cursor = 0
        for h in highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) where h.lowerBound >= cursor && h.upperBound <= bytes.count {
            out += escape(Substring(String(decoding: bytes[cursor..<h.lowerBound], as: UTF8.self)))
            out += open + escape(Substring(String(decoding: bytes[h], as: UTF8.self))) + close
            cursor = h.upperBound
        }
        out += escape(Substring(String(decoding: bytes[cursor...], as: UTF8.self)))
        if truncatedEnd { out += "…" }
        return out
    }
}
