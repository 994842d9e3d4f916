internal import Foundation
internal import InvertedIndex
public import SearchCore

/// Why a document got its score: one line per (term, field) with every BM25 quantity, in the
/// order the formula uses them (`kommunesok search --explain`).
public struct ScoreExplanation: Sendable {
    public struct Part: Sendable {
        public var term: String
        public var field: FieldID
        public var termFrequency: UInt32
        public var fieldLength: UInt32
        public var averageFieldLength: Double
        public var documentFrequency: Int
        public var idf: Double
        public var fieldWeight: Double
        public var score: Double
        /// For a synonym's term: the written word it stands in for.
        public var synonymOf: String?
    }

    public var parts: [Part]
    public var total: Double { parts.reduce(0) { $0 + $1.score } }

    /// Readable lines, with the formula once at the top.
    public func lines(k1: Double, b: Double) -> [String] {
        var out = ["poeng = Σ vekt · idf · tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl)),  k1 = \(k1), b = \(b),  idf = ln(1 + (N − df + 0.5)/(df + 0.5))"]
        for p in parts {
            out.append(String(
                format: "  %@ i %@: tf %u, dl %u, avgdl %.1f, df %d, idf %.3f, vekt %.2f → %.4f",
                p.term + (p.synonymOf.map { " (synonym for «\($0)»)" } ?? ""), p.field.name, p.termFrequency, p.fieldLength, p.averageFieldLength, p.documentFrequency, p.idf, p.fieldWeight, p.score))
        }
        out.append(String(format: "  sum: %.4f", total))
        return out
    }
}

extension Searcher {
    /// Explains the term part of `query`'s score for `document` (phrases, prefix and fuzzy
    /// expansions are listed by their terms; filters do not score).
    public func explain(_ query: Query, document: DocumentID) throws(QueryError) -> ScoreExplanation {
        /// A synonym's terms: the word they stand in for, and the idf cap per field.
        typealias Synonym = (word: String, idfCap: [FieldID: Double])
        var terms: [(String, [FieldID], Double, Synonym?)] = []
        func collect(_ q: Query, _ boost: Double, _ synonym: Synonym?) throws(QueryError) {
            switch q {
            case .term(let t, let f), .compound(_, let t, let f): terms.append((t, f, boost, synonym))
            case .phrase(let ts, _, let f): for t in ts { terms.append((t.term, f, boost, synonym)) }
            case .boolean(let must, let should, _, _): for c in must + should { try collect(c, boost, synonym) }
            case .fuzzy(let t, _, let f): terms.append((t, f, boost, synonym))
            case .boosted(let inner, let b): try collect(inner, boost * b, synonym)
            case .withSynonyms(let written, let synonyms, let word, let weight):
                try collect(written, boost, synonym)
                let cap = try idfCap(written)
                for s in synonyms { try collect(s, boost * weight, (word, cap)) }
            case .prefix, .termRange, .empty: break
            }
        }
        try collect(try rewritingCompounds(query), 1, nil)
        var parts: [ScoreExplanation.Part] = []
        for view in segments {
            guard let local = (0..<UInt32(view.reader.documentCount)).first(where: { view.reader.documentID($0) == document }),
                  view.deletions?.contains(local) != true else { continue }
            for (term, fields, boost, synonym) in terms {
                for field in fields where field != .metadata {
                    let postings: PostingsIterator?
                    do { postings = try view.reader.postings(field, term) } catch { throw Self.indexError(error) }
                    guard let it = postings, it.advance(to: local) == local else { continue }
                    let df = try documentFrequency(field, term)
                    let idf = min(idf(documentFrequency: df), synonym?.idfCap[field] ?? .infinity)
                    let scorer = termScorer(field, idf: idf, boost: boost)
                    let length = view.reader.fieldLength(field, local)
                    parts.append(.init(
                        term: term, field: field, termFrequency: it.freq, fieldLength: length,
                        averageFieldLength: statistics.averageLength(field), documentFrequency: df, idf: idf,
                        fieldWeight: weight(field) * boost, score: scorer.score(freq: it.freq, length: length), synonymOf: synonym?.word))
                }
            }
            break
        }
        return ScoreExplanation(parts: parts)
    }
}
