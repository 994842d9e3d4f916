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
    /// Words read: a document's themes show in its first pages (about 30 KB of text).
    static let maxScannedWords = 5_000
    /// Length of the key that finds a word's candidate beginnings.
    static let keyLength = 3

    struct Entry {
        /// The beginning's UTF-8 bytes, lower case.
        var beginning: [UInt8]
        var theme: Int
        var weight: Int
    }

    static let shared = ThemeClassifier(table: ThemeVocabulary.table)

    /// Entries (indices into `all`) by their beginning's first `keyLength` bytes, longest first.
    let entries: [UInt32: [Int]]
    let all: [Entry]
    let ignored: Set<[UInt8]>

    init(table: String) {
        var all: [Entry] = []
        var entries: [UInt32: [Int]] = [:]
        for line in table.split(separator: "\n") {
            let columns = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 3, let theme = ThemeVocabulary.themes.firstIndex(of: columns[0]), let weight = Int(columns[1]) else {
                preconditionFailure("ThemeVocabulary: malformed line «\(line)»")
            }
            for beginning in columns[2].split(separator: ",").map({ Array($0.trimmingCharacters(in: .whitespaces).utf8) })
            where beginning.count >= Self.keyLength {
                entries[Self.key(beginning[...]), default: []].append(all.count)
                all.append(Entry(beginning: beginning, theme: theme, weight: weight))
            }
        }
        for key in entries.keys { entries[key]!.sort { all[$0].beginning.count > all[$1].beginning.count } }
        self.entries = entries
        self.all = all
        ignored = Set(ThemeVocabulary.ignoredWords.map { Array($0.utf8) })
    }

    /// The first `keyLength` bytes of lower-case UTF-8 as one number.
    @inline(__always)
    static func key(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var k: UInt32 = 0
        for b in bytes.prefix(keyLength) { k = k << 8 | UInt32(b) }
        return k
    }

    /// The first `keyLength` bytes of a word, lower-cased as `LatinLowercasing` does.
    @inline(__always)
    static func lowerKey(_ word: Substring.UTF8View) -> UInt32 {
        var k: UInt32 = 0
        var previous: UInt8 = 0
        for b in word.prefix(keyLength) {
            var c = b
            if c &- 0x41 < 26 { c |= 0x20 } else if previous == 0xC3, LatinLowercasing.isLatin1Capital(second: c) { c += 0x20 }
            k = k << 8 | UInt32(c)
            previous = b
        }
        return k
    }

    /// The document's themes, best first, from its title's and text's words (the metadata
    /// tokens; words after `maxScannedWords` are not read).
    func themes(title: [MetadataToken], text: [MetadataToken]) -> [String] {
        var counts: [Int: Int] = [:]
        func scan(_ tokens: ArraySlice<MetadataToken>, factor: Int) {
            for token in tokens where token.kind == .word && token.text.utf8.count >= Self.keyLength {
                guard let candidates = entries[Self.lowerKey(token.text.utf8)] else { continue }
                let word = LatinLowercasing.bytes(token.text)
                guard !ignored.contains(word), let index = candidates.first(where: { word.starts(with: all[$0].beginning) }) else { continue }
                counts[index] = Swift.min(Self.maxCountPerBeginning * Self.titleFactor, counts[index, default: 0] + factor)
            }
        }
        scan(title[...], factor: Self.titleFactor)
        scan(text.prefix(Self.maxScannedWords), factor: 1)

        var scores = [Int](repeating: 0, count: ThemeVocabulary.themes.count)
        for (index, count) in counts { scores[all[index].theme] += all[index].weight * Swift.min(count, Self.maxCountPerBeginning * Self.titleFactor) }
        let best = scores.max() ?? 0
        let ranked = scores.indices.filter { scores[$0] >= Self.minimumScore && Double(scores[$0]) >= Self.relativeShare * Double(best) }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return ranked.prefix(Self.maxThemes).map { ThemeVocabulary.themes[$0] }
    }

    /// The same for text not yet tokenised (tests, examples).
    func themes(title: String?, text: Substring) -> [String] {
        themes(title: title.map { MetadataToken.tokenize(Substring($0)) } ?? [], text: MetadataToken.tokenize(text))
    }
}
