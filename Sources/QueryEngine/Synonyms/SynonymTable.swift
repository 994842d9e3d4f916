internal import SearchCore

/// A ``SynonymList`` analysed once with the index's analyzer: each entry's analysed form (its
/// key, compared with a query word's) and the text to search it by.
public struct SynonymTable: Sendable {
    struct Entry: Sendable {
        /// As written in the list (for notes and `explain`).
        let text: String
        /// The analysed form (``QueryBuilder/synonymKey(_:)``).
        let key: String
    }

    let groups: [[Entry]]
    /// Group numbers by entry key.
    let groupsByKey: [String: [Int]]
    /// What a synonym's score is multiplied by (``QueryBuilder/synonymWeight`` unless an
    /// evaluation tries another).
    let weight: Double

    /// Analyses every entry of `list` with `builder`'s analyzer; entries that analyse to
    /// nothing (only stop words) are left out.
    public init(_ list: SynonymList, builder: QueryBuilder, weight: Double = QueryBuilder.synonymWeight) {
        self.weight = weight
        var groups: [[Entry]] = []
        var byKey: [String: [Int]] = [:]
        for group in list.groups {
            let entries = group.compactMap { text in builder.synonymKey(text).map { Entry(text: text, key: $0) } }
            guard Set(entries.map(\.key)).count >= 2 else { continue }
            for key in Set(entries.map(\.key)) { byKey[key, default: []].append(groups.count) }
            groups.append(entries)
        }
        self.groups = groups
        self.groupsByKey = byKey
    }

    /// The entries searched for a query word or phrase whose analysed form is `key`: the other
    /// entries of every group it belongs to, each once, in list order.
    func alternatives(forKey key: String) -> [Entry] {
        var seen: Set<String> = [key]
        var out: [Entry] = []
        for group in groupsByKey[key] ?? [] {
            for entry in groups[group] where seen.insert(entry.key).inserted { out.append(entry) }
        }
        return out
    }
}
