internal import InvertedIndex
internal import SearchCore

extension QueryPlan {
    /// Fuzzy matches at distance d score with boost `1 − d / min(|term|, |query|)` (Lucene's
    /// FuzzyTermsEnum), floored here so a 1-letter match at distance 2 still counts a little
    /// instead of negatively.
    static let minimumFuzzyBoost = 0.1

    /// Resolves `.prefix`, `.fuzzy` and `.termRange` through `TermExpansion` into a union of
    /// term clauses.
    ///
    /// Scoring (Lucene's "blended" top-terms rewrite): every expanded term of one field shares
    /// one idf, that of the most frequent expansion, so a rare misspelling or a rare completion
    /// (high idf) cannot outrank the word the user meant; tf and length normalisation still
    /// rank documents. Prefix terms all get boost 1; fuzzy terms are scaled by closeness.
    /// Ranges are metadata filters and score 0 wherever they stand.
    static func resolveExpansion(_ query: Query, _ s: Searcher, _ notes: inout [String]) throws(QueryError) -> Node {
        let readers = s.segments.map(\.reader)
        var parts: [(field: FieldID, term: String, scorer: TermScorer)] = []
        func add(_ e: TermExpansion.Expansion, _ field: FieldID, boost: (TermExpansion.Candidate) -> Double) {
            guard let maxDf = e.terms.map(\.documentFrequency).max() else { return }
            let idf = s.parameters.idf(documentFrequency: maxDf, documentCount: s.statistics.documentCount)
            for c in e.terms {
                let scorer = TermScorer(
                    parameters: s.parameters, fieldWeight: s.weight(field) * boost(c), idf: idf,
                    averageLength: s.statistics.averageLength(field))
                parts.append((field, c.term, scorer))
            }
        }
        do {
            switch query {
            case .prefix(let prefix, let fields):
                for f in fields {
                    let e = try TermExpansion.prefix(prefix, field: f, segments: readers, limit: TermExpansion.maximumPrefixExpansions)
                    if e.truncated {
                        notes.append(
                            "«\(display(prefix, f))*» passer til svært mange ord; bare de \(TermExpansion.maximumPrefixExpansions) "
                                + "vanligste ble brukt. Skriv flere bokstaver for et mer presist søk.")
                    }
                    add(e, f) { _ in 1 }
                }
            case .fuzzy(let term, let maxEdits, let fields):
                let length = term.unicodeScalars.count
                for f in fields {
                    let e = try TermExpansion.fuzzy(
                        term, maxEdits: maxEdits, field: f, segments: readers, limit: TermExpansion.maximumFuzzyExpansions)
                    if e.truncated {
                        notes.append(
                            "«\(term)~» ligner på svært mange ord; bare de \(TermExpansion.maximumFuzzyExpansions) nærmeste ble brukt.")
                    }
                    add(e, f) { c in
                        let shorter = min(length, c.term.unicodeScalars.count)
                        guard c.distance > 0, shorter > 0 else { return 1 }
                        return max(minimumFuzzyBoost, 1 - Double(c.distance) / Double(shorter))
                    }
                }
            case .termRange(let field, let lower, let upper):
                let e = try TermExpansion.range(
                    field: field, lower: lower, upper: upper, segments: readers, limit: TermExpansion.maximumRangeExpansions)
                if e.truncated {
                    notes.append(
                        "Intervallet \(display(lower ?? "", field))..\(display(upper ?? "", field)) omfatter mer enn "
                            + "\(TermExpansion.maximumRangeExpansions) verdier; bare de vanligste ble brukt, så noen treff kan mangle. "
                            + "Snevre inn intervallet.")
                }
                add(e, field) { _ in 1 }
            default:
                return .empty
            }
        } catch {
            throw Searcher.indexError(error)
        }
        return parts.isEmpty ? .empty : .term(parts)
    }

    /// A term as the user would write it: metadata `kommune=asker` → `kommune:asker`.
    private static func display(_ term: String, _ field: FieldID) -> String {
        guard field == .metadata, let eq = term.firstIndex(of: "=") else { return term }
        return term[..<eq] + ":" + term[term.index(after: eq)...]
    }
}
