import Foundation

/// Finds municipality names in text: whole words, case-sensitive as capitalised, multi-word
/// names ("Indre Østfold", "Evje og Hornnes", "Nord-Fron") preferred over their parts, and a
/// genitive -s accepted ("Askers"). Names that are also common words are skipped at the start
/// of a sentence or line.
struct MunicipalityFinder: Sendable {
    /// Names by first token; each entry lists the remaining token texts, longest first.
    let index: [String: [(rest: [String], name: String)]]

    static let norwegian = MunicipalityFinder(names: MunicipalityNames.all)

    init(names: [String]) {
        var index: [String: [(rest: [String], name: String)]] = [:]
        for name in names {
            let parts = MetadataToken.tokenize(Substring(name)).map { String($0.text) }
            guard let first = parts.first else { continue }
            index[first, default: []].append((Array(parts.dropFirst()), name))
        }
        for key in index.keys { index[key]!.sort { $0.rest.count > $1.rest.count } }
        self.index = index
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Distinct names in order of first mention.
    func find(in tokens: [MetadataToken]) -> [String] {
        find(in: tokens[...])
    }

    /// Distinct names in order of first mention, each accepted by `accept` (the tokens, the
    /// index of the name's first token and the number of its tokens).
    func find(in tokens: ArraySlice<MetadataToken>, accept: (ArraySlice<MetadataToken>, Int, Int) -> Bool = { _, _, _ in true }) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        var i = tokens.startIndex
        while i < tokens.endIndex {
            let token = tokens[i]
            guard token.kind == .word, let first = token.text.unicodeScalars.first, Self.isUppercase(first) else { i += 1; continue }
            var word = String(token.text)
            var candidates = index[word]
            if candidates == nil, word.count > 2, word.hasSuffix("s") {
                word.removeLast()
                candidates = index[word]?.filter { $0.rest.isEmpty }
            }
            guard let candidates else { i += 1; continue }
            var matched: (length: Int, name: String)?
            for candidate in candidates where i + candidate.rest.count < tokens.endIndex {
                let following = tokens[(i + 1)..<(i + 1 + candidate.rest.count)]
                if zip(following, candidate.rest).allSatisfy({ $0.text == $1 }) {
                    matched = (candidate.rest.count + 1, candidate.name)
                    break
                }
            }
            guard let matched else { i += 1; continue }
            let atSentenceStart = token.startsLine || i == tokens.startIndex || [".", "!", "?", ":", "•", "-", "*", "«", "\""].contains(tokens[i - 1].text)
            if !(MunicipalityNames.ambiguous.contains(matched.name) && atSentenceStart), accept(tokens, i, matched.length),
               seen.insert(matched.name).inserted {
                found.append(matched.name)
            }
            i += matched.length
        }
        return found
    }
}
