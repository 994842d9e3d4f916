import Foundation

/// Assigns zero or more themes (`ThemeVocabulary`) to a document, transparently: every word
/// that starts with a vocabulary entry's beginning adds the entry's weight to its theme (the
/// longest matching beginning decides, a beginning counts at most `maxCountPerBeginning` times,
/// title words count `titleFactor` times), and a theme is assigned when its sum reaches
/// `minimumScore` and `relativeShare` of the best theme's, at most `maxThemes` of them.
struct ThemeClassifier: Sendable {
    /// A beginning's occurrences beyond this add nothing: a minutes' 40 «vedtak» say no more
    /// about its themes than three do.
    static let maxCountPerBeginning = 3
    /// A title word weighs as much as this many body words: a title says what a document is about.
    static let titleFactor = 3
    /// Points a theme needs: one naming word (4) used three times, or several words that are
    /// often about it. Chosen on the Corpus (`ThemeClassifierTests` prints the figures).
    static let minimumScore = 12
    /// A theme must score at least this share of the best one: a document's minor themes are not
    /// its themes.
    static let relativeShare = 0.4
    /// Themes per document at most; more would not help a filter.
    static let maxThemes = 3
    /// Text scanned: a document's themes show in its first pages.
    static let maxScannedBytes = 32 * 1024
    /// Length of the key that finds a word's candidate beginnings.
    static let keyLength = 3

    struct Entry {
        var beginning: String
        var theme: Int
        var weight: Int
    }

    static let shared = ThemeClassifier(table: ThemeVocabulary.table)

    /// Entries by their beginning's first `keyLength` characters, longest beginning first.
    let entries: [Substring: [Entry]]

    init(table: String) {
        var entries: [Substring: [Entry]] = [:]
        for line in table.split(separator: "\n") {
            let columns = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 3, let theme = ThemeVocabulary.themes.firstIndex(of: columns[0]), let weight = Int(columns[1]) else {
                preconditionFailure("ThemeVocabulary: malformed line «\(line)»")
            }
            for beginning in columns[2].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where beginning.count >= Self.keyLength {
                entries[Substring(beginning.prefix(Self.keyLength)), default: []].append(Entry(beginning: beginning, theme: theme, weight: weight))
            }
        }
        for key in entries.keys { entries[key]!.sort { $0.beginning.count > $1.beginning.count } }
        self.entries = entries
    }

    /// The document's themes, best first.
    func themes(title: String?, text: Substring) -> [String] {
        var counts: [String: (entry: Entry, count: Int)] = [:]
        func scan(_ text: Substring, factor: Int) {
            for token in MetadataToken.tokenize(text) where token.kind == .word && token.text.count >= Self.keyLength {
                let word = token.text.lowercased()
                guard !ThemeVocabulary.ignoredWords.contains(word),
                      let candidates = entries[word.prefix(Self.keyLength)],
                      let entry = candidates.first(where: { word.hasPrefix($0.beginning) })
                else { continue }
                let current = counts[entry.beginning]?.count ?? 0
                counts[entry.beginning] = (entry, min(Self.maxCountPerBeginning * Self.titleFactor, current + factor))
            }
        }
        if let title { scan(Substring(title), factor: Self.titleFactor) }
        // A cut inside a character leaves one U+FFFD, which is not a word.
        scan(text.utf8.count <= Self.maxScannedBytes ? text : Substring(String(decoding: text.utf8.prefix(Self.maxScannedBytes), as: UTF8.self)), factor: 1)

        var scores = [Int](repeating: 0, count: ThemeVocabulary.themes.count)
        for (entry, count) in counts.values { scores[entry.theme] += entry.weight * Swift.min(count, Self.maxCountPerBeginning * Self.titleFactor) }
        let best = scores.max() ?? 0
        let ranked = scores.indices.filter { scores[$0] >= Self.minimumScore && Double(scores[$0]) >= Self.relativeShare * Double(best) }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return ranked.prefix(Self.maxThemes).map { ThemeVocabulary.themes[$0] }
    }
}
