import Foundation

/// Finds calendar dates written in Norwegian documents and returns them as ISO 8601
/// (`12. mars 2017`, `12. mars, 2017`, `12.03.2017`, `12.3.2017`, `2017-03-12`). Two-digit years
/// are not accepted: `12.03.17` is as often a section number as a date.
enum DateFinder {
    /// Month names and abbreviations, bokmål and nynorsk alike.
    static let months: [String: Int] = [
        "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12,
    ]

    /// Distinct dates in order of first mention.
    static func find(in tokens: [MetadataToken]) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        func add(_ date: String?) {
            if let date, seen.insert(date).inserted { found.append(date) }
        }
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .number else { continue }
            let first = tokens[i].text
            // yyyy-mm-dd
            if first.count == 4, i + 4 < tokens.count, tokens[i + 1].text == "-", tokens[i + 3].text == "-",
               tokens[i + 2].kind == .number, tokens[i + 4].kind == .number,
               (1...2).contains(tokens[i + 2].text.count), (1...2).contains(tokens[i + 4].text.count),
               !(i + 1...i + 4).contains(where: { tokens[$0].spaceBefore }) {
                add(ISODate.calendarDate(year: Int(first)!, month: Int(tokens[i + 2].text)!, day: Int(tokens[i + 4].text)!))
                i += 4
                continue
            }
            guard (1...2).contains(first.count), i + 2 < tokens.count, tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore else { continue }
            let day = Int(first)!
            // dd.mm.yyyy
            if tokens[i + 2].kind == .number, (1...2).contains(tokens[i + 2].text.count), i + 4 < tokens.count,
               tokens[i + 3].text == ".", tokens[i + 4].kind == .number, tokens[i + 4].text.count == 4,
               !tokens[i + 2].spaceBefore, !tokens[i + 3].spaceBefore, !tokens[i + 4].spaceBefore {
                add(ISODate.calendarDate(year: Int(tokens[i + 4].text)!, month: Int(tokens[i + 2].text)!, day: day))
                i += 4
                continue
            }
            // dd. month yyyy
            if tokens[i + 2].kind == .word, let month = months[tokens[i + 2].text.lowercased()] {
                var j = i + 3
                if j < tokens.count, tokens[j].text == "." || tokens[j].text == "," { j += 1 }
                if j < tokens.count, tokens[j].kind == .number, tokens[j].text.count == 4 {
                    add(ISODate.calendarDate(year: Int(tokens[j].text)!, month: month, day: day))
                    i = j
                }
            }
        }
        return found
    }
}
