internal import SearchCore

/// BM25 for one (term, field) pair with its collection statistics folded into constants, so the
/// per-document cost is one division: `weight · tf / (tf + a + c · dl)`.
public struct TermScorer: Sendable {
    /// field weight · idf · (k1 + 1)
    public let weight: Double
    /// k1 · (1 − b)
    let a: Double
    /// k1 · b / avgdl
    let c: Double
    public let idf: Double

    public init(parameters: BM25Parameters, fieldWeight: Double, idf: Double, averageLength: Double) {
        self.idf = idf
        weight = fieldWeight * idf * (parameters.k1 + 1)
        a = parameters.k1 * (1 - parameters.b)
        c = parameters.k1 * parameters.b / averageLength
    }

    @inline(__always)
    public func score(freq: UInt32, length: UInt32) -> Double {
        let f = Double(freq)
        return weight * f / (f + a + c * Double(length))
    }

    /// An upper bound for any doc with freq ≤ maxFreq and length ≥ minLength (score rises with
    /// freq and falls with length), nudged up by a relative 1e-9 so that rounding in the sum of
    /// bounds can never prune a doc whose exact score would enter the top-k.
    @inline(__always)
    public func bound(maxFreq: UInt32, minLength: UInt32) -> Double {
        score(freq: maxFreq, length: minLength) * (1 + 1e-9)
    }
}
