/// Dates and years in `dato:` and `år:` values: parsing, checking and normalising to the index's
/// spelling (ISO `yyyy-mm-dd`, four-digit years), so that a range of them is a range of terms.
enum DateValue {
    /// `dato:` value: one date (`2017-03-12`, `12.03.2017`) → a term; a partial date (`2017`,
    /// `2017-03`) or `a..b` (either end may be open) → an inclusive range of full dates.
    static func parse(_ text: String, position: Int) throws(QueryError) -> QuerySyntax.Node {
        if let (lowerText, upperText) = splitRange(text) {
            guard !lowerText.isEmpty || !upperText.isEmpty else { throw bad(text, position, reason: "begge endene mangler") }
            let lower = lowerText.isEmpty ? nil : try span(lowerText, position).lowerBound
            let upper = upperText.isEmpty ? nil : try span(upperText, position).upperBound
            if let lower, let upper, lower > upper { throw reversed(lower, upper, position) }
            return .range(lower: lower, upper: upper)
        }
        let s = try span(text, position)
        return s.lowerBound == s.upperBound ? .term(s.lowerBound) : .range(lower: s.lowerBound, upper: s.upperBound)
    }

    /// `år:` value: `2017` → a term; `2016..2018`, `..2018`, `2016..` → an inclusive range.
    static func parseYear(_ text: String, position: Int) throws(QueryError) -> QuerySyntax.Node {
        func year(_ s: String) throws(QueryError) -> String {
            guard s.count == 4, s.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw QueryError(
                    .syntax,
                    message: "Ugyldig årstall «\(s)» ved tegn \(position + 1). Skriv år med fire sifre, f.eks. år:2017 eller år:2016..2018.",
                    position: position)
            }
            return s
        }
        if let (lowerText, upperText) = splitRange(text) {
            guard !lowerText.isEmpty || !upperText.isEmpty else { throw bad(text, position, reason: "begge endene mangler") }
            let lower = lowerText.isEmpty ? nil : try year(lowerText)
            let upper = upperText.isEmpty ? nil : try year(upperText)
            if let lower, let upper, lower > upper { throw reversed(lower, upper, position) }
            return .range(lower: lower, upper: upper)
        }
        return .term(try year(text))
    }

    /// `a..b` → (a, b); nil without `..`.
    static func splitRange(_ text: String) -> (String, String)? {
        let chars = Array(text)
        guard chars.count >= 2 else { return nil }
        for i in 0..<(chars.count - 1) where chars[i] == "." && chars[i + 1] == "." {
            return (String(chars[..<i]), String(chars[(i + 2)...]))
        }
        return nil
    }

    /// The first and last ISO date a (possibly partial) date stands for.
    static func span(_ text: String, _ position: Int) throws(QueryError) -> ClosedRange<String> {
        let parts: [Substring]
        var y = 0
        var m: Int?
        var d: Int?
        if text.contains(".") {
            // Norwegian order: 12.03.2017 or 3.2017
            parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3 else { throw bad(text, position, reason: nil) }
            y = try number(parts[parts.count - 1], digits: 4...4, text, position)
            m = try number(parts[parts.count - 2], digits: 1...2, text, position)
            if parts.count == 3 { d = try number(parts[0], digits: 1...2, text, position) }
        } else {
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(parts.count) else { throw bad(text, position, reason: nil) }
            y = try number(parts[0], digits: 4...4, text, position)
            if parts.count >= 2 { m = try number(parts[1], digits: 1...2, text, position) }
            if parts.count == 3 { d = try number(parts[2], digits: 1...2, text, position) }
        }
        guard let month = m else { return iso(y, 1, 1)...iso(y, 12, 31) }
        guard (1...12).contains(month) else { throw bad(text, position, reason: "måneden må være 1–12") }
        let last = daysIn(month, y)
        guard let day = d else { return iso(y, month, 1)...iso(y, month, last) }
        guard (1...last).contains(day) else { throw bad(text, position, reason: "dagen må være 1–\(last)") }
        return iso(y, month, day)...iso(y, month, day)
    }

    static func number(_ s: Substring, digits: ClosedRange<Int>, _ text: String, _ position: Int) throws(QueryError) -> Int {
        guard digits.contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s) else {
            throw bad(text, position, reason: nil)
        }
        return n
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    static func bad(_ text: String, _ position: Int, reason: String?) -> QueryError {
        QueryError(
            .syntax,
            message: "Ugyldig dato «\(text)» ved tegn \(position + 1)" + (reason.map { " (\($0))" } ?? "")
                + ". Skriv datoer som ÅÅÅÅ-MM-DD, f.eks. dato:2017-03-12 eller dato:2017-01-01..2017-06-30.",
            position: position)
    }

    static func reversed(_ lower: String, _ upper: String, _ position: Int) -> QueryError {
        QueryError(
            .syntax,
            message: "Intervallet ved tegn \(position + 1) er snudd: \(lower) kommer etter \(upper). Bytt om grensene.",
            position: position)
    }
}
