internal import Foundation
internal import SearchCore
public import TextAnalysis

/// Splits closed Norwegian compounds into parts the index knows, at search time, so that
/// `arbeidsgiveransvar` also finds `ansvar som arbeidsgiver` (issue 6 §6).
///
/// Parts are substrings of the query word's normalised form, at least
/// `minimumPartLength` letters, optionally joined by a linking `s` or `e`
/// (`fellesnemnd·s·møte`, `barn·e·hage`); each part is analysed with the index's analyzer
/// (Nynorsk mapping, stemming) and must be an index term in at least
/// `minimumPartDocumentFrequency` documents. Among all segmentations into 2…`maximumParts`
/// parts, the one with the highest geometric mean of part document frequencies wins, and it
/// is used only when that mean exceeds the whole word's own document frequency — Koehn and
/// Knight's (2003) frequency criterion, which keeps established compounds whole
/// (`kommunestyre` is more frequent than `kommune` and `styre` together suggest) and splits
/// rare or unseen ones. The dictionary is the index's own vocabulary, so it always speaks the
/// corpus's language (Bokmål, Nynorsk, municipal jargon) and needs no word list.
///
/// Decompounding is query-side only: the index stores words as written, and a compound in a
/// document is found by its whole form. Splitting at index time as well would let
/// `ansvar arbeidsgiver` find `arbeidsgiveransvar`, at the cost of a larger index and noisier
/// part matches; the evaluation (`eval --ablation`) decides whether that is worth it later.
public struct Decompounder: Sendable {
    /// Shortest word (in Unicode scalars) considered for splitting: two parts of
    /// `minimumPartLength` plus a linking letter, rounded up. Shorter words are nearly always
    /// simple words whose accidental splits (`kom·munen`) only add noise.
    public static let minimumWordLength = 8
    /// Longest word considered: bounds the O(n²) part lookups of one query word (a 40-letter
    /// word costs under a millisecond); no real compound in the corpus is longer.
    public static let maximumWordLength = 40
    /// Shortest part: three letters admits `lov`, `råd`, `mål`, `sak` — frequent heads of
    /// municipal compounds — while two-letter parts match mostly noise.
    public static let minimumPartLength = 3
    /// Most parts in one split. Three covers `fellesnemndsmøteplan`-like words; more parts
    /// multiply false splits faster than they add recall.
    public static let maximumParts = 3
    /// A part must occur in at least this many documents: a part seen once is more likely a
    /// typo or a fragment than a word.
    public static let minimumPartDocumentFrequency = 2
    /// Linking letters (Norwegian *fugeelement*) that may join two parts and are dropped.
    static let linkingLetters: Set<Unicode.Scalar> = ["s", "e"]

    /// The analyzer; must be configured as the index's.
    let analyzer: Analyzer

    /// Creates a decompounder analysing parts with `analyzer`.
    public init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// The index terms of `word`'s best split, in word order, or nil when it should stay
    /// whole. `word` is the normalised (lower-cased, folded, unstemmed) form; `frequency`
    /// gives an index term's document frequency.
    public func split<E: Error>(
        _ word: String, wholeFrequency: Int, frequency: (String) throws(E) -> Int
    ) throws(E) -> [String]? {
        let scalars = Array(word.unicodeScalars)
        let n = scalars.count
        guard n >= Self.minimumWordLength, n <= Self.maximumWordLength,
              scalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }

        // part(i, j): the analysed term of scalars[i..<j] and its frequency, or nil.
        var memo: [Int: (term: String, frequency: Int)?] = [:]
        func part(_ i: Int, _ j: Int) throws(E) -> (term: String, frequency: Int)? {
            let key = i * (n + 1) + j
            if let known = memo[key] { return known }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[i..<j])
            let tokens = analyzer.analyze(String(text))
            var result: (term: String, frequency: Int)? = nil
            if tokens.count == 1 {
                let f = try frequency(tokens[0].term)
                if f >= Self.minimumPartDocumentFrequency { result = (tokens[0].term, f) }
            }
            memo[key] = result
            return result
        }

        var best: (terms: [String], score: Double)? = nil
        var chosen: [(term: String, frequency: Int)] = []
        func consider() {
            guard chosen.count >= 2 else { return }
            let score = chosen.reduce(0.0) { $0 + log(Double($1.frequency)) } / Double(chosen.count)
            // Ties keep the earlier (fewer-part, longer-first-part) split: strict improvement only.
            if best == nil || score > best!.score { best = (chosen.map(\.term), score) }
        }
        func walk(_ start: Int) throws(E) {
            let m = Self.minimumPartLength
            // The rest as the final part.
            if !chosen.isEmpty, n - start >= m, let last = try part(start, n) {
                chosen.append(last)
                consider()
                chosen.removeLast()
            }
            guard chosen.count + 1 < Self.maximumParts else { return }
            var j = start + m
            while j + m <= n {
                if let p = try part(start, j) {
                    chosen.append(p)
                    try walk(j)
                    if Self.linkingLetters.contains(scalars[j]), j + 1 + m <= n { try walk(j + 1) }
                    chosen.removeLast()
                }
                j += 1
            }
        }
        try walk(0)
        guard let best, best.score > log(Double(max(1, wholeFrequency))) else { return nil }
        var seen = Set<String>()
        let terms = best.terms.filter { seen.insert($0).inserted }
        return terms.count >= 2 ? terms : nil
    }
}
