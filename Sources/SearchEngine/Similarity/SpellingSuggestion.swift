internal import DocumentStore
internal import QueryEngine
internal import SearchCore
internal import TextAnalysis

/// «Mente du …?»: corrects query words that are absent from the index, or much rarer than a
/// term one or two edits away, to that close frequent term, written as the documents write it.
/// The walk over the dictionary is the fuzzy query's (`Searcher.dictionaryNeighbours`).
enum SpellingSuggestion {
    /// Words shorter than this (after analysis) are left alone: within one edit of a three-letter
    /// word lie dozens of unrelated words (`lov`, `lag`, `log`), so a suggestion would be a guess.
    static let minTermLength = 4
    /// Edits allowed: 1 for terms up to 5 characters, else 2 — Lucene's `Fuzziness.AUTO`
    /// rule, which keeps short words from matching unrelated short words.
    static func maxEdits(forLength n: Int) -> Int { n <= 5 ? 1 : 2 }
    /// A neighbour replaces a word that does occur only when it is in this many times as many
    /// documents: a real but rare word (a name, `fjordhest`) is seldom ten times rarer than a
    /// word two letters away, while a typo that slipped into one document usually is.
    static let dominanceFactor = 10
    /// A suggestion must occur in at least two documents: a neighbour found once may itself be
    /// a typo or an extraction artefact.
    static let minSuggestionDocumentFrequency = 2
    /// Neighbours considered per word (closest first, then most frequent).
    static let neighbourLimit = 32
    /// Documents read to find how the texts write the suggested term (its surface forms).
    static let surfaceSampleDocuments = 10
    /// Bytes of each sampled document analysed for surface forms.
    static let surfaceSampleBytes = 100_000

    /// Levenshtein distance in Unicode scalars (two-row DP), for choosing among surface forms.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

extension IndexSnapshot {
    /// A corrected query for «Mente du …?», or nil when every word looks right. Only words
    /// that are absent from the index, or at least `dominanceFactor` times rarer than a term
    /// within 1–2 edits, are replaced — by that term's surface form closest to what the user
    /// typed (e.g. `fellesnemda` → `fellesnemnda`); the rest of the query is kept as written.
    public func suggest(for query: String) -> String? {
        let tokens = index.analyzer.analyzeDetailed(query)
        let bytes = Array(query.utf8)
        var replacements: [(range: Range<Int>, text: String)] = []
        for t in tokens where !t.isStopWord && t.kind == .word && t.token.term.count >= SpellingSuggestion.minTermLength {
            let r = t.token.byteRange
            guard r.upperBound <= bytes.count else { continue }
            // Leave query syntax alone: field names (`tittel:`), field values, prefixes and fuzzy terms.
            if r.upperBound < bytes.count, [UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: "~")].contains(bytes[r.upperBound]) { continue }
            if r.lowerBound > 0, bytes[r.lowerBound - 1] == UInt8(ascii: ":") { continue }
            guard let best = bestNeighbour(of: t.token.term) else { continue }
            let typed = String(decoding: bytes[r], as: UTF8.self)
            var surface = surfaceForm(of: best, closestTo: typed.lowercased()) ?? best
            if typed.first?.isUppercase == true { surface = surface.prefix(1).uppercased() + surface.dropFirst() }
            if surface != typed { replacements.append((r, surface)) }
        }
        guard !replacements.isEmpty else { return nil }
        var out = bytes
        for (r, text) in replacements.reversed() { out.replaceSubrange(r, with: Array(text.utf8)) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Documents containing `term` in the title or body field (the larger of the two counts).
    private func textDocumentFrequency(_ term: String) -> Int {
        let body = (try? searcher.documentFrequency(.body, term)) ?? 0
        let title = (try? searcher.documentFrequency(.title, term)) ?? 0
        return max(body, title)
    }

    /// The closest, then most frequent, dictionary term that should replace `term`, if any.
    private func bestNeighbour(of term: String) -> String? {
        let own = textDocumentFrequency(term)
        let edits = SpellingSuggestion.maxEdits(forLength: term.unicodeScalars.count)
        var found: [String: (df: Int, distance: Int)] = [:]
        for field in [FieldID.body, .title] {
            let neighbours = (try? searcher.dictionaryNeighbours(of: term, maxEdits: edits, field: field, limit: SpellingSuggestion.neighbourLimit)) ?? []
            for n in neighbours where n.distance > 0 {
                let df = max(found[n.term]?.df ?? 0, n.documentFrequency)
                found[n.term] = (df, n.distance)
            }
        }
        let needed = max(SpellingSuggestion.minSuggestionDocumentFrequency, own * SpellingSuggestion.dominanceFactor)
        return found.filter { $0.value.df >= needed }.min { a, b in
            if a.value.distance != b.value.distance { return a.value.distance < b.value.distance }
            if a.value.df != b.value.df { return a.value.df > b.value.df }
            return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }?.key
    }

    /// How the documents write `term` (lower-cased words that analyse to it), choosing the one
    /// closest to `typed`, then the most common; nil when no sampled document shows it.
    private func surfaceForm(of term: String, closestTo typed: String) -> String? {
        guard let results = try? search(.term(term, fields: [.title, .body]), limit: SpellingSuggestion.surfaceSampleDocuments),
              let docs = try? documents(results.hits.map(\.id)) else { return nil }
        var counts: [String: Int] = [:]
        for d in docs.values {
            let text = d.title + "\n" + String(decoding: d.text.utf8.prefix(SpellingSuggestion.surfaceSampleBytes), as: UTF8.self)
            index.analyzer.forEachAnalyzedToken(in: text) { t in
                if t.token.term == term { counts[t.normalized, default: 0] += 1 }
            }
        }
        return counts.map { (form: $0.key, count: $0.value, distance: SpellingSuggestion.distance($0.key, typed)) }.min { a, b in
            if a.distance != b.distance { return a.distance < b.distance }
            if a.count != b.count { return a.count > b.count }
            return a.form.utf8.lexicographicallyPrecedes(b.form.utf8)
        }?.form
    }
}
