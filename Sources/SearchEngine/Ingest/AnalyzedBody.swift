internal import InvertedIndex
internal import SearchCore
internal import TextAnalysis

/// A document body analysed once and kept as term bytes with positions until the document has
/// its id and goes into a segment builder. The ingest needs the terms twice — for the
/// near-duplicate signature, then for the index — and a `[Token]` of Strings in between cost
/// about as much as the analysis itself.
struct AnalyzedBody {
    /// Term bytes, concatenated; term i is `bytes[ends[i - 1]..<ends[i]]` (from 0 for i = 0).
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []
    private(set) var positions: [UInt32] = []
    /// The near-duplicate signature of the body (`NearDuplicates`), computed with the terms.
    private(set) var signature: MinHashSignature?

    /// Analyses `text` once for both uses. Texts longer than `NearDuplicates.maxShingledBytes`
    /// (the shingles stop at a token's start offset, which the byte path does not report) take
    /// the `Token` path, so every signature is the one `NearDuplicates.signature(tokens:)` gives.
    init(_ text: String, analyzer: Analyzer) {
        guard text.utf8.count <= NearDuplicates.maxShingledBytes else {
            let tokens = analyzer.analyze(text)
            signature = NearDuplicates.signature(tokens: tokens)
            for token in tokens {
                var term = token.term
                term.withUTF8 { append(UnsafeRawBufferPointer($0), position: token.position) }
            }
            return
        }
        var hashes: [UInt64] = []
        analyzer.forEachTerm(in: text) { term, position in
            append(term, position: position)
            hashes.append(MinHashSignature.fnv1a(term))
        }
        signature = MinHashSignature(termHashes: hashes)
    }

    private mutating func append(_ term: UnsafeRawBufferPointer, position: UInt32) {
        bytes.append(contentsOf: term)
        ends.append(bytes.count)
        positions.append(position)
    }

    /// Hands the terms to a builder's field batch, in order.
    func replay(into batch: inout TokenBatch) {
        forEachTerm { batch.append($0, position: $1) }
    }

    /// Calls `body` with each term's bytes (valid during the call) and position, in order.
    func forEachTerm(_ body: (UnsafeRawBufferPointer, UInt32) -> Void) {
        bytes.withUnsafeBytes { all in
            var start = 0
            for (end, position) in zip(ends, positions) {
                body(UnsafeRawBufferPointer(rebasing: all[start..<end]), position)
                start = end
            }
        }
    }
}
