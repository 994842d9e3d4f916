internal import Foundation
internal import Hummingbird
internal import SearchEngine

/// The parameters of a search, from the query string of `/api/search` or `/`:
/// `q`, `type`, `kommune`, `tema` (each may repeat), `fra`, `til`, `side` (1-based), `sorter`, `group`.
struct SearchRequest: Sendable, Equatable {
    var text = ""
    var types: [String] = []
    var municipalities: [String] = []
    var themes: [String] = []
    var from: String?
    var to: String?
    var page = 1
    var sort = ResultOrder.relevance
    /// Fold near-duplicates into the best-ranked copy (`group=false` turns it off).
    var group = true

    /// Longest accepted value of a filter parameter; a municipality name is far shorter.
    static let maxParameterLength = 200
    /// Pages beyond this are refused: 1000 pages of 10 is more than anyone reads, and deep
    /// offsets make the top-k collector hold offset + 10 hits.
    static let maxPage = 1000

    init() {}

    /// Reads and validates the parameters of a raw (still encoded) query string, decoded as a
    /// browser's form submission (`+` is a space); unknown parameters are ignored.
    init(query: String?) throws(APIError) {
        try self.init(FormURLEncoded.parse(query ?? ""))
    }

    /// Reads and validates decoded parameters; unknown parameters are ignored.
    init(_ parameters: [(key: String, value: String)]) throws(APIError) {
        for (key, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            guard value.count <= (key == "q" ? Int.max : Self.maxParameterLength) else {
                throw .badRequest("Parameteret «\(key)» er for langt (over \(Self.maxParameterLength) tegn).")
            }
            switch key {
            case "q": text = value
            case "type" where !value.isEmpty: types.append(value)
            case "kommune" where !value.isEmpty: municipalities.append(value)
            case "tema" where !value.isEmpty: themes.append(value)
            case "fra" where !value.isEmpty: from = try Self.date(value, parameter: "fra")
            case "til" where !value.isEmpty: to = try Self.date(value, parameter: "til")
            case "side" where !value.isEmpty:
                guard let p = Int(value), (1...Self.maxPage).contains(p) else {
                    throw .badRequest("«side» må være et heltall fra 1 til \(Self.maxPage), ikke «\(value)».")
                }
                page = p
            case "sorter" where !value.isEmpty:
                guard let s = ResultOrder(userValue: value) else {
                    throw .badRequest("«sorter» må være «relevans» eller «dato», ikke «\(value)».")
                }
                sort = s
            case "group" where !value.isEmpty:
                switch value.lowercased() {
                case "true", "1", "ja": group = true
                case "false", "0", "nei": group = false
                default: throw .badRequest("«group» må være «true» eller «false», ikke «\(value)».")
                }
            default: break
            }
        }
    }

    /// A date parameter: `2017`, `2017-03`, `2017-03-12` or `12.03.2017` (checked again, with
    /// calendar rules, by the query builder's `dato:` parser).
    private static func date(_ value: String, parameter: String) throws(APIError) -> String {
        guard value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == ".") }), value.count <= 10 else {
            throw .badRequest("«\(parameter)» må være en dato som 2017, 2017-03 eller 2017-03-12, ikke «\(value)».")
        }
        return value
    }

    /// Whether there is anything to search for.
    var isEmpty: Bool { text.isEmpty && types.isEmpty && municipalities.isEmpty && themes.isEmpty && from == nil && to == nil }

    /// The query string for this request with some parameters changed (for links in the UI).
    func queryString(
        page: Int? = nil, sort: ResultOrder? = nil, types: [String]? = nil, municipalities: [String]? = nil, themes: [String]? = nil,
        from: String?? = nil, to: String?? = nil, group: Bool? = nil
    ) -> String {
        var items: [(String, String)] = []
        if !text.isEmpty { items.append(("q", text)) }
        for t in types ?? self.types { items.append(("type", t)) }
        for m in municipalities ?? self.municipalities { items.append(("kommune", m)) }
        for t in themes ?? self.themes { items.append(("tema", t)) }
        if let f = from ?? self.from { items.append(("fra", f)) }
        if let t = to ?? self.to { items.append(("til", t)) }
        let s = sort ?? self.sort
        if s != .relevance { items.append(("sorter", s.norwegianName)) }
        if !(group ?? self.group) { items.append(("group", "false")) }
        let p = page ?? self.page
        if p != 1 { items.append(("side", String(p))) }
        return items.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
    }

    /// Percent-encodes a query-string component (space as %20; `&`, `=`, `+`, `#` encoded).
    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
