public import Foundation
internal import DocumentStore
internal import QueryEngine

/// Offline relevance evaluation against graded judgments (TREC qrels): the numbers that tell
/// whether an analysis or ranking change helps.
public struct RelevanceEvaluation: Sendable {
    /// Metrics of one query.
    public struct QueryResult: Sendable {
        public var id: String
        public var query: String
        public var reciprocalRank: Double
        public var ndcg10: Double
        public var recall10: Double
        public var recall100: Double
        /// The top keys returned (at most 10), for reading.
        public var top: [String]
    }

    public var queries: [QueryResult]

    public var mrr10: Double { mean(\.reciprocalRank) }
    public var ndcg10: Double { mean(\.ndcg10) }
    public var recall10: Double { mean(\.recall10) }
    public var recall100: Double { mean(\.recall100) }

    private func mean(_ k: KeyPath<QueryResult, Double>) -> Double {
        queries.isEmpty ? 0 : queries.reduce(0) { $0 + $1[keyPath: k] } / Double(queries.count)
    }

    /// Reads `qid<TAB>query` lines and `qid 0 docid grade` lines.
    public static func load(queries: String, qrels: String) throws(SearchEngineError) -> (queries: [(String, String)], judgments: [String: [String: Int]]) {
        guard let q = try? String(contentsOfFile: queries, encoding: .utf8) else { throw SearchEngineError(.invalidArgument, "Kan ikke lese spørringsfilen \(queries).") }
        guard let r = try? String(contentsOfFile: qrels, encoding: .utf8) else { throw SearchEngineError(.invalidArgument, "Kan ikke lese vurderingsfilen \(qrels).") }
        var list: [(String, String)] = []
        for line in q.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { list.append((String(parts[0]), String(parts[1]))) }
        }
        var judgments: [String: [String: Int]] = [:]
        for line in r.split(separator: "\n") {
            let f = line.split(separator: " ")
            if f.count >= 4, let g = Int(f[3]) { judgments[String(f[0]), default: [:]][String(f[2])] = g }
        }
        return (list, judgments)
    }

    /// Runs every query against `snapshot` and scores the rankings.
    public static func run(
        _ queries: [(String, String)], judgments: [String: [String: Int]], index: SearchIndex, snapshot: IndexSnapshot
    ) throws(SearchEngineError) -> RelevanceEvaluation {
        var results: [QueryResult] = []
        for (id, text) in queries {
            let built = try index.parseQuery(text)
            let found = try snapshot.search(built.query, limit: 100, counting: .atLeast(0))
            let docs = try snapshot.documents(found.hits.map(\.id))
            let ranked = found.hits.compactMap { docs[$0.id].map { DocumentKey.docid($0.externalKey) } }
            let grades = judgments[id] ?? [:]
            let relevant = grades.filter { $0.value > 0 }
            let firstRelevant = ranked.prefix(10).firstIndex { (grades[$0] ?? 0) > 0 }
            func dcg(_ gains: [Int]) -> Double {
                gains.enumerated().reduce(0) { $0 + (pow(2, Double($1.element)) - 1) / log2(Double($1.offset) + 2) }
            }
            let ideal = dcg(relevant.values.sorted(by: >).prefix(10).map { $0 })
            let actual = dcg(ranked.prefix(10).map { grades[$0] ?? 0 })
            let hits10 = ranked.prefix(10).filter { (grades[$0] ?? 0) > 0 }.count
            let hits100 = ranked.prefix(100).filter { (grades[$0] ?? 0) > 0 }.count
            results.append(QueryResult(
                id: id, query: text,
                reciprocalRank: firstRelevant.map { 1 / Double($0 + 1) } ?? 0,
                ndcg10: ideal > 0 ? actual / ideal : 0,
                recall10: relevant.isEmpty ? 0 : Double(hits10) / Double(relevant.count),
                recall100: relevant.isEmpty ? 0 : Double(hits100) / Double(relevant.count),
                top: Array(ranked.prefix(10))))
        }
        return RelevanceEvaluation(queries: results)
    }
}
