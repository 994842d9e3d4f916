internal import TextExtraction
/// Dates and numbers as Norwegian readers write them: «12. mars 2017», «1 234» (thousands
/// separated by a narrow no-break space, U+202F, so a number never breaks across lines) and
/// «1,8» (decimal comma). Written out rather than taken from `NumberFormatter`/`DateFormatter`
/// so the output does not depend on the locale data installed on the server.
enum NorwegianFormat {
    /// Month names, lower case as in Norwegian running text.
    static let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
    /// The thousands separator: a narrow no-break space (the thin space of Norwegian typography).
    static let thousandsSeparator = "\u{202F}"

    /// `2017-03-12` → «12. mars 2017», `2017-03` → «mars 2017», `2017` → «2017». Anything else
    /// (or an impossible month or day) comes back unchanged.
    /// A stored source format (`text`, `markdown`, `pdf` …) as users name it («tekst»,
    /// «Markdown», «PDF»); unknown values upper-cased.
    static func formatName(_ raw: String) -> String {
        DocumentFormat(rawValue: raw)?.displayName ?? raw.uppercased()
    }

    static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              parts[0].count == 4, let year = Int(parts[0]) else { return iso }
        guard parts.count >= 2 else { return String(year) }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        guard parts.count == 3 else { return "\(months[month - 1]) \(year)" }
        guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return iso }
        return "\(day). \(months[month - 1]) \(year)"
    }

    /// A stored UTC timestamp `2026-11-23T18:21:15.123Z` → «23. november 2026 kl. 18.21 (UTC)»
    /// (Norwegian writes clock times with a full stop); anything else comes back unchanged.
    static func timestamp(_ iso: String) -> String {
        let parts = iso.split(separator: "T", maxSplits: 1)
        guard parts.count == 2, parts[1].count >= 5 else { return iso }
        let day = date(String(parts[0]))
        let clock = parts[1].prefix(5)
        guard day != String(parts[0]), clock.dropFirst(2).first == ":", clock.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }) else { return iso }
        return "\(day) kl. \(clock.prefix(2)).\(clock.suffix(2))" + (iso.hasSuffix("Z") ? " (UTC)" : "")
    }

    /// An integer with thousands separated: 1234567 → «1 234 567»; four-digit numbers too
    /// («1 234»), as tables of counts line up better that way.
    static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += thousandsSeparator }
            out.append(c)
        }
        return (n < 0 ? "−" : "") + out
    }

    /// A decimal number with `fractionDigits` digits after a decimal comma: 1234.5 → «1 234,50».
    static func decimal(_ x: Double, fractionDigits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "–" : (x < 0 ? "−∞" : "∞") }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard scaled < 9e15 else { return String(x) }
        let whole = Int(scaled / scale)
        let fraction = Int(scaled) - whole * Int(scale)
        var s = (x < 0 && scaled != 0 ? "−" : "") + integer(whole)
        if fractionDigits > 0 {
            let f = String(fraction)
            s += "," + String(repeating: "0", count: fractionDigits - f.count) + f
        }
        return s
    }

    /// Bytes as megabytes with two decimals: «2,35 MB».
    static func megabytes(_ bytes: Int) -> String {
        decimal(Double(bytes) / 1_048_576, fractionDigits: 2) + "\u{00A0}MB"
    }
}
