internal import InvertedIndex
internal import SearchCore

extension QueryPlan {
    /// Notes, the remaining term budget, the postings counted and the work meter while a
    /// query is resolved (dictionary entries scanned are work too: one unit each).
    struct ExpansionBudget {
        let maximumTerms: Int
        let maximumPostings: Int
        var notes: [String] = []
        var remainingTerms: Int
        /// Document frequencies summed over every expanded term.
        var postings = 0
        var meter: WorkMeter

        init(limits: QueryLimits, meter: WorkMeter) {
            maximumTerms = limits.maximumExpandedTerms
            maximumPostings = limits.maximumPostings
            remainingTerms = limits.maximumExpandedTerms
            self.meter = meter
        }

        /// True once the expansions so far open more postings than allowed: the query will be
        /// refused, so nothing more is expanded.
        var isOverPostings: Bool { postings > maximumPostings }

        /// Whether expanding may go on: neither the time nor the postings budget is spent.
        var canExpand: Bool { !meter.isExhausted && !isOverPostings }

        /// The limit for the next expansion: its own, or what is left of the query's budget.
        mutating func limit(_ own: Int) -> Int {
            if remainingTerms < own {
                notes.append(
                    "Søket har så mange utvidelser (*, ~ og intervaller) at noen ble kuttet etter "
                        + "\(maximumTerms) ord. Del søket opp for fullstendige treff.")
            }
            return max(0, min(own, remainingTerms))
        }
    }

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
    static func resolveExpansion(_ query: Query, _ s: Searcher, _ budget: inout ExpansionBudget, boost: Double) throws(QueryError) -> Node {
        let readers = s.segments.map(\.reader)
        var parts: [(field: FieldID, term: String, scorer: TermScorer)] = []
        func add(
            _ e: TermExpansion.Expansion, _ field: FieldID, chargingPostings: Bool = true, closeness: (TermExpansion.Candidate) -> Double
        ) {
            budget.remainingTerms -= e.terms.count
            if chargingPostings { for c in e.terms { budget.postings += c.documentFrequency } }
            guard let maxDf = e.terms.map(\.documentFrequency).max() else { return }
            let idf = s.idf(documentFrequency: maxDf)
            for c in e.terms {
                let scorer = TermScorer(
                    parameters: s.parameters, fieldWeight: s.weight(field) * boost * closeness(c), idf: idf,
                    averageLength: s.statistics.averageLength(field))
                parts.append((field, c.term, scorer))
            }
        }
        do {
            switch query {
            case .prefix(let prefix, let fields):
                for f in fields {
                    // A spent budget expands nothing more: no dictionary scan for terms it cannot keep.
                    let limit = budget.limit(TermExpansion.maximumPrefixExpansions)
                    guard limit > 0, budget.canExpand else { break }
                    let e = try TermExpansion.prefix(prefix, field: f, segments: readers, limit: limit)
                    _ = budget.meter.charge(e.visitedTerms)
                    if e.truncated {
                        budget.notes.append(
                            "«\(display(prefix, f))*» passer til svært mange ord; bare de \(TermExpansion.maximumPrefixExpansions) "
                                + "vanligste ble brukt. Skriv flere bokstaver for et mer presist søk.")
                    }
                    add(e, f) { _ in 1 }
                }
            case .fuzzy(let term, let maxEdits, let fields):
                let length = term.unicodeScalars.count
                for f in fields {
                    let limit = budget.limit(TermExpansion.maximumFuzzyExpansions)
                    guard limit > 0, budget.canExpand else { break }
                    let e = try TermExpansion.fuzzy(term, maxEdits: maxEdits, field: f, segments: readers, limit: limit)
                    _ = budget.meter.charge(e.visitedTerms)
                    if e.truncated {
                        budget.notes.append(
                            "«\(term)~» ligner på svært mange ord; bare de \(TermExpansion.maximumFuzzyExpansions) nærmeste ble brukt.")
                    }
                    add(e, f) { c in
                        let shorter = min(length, c.term.unicodeScalars.count)
                        guard c.distance > 0, shorter > 0 else { return 1 }
                        return max(minimumFuzzyBoost, 1 - Double(c.distance) / Double(shorter))
                    }
                }
            case .termRange(let field, let lower, let upper):
                let limit = budget.limit(TermExpansion.maximumRangeExpansions)
                guard limit > 0, budget.canExpand else { break }
                let e = try TermExpansion.range(field: field, lower: lower, upper: upper, segments: readers, limit: limit)
                _ = budget.meter.charge(e.visitedTerms)
                if e.truncated {
                    budget.notes.append(
                        "Intervallet \(display(lower ?? "", field))..\(display(upper ?? "", field)) omfatter mer enn "
                            + "\(TermExpansion.maximumRangeExpansions) verdier; bare de vanligste ble brukt, så noen treff kan mangle. "
                            + "Snevre inn intervallet.")
                }
                // Ranges are the date filters of the web page's fra/til fields: charging them would
                // refuse a date filter on any index with a million dated documents, and their
                // cost is bounded by `maximumRangeExpansions` lists intersected without scoring.
                add(e, field, chargingPostings: false) { _ in 1 }
            default:
                return .empty
            }
        } catch {
            throw Searcher.indexError(error)
        }
        if budget.meter.isExhausted { throw budget.meter.timedOut }
        if budget.isOverPostings { throw .tooExpensive(postings: budget.postings, limit: budget.maximumPostings) }
        return parts.isEmpty ? .empty : .term(parts)
    }

    /// A term as the user would write it: metadata `kommune=asker` → `kommune:asker`.
    private static func display(_ term: String, _ field: FieldID) -> String {
        guard field == .metadata, let eq = term.firstIndex(of: "=") else { return term }
        return term[..<eq] + ":" + term[term.index(after: eq)...]
    }
}
