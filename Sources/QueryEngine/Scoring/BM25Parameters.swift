import Foundation

/// BM25 (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009).
///
/// For a term t in field f of document d:
/// ```
/// score = weight(f) · idf(t) · tf · (k1 + 1) / (tf + k1 · (1 − b + b · dl / avgdl))
/// idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5))
/// ```
/// with tf the term's frequency in the field, dl the field's length in tokens, avgdl its mean
/// over the collection, N the number of docs and df those containing t in f. This idf is
/// Lucene's: the `1 +` keeps it positive even for terms in more than half of the docs (the
/// original Robertson–Spärck Jones form goes negative there and makes common terms *lower* a
/// score). Statistics count docs that are deleted but not yet merged away, as Lucene does: it
/// keeps stats per segment cheap, and merges make it exact.
public struct BM25Parameters: Sendable, Hashable, Codable {
    /// Term-frequency saturation. 1.2: the usual value (Robertson; Lucene, tantivy, FTS5 default).
    public var k1: Double
    /// Length normalisation. 0.75: the usual value; municipal documents vary from a one-page
    /// notice to a 40-page regulation, so full normalisation (b = 1) would over-punish long ones.
    public var b: Double

    public init(k1: Double = 1.2, b: Double = 0.75) throws(QueryError) {
        guard k1.isFinite, k1 >= 0 else { throw QueryError(.invalidParameter, message: "BM25 k1 må være et endelig tall ≥ 0, fikk \(k1).") }
        guard b.isFinite, (0...1).contains(b) else { throw QueryError(.invalidParameter, message: "BM25 b må ligge mellom 0 og 1, fikk \(b).") }
        self.k1 = k1
        self.b = b
    }

    /// The defaults, k1 = 1.2 and b = 0.75.
    public static let standard = try! BM25Parameters()

    public func idf(documentFrequency df: Int, documentCount n: Int) -> Double {
        log(1 + (Double(n) - Double(df) + 0.5) / (Double(df) + 0.5))
    }
}

/// How much a match in each field counts. Title 2.0, body 1.0: a document whose title names the
/// subject is usually *about* it (municipal titles are descriptive: "Delegeringsreglement for
/// Asker kommune"), while a body mention may be incidental. Tuned on Corpus/queries.
public struct FieldWeights: Sendable, Hashable, Codable {
    public var title: Double
    public var body: Double

    public init(title: Double = 2.0, body: Double = 1.0) {
        self.title = title
        self.body = body
    }

    public static let standard = FieldWeights()
}
