import Foundation

/// Finds case numbers: a political-case prefix and number (`PS 12/17`, `FS 3/2018`), or a
/// number after a word for case (`Sak 2017/123`, `saksnr. 17/1234`, `arkivsak: 2017/55`).
enum CaseNumberFinder {
    /// Prefixes of political case numbers, upper case as written: politisk sak, formannskapssak,
    /// kommunestyresak, fellesnemndsak, arbeidsutvalgsak.
    static let prefixes: Set<String> = ["PS", "FS", "KS", "FN", "AU"]
    /// Words (lower-cased) after which `a/b` is a case number.
    static let caseWords: Set<String> = ["sak", "saksnr", "saksnummer", "arkivsak", "arkivsaksnr", "saknr", "saka", "saki", "arkivsaknr"]

    /// Distinct case numbers in order of first mention: `PS 12/17` with its prefix, others as `2017/123`.
    static func find(in tokens: [MetadataToken]) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        for i in tokens.indices where tokens[i].kind == .word {
            let word = tokens[i].text
            var j = i + 1
            let prefix: String?
            if word.utf8.count == 2, prefixes.contains(String(word)) {
                prefix = String(word)
                if j < tokens.count, tokens[j].text == "-", j + 1 < tokens.count, tokens[j + 1].text.lowercased() == "sak" { j += 2 }
            } else if let first = word.utf8.first, first | 0x20 == 0x73 || first | 0x20 == 0x61, caseWords.contains(word.lowercased()) {
                // "KS-sak 3/19" was taken with its prefix above.
                if i >= 2, tokens[i - 1].text == "-", tokens[i - 2].text.utf8.count == 2, prefixes.contains(String(tokens[i - 2].text)) { continue }
                prefix = nil
                // Optional ".", "nr", ".", ":" between the word and the number.
                if j < tokens.count, tokens[j].text == "." { j += 1 }
                if j < tokens.count, tokens[j].text.lowercased() == "nr" { j += 1 }
                if j < tokens.count, tokens[j].text == "." { j += 1 }
                if j < tokens.count, tokens[j].text == ":" { j += 1 }
            } else {
                continue
            }
            guard let number = slashNumber(tokens, at: j) else { continue }
            let value = prefix.map { "\($0) \(number)" } ?? number
            if seen.insert(value).inserted { found.append(value) }
        }
        return found
    }

    /// `a/b` at `j` with no spaces inside, a of 1–4 digits and b of 1–6, not followed by
    /// another `/` or `.digit` (which would make it a date or a path).
    private static func slashNumber(_ tokens: [MetadataToken], at j: Int) -> String? {
        guard j + 2 < tokens.count, tokens[j].kind == .number, tokens[j + 1].text == "/", tokens[j + 2].kind == .number,
              !tokens[j + 1].spaceBefore, !tokens[j + 2].spaceBefore,
              (1...4).contains(tokens[j].text.count), (1...6).contains(tokens[j + 2].text.count) else { return nil }
        if j + 3 < tokens.count, !tokens[j + 3].spaceBefore, tokens[j + 3].text == "/" { return nil }
        return "\(tokens[j].text)/\(tokens[j + 2].text)"
    }
}
