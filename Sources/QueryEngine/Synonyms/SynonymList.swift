/// Groups of words and phrases a query may also be searched by (`kommunesok search
/// --synonymer FIL`): a query word or quoted phrase that equals an entry of a group also matches
/// the group's other entries, scored below the written words (``QueryBuilder/synonymWeight``).
///
/// **Format** (UTF-8 text): one group per line, entries separated by commas; an entry is a word
/// or several words (then searched as a phrase). `#` starts a comment; blank lines are ignored.
/// Entries are compared after analysis, so inflections and case do not matter (`rådmann` also
/// matches a query for `rådmannen`); an entry may be in several groups.
///
/// ```
/// # law abbreviations
/// pbl, plan- og bygningsloven, plan- og bygningslova
/// rådmann, kommunedirektør
/// ```
public struct SynonymList: Sendable, Hashable {
    /// The groups, each with at least two entries, as written (trimmed).
    public let groups: [[String]]

    /// Reads `text` in the list format; `source` names it in error messages (a file's path).
    public init(parsing text: String, source: String) throws(QueryError) {
        var groups: [[String]] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: Self.whitespace)
            if content.isEmpty { continue }
            let entries = content.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: Self.whitespace) }
            let place = "\(source), linje \(index + 1)"
            guard !entries.contains(where: \.isEmpty) else {
                throw QueryError(.invalidSynonyms, message: "\(place): tomt ledd i gruppen «\(content)». Skill ordene med ett komma, f.eks. «pbl, plan- og bygningsloven».")
            }
            guard entries.count >= 2 else {
                throw QueryError(.invalidSynonyms, message: "\(place): «\(content)» er bare ett ledd. En gruppe trenger minst to ord eller uttrykk skilt med komma, f.eks. «rådmann, kommunedirektør».")
            }
            groups.append(entries)
        }
        self.groups = groups
    }

    /// No synonyms.
    public static let none = try! SynonymList(parsing: "", source: "")

    /// The list shipped with Kommunesøk (``DefaultSynonyms``).
    public static let standard = try! SynonymList(parsing: DefaultSynonyms.text, source: "standardlisten")

    static let whitespace: Set<Character> = [" ", "\t", "\r"]
}

extension Substring {
    /// The substring without leading and trailing `characters`.
    func trimmingCharacters(in characters: Set<Character>) -> String {
        var start = startIndex
        var end = endIndex
        while start < end, characters.contains(self[start]) { start = index(after: start) }
        while end > start, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
