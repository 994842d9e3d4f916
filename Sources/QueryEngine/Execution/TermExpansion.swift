internal import InvertedIndex
internal import SearchCore

/// Expands multi-term queries (`.prefix`, `.fuzzy`, `.termRange`) into concrete index terms,
/// looking in the term dictionaries of *every* segment of the snapshot and merging before
/// choosing, so every segment scores the same expansion (as collection-wide idf does).
///
/// Choice when there are too many: prefix and range keep the most frequent terms (summed doc
/// frequency; ties in byte order), fuzzy keeps the closest, then the most frequent. Truncation is
/// reported so the caller can tell the user.
enum TermExpansion {
    /// Most terms a prefix query expands to. 64 postings lists keep a one-letter prefix as
    /// cheap as a long OR query, and the 64 most frequent terms cover nearly all matching
    /// documents (term frequencies are Zipfian). Lucene's top-terms rewrites use similar sizes.
    static let maximumPrefixExpansions = 64
    /// Most terms a fuzzy query expands to (Lucene's FuzzyQuery default is 50): beyond the
    /// closest few dozen, matches are noise.
    static let maximumFuzzyExpansions = 64
    /// Most terms a metadata range expands to: 1,024 distinct dates is nearly three years of
    /// daily dates. A filter is not scored, so the only cost is one postings list per term.
    static let maximumRangeExpansions = 1_024
    /// Most dictionary entries one prefix or range scan reads per segment before it stops
    /// (and reports truncation): bounds a one-letter prefix over a large dictionary to a few
    /// milliseconds.
    static let maximumScannedTerms = 100_000

    /// One chosen term with its doc frequency summed over segments and, for fuzzy, its
    /// edit distance from the query term.
    struct Candidate: Hashable {
        var term: String
        var documentFrequency: Int
        var distance: Int
    }

    /// The chosen terms and whether any were left out.
    struct Expansion {
        var terms: [Candidate]
        /// More terms matched than `limit` (or a scan stopped at `maximumScannedTerms`).
        var truncated: Bool
        /// Dictionary entries read, over all segments (for tests and diagnostics).
        var visitedTerms: Int
    }

    /// Terms of `field` starting with `prefix` (bytes), the most frequent `limit` of them.
    static func prefix(_ prefix: String, field: FieldID, segments: [SegmentReader], limit: Int) throws(IndexError) -> Expansion {
        let start = Array(prefix.utf8)
        var found: [String: Candidate] = [:]
        var visited = 0
        var stopped = false
        for reader in segments {
            var scanned = 0
            try reader.forEachTerm(field, from: start) { term, df in
                guard term.starts(with: start) else { return false }
                scanned += 1
                guard scanned <= maximumScannedTerms else {
                    stopped = true
                    return false
                }
                add(&found, term, df, distance: 0)
                return true
            }
            visited += scanned
        }
        return choose(found, limit: limit, visited: visited, stopped: stopped, closestFirst: false)
    }

    /// Terms of `field` from `lower` to `upper` inclusive (bytes; nil: open), the most frequent
    /// `limit` of them.
    static func range(field: FieldID, lower: String?, upper: String?, segments: [SegmentReader], limit: Int) throws(IndexError) -> Expansion {
        let start = lower.map { Array($0.utf8) } ?? []
        let end = upper.map { Array($0.utf8) }
        var found: [String: Candidate] = [:]
        var visited = 0
        var stopped = false
        for reader in segments {
            var scanned = 0
            try reader.forEachTerm(field, from: start) { term, df in
                if let end, end.lexicographicallyPrecedes(term) { return false }
                scanned += 1
                guard scanned <= maximumScannedTerms else {
                    stopped = true
                    return false
                }
                add(&found, term, df, distance: 0)
                return true
            }
            visited += scanned
        }
        return choose(found, limit: limit, visited: visited, stopped: stopped, closestFirst: false)
    }

    /// Terms of `field` within `maxEdits` Levenshtein edits of `term` (in Unicode scalars), the
    /// closest then most frequent `limit` of them. One `LevenshteinAutomaton` (built lazily,
    /// shared by all segments) is intersected with each segment's dictionary by
    /// `LevenshteinDictionaryWalk`, which seeks past every run of terms that cannot match.
    /// `maxEdits` above `LevenshteinAutomaton.maximumEdits` counts as that; below 0 matches nothing.
    static func fuzzy(_ term: String, maxEdits: Int, field: FieldID, segments: [SegmentReader], limit: Int) throws(IndexError) -> Expansion {
        var found: [String: Candidate] = [:]
        guard maxEdits >= 0 else { return choose(found, limit: limit, visited: 0, stopped: false, closestFirst: true) }
        var automaton = LevenshteinAutomaton(
            query: term.unicodeScalars.map(\.value), maxEdits: min(maxEdits, LevenshteinAutomaton.maximumEdits))
        var walk = LevenshteinDictionaryWalk()
        for reader in segments {
            var terms = reader.termEnumerator(field)
            walk.run(&automaton, &terms) { bytes, df, distance in
                let s = String(decoding: bytes, as: UTF8.self)
                found[s, default: Candidate(term: s, documentFrequency: 0, distance: distance)].documentFrequency += df
            }
            try terms.checkIntegrity()
        }
        return choose(found, limit: limit, visited: walk.visitedTerms, stopped: false, closestFirst: true)
    }

    private static func add(_ found: inout [String: Candidate], _ term: [UInt8], _ df: Int, distance: Int) {
        let s = String(decoding: term, as: UTF8.self)
        found[s, default: Candidate(term: s, documentFrequency: 0, distance: distance)].documentFrequency += df
    }

    private static func choose(_ found: [String: Candidate], limit: Int, visited: Int, stopped: Bool, closestFirst: Bool) -> Expansion {
        var all = Array(found.values)
        all.sort { a, b in
            if closestFirst, a.distance != b.distance { return a.distance < b.distance }
            if a.documentFrequency != b.documentFrequency { return a.documentFrequency > b.documentFrequency }
            return a.term.utf8.lexicographicallyPrecedes(b.term.utf8)
        }
        let truncated = stopped || all.count > limit
        return Expansion(terms: Array(all.prefix(max(0, limit))), truncated: truncated, visitedTerms: visited)
    }
}
