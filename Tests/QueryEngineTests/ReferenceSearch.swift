import Foundation
import QueryEngine
import SearchCore

/// The brute-force BM25 oracle: scores every live document from its raw token lists, with no
/// index, no skipping and no pruning. What the engine returns must equal this.
struct ReferenceSearch {
    struct Doc {
        var id: DocumentID
        var fields: [[String]]  // tokens per FieldID, position = index
    }

    /// Docs physically present in segments (deleted ones included, as in the engine's stats).
    var physical: [Doc]
    var deleted: Set<DocumentID>
    let k1 = 1.2
    let b = 0.75
    let weights = [FieldWeights.standard.title, FieldWeights.standard.body]

    var n: Int { physical.count }

    func avgdl(_ f: Int) -> Double {
        Double(physical.reduce(0) { $0 + $1.fields[f].count }) / Double(n)
    }

    func idf(_ term: String, _ f: Int) -> Double {
        let df = physical.filter { $0.fields[f].contains(term) }.count
        return log(1 + (Double(n) - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    func bm25(tf: Int, dl: Int, idf: Double, f: Int) -> Double {
        let t = Double(tf)
        return weights[f] * idf * t * (k1 + 1) / (t + k1 * (1 - b + b * Double(dl) / avgdl(f)))
    }

    enum Mode { case or, and, phrase }

    func search(_ terms: [String], mode: Mode, k: Int) -> [ScoredDocument] {
        // Statistics once per search (they do not depend on the doc being scored).
        var idfs: [String: [Double]] = [:]
        for t in terms { idfs[t] = [idf(t, 0), idf(t, 1)] }
        let avg = [avgdl(0), avgdl(1)]
        func bm25(tf: Int, dl: Int, idf: Double, f: Int) -> Double {
            let t = Double(tf)
            return weights[f] * idf * t * (k1 + 1) / (t + k1 * (1 - b + b * Double(dl) / avg[f]))
        }
        func cachedIDF(_ t: String, _ f: Int) -> Double { idfs[t]![f] }
        var hits: [ScoredDocument] = []
        for d in physical where !deleted.contains(d.id) {
            var score = 0.0
            var matched = false
            switch mode {
            case .or, .and:
                var all = true
                for t in terms {
                    var any = false
                    for f in 0..<2 {
                        let tf = d.fields[f].filter { $0 == t }.count
                        if tf > 0 {
                            any = true
                            score += bm25(tf: tf, dl: d.fields[f].count, idf: cachedIDF(t, f), f: f)
                        }
                    }
                    all = all && any
                    matched = matched || any
                }
                if mode == .and { matched = all && !terms.isEmpty }
            case .phrase:
                for f in 0..<2 {
                    let toks = d.fields[f]
                    var count = 0
                    if toks.count >= terms.count {
                        for p in 0...(toks.count - terms.count) where terms.indices.allSatisfy({ toks[p + $0] == terms[$0] }) {
                            count += 1
                        }
                    }
                    if count > 0 {
                        matched = true
                        let idfSum = terms.reduce(0.0) { $0 + cachedIDF($1, f) }
                        score += bm25(tf: count, dl: toks.count, idf: idfSum, f: f)
                    }
                }
            }
            if matched { hits.append(ScoredDocument(id: d.id, score: score)) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        return Array(hits.prefix(k))
    }
}
