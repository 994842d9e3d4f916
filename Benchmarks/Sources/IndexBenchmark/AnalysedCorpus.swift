import BenchmarkSupport
import SearchCore
import TextAnalysis

/// NoReC train after `Analyzer.norwegian()`: every token as (term id, position), documents as
/// ranges of that list, plus the per-term counts the index's answers are checked against. The
/// index benchmarks feed the builder from here, so that analysis is not part of their timing.
struct AnalysedCorpus {
    /// Term id → term text, in order of first occurrence.
    let vocabulary: [String]
    /// Term text → term id.
    let termIDs: [String: UInt32]
    /// Every token's term id, documents back to back.
    let tokenTerms: [UInt32]
    /// Every token's position, parallel to `tokenTerms`.
    let tokenPositions: [UInt32]
    /// `documentStarts[d]..<documentStarts[d + 1]` are document `d`'s tokens.
    let documentStarts: [Int]
    /// UTF-8 bytes of the texts the tokens came from.
    let utf8ByteCount: Int
    /// Per term id: documents containing the term (the oracle for `documentFrequency`).
    let documentFrequencies: [Int]
    /// Per term id: occurrences over the corpus (the oracle for summed `freq`).
    let termFrequencies: [Int]

    var documentCount: Int { documentStarts.count - 1 }
    var tokenCount: Int { tokenTerms.count }
    /// (document, term) pairs: the number of postings a segment of the corpus holds.
    var postingCount: Int { documentFrequencies.reduce(0, +) }

    init(_ corpus: NoReCCorpus, analyzer: Analyzer) {
        var vocabulary: [String] = []
        var termIDs: [String: UInt32] = [:]
        var tokenTerms: [UInt32] = []
        var tokenPositions: [UInt32] = []
        var documentStarts = [0]
        var documentFrequencies: [Int] = []
        var termFrequencies: [Int] = []
        var lastDocument: [Int] = []
        tokenTerms.reserveCapacity(NoReCCorpus.defaultAnalyzerTokenCount)
        tokenPositions.reserveCapacity(NoReCCorpus.defaultAnalyzerTokenCount)
        for (document, text) in corpus.documents.enumerated() {
            analyzer.forEachToken(in: text) { token in
                let id: UInt32
                if let existing = termIDs[token.term] {
                    id = existing
                } else {
                    id = UInt32(vocabulary.count)
                    termIDs[token.term] = id
                    vocabulary.append(token.term)
                    documentFrequencies.append(0)
                    termFrequencies.append(0)
                    lastDocument.append(-1)
                }
                let t = Int(id)
                if lastDocument[t] != document {
                    lastDocument[t] = document
                    documentFrequencies[t] += 1
                }
                termFrequencies[t] += 1
                tokenTerms.append(id)
                tokenPositions.append(token.position)
            }
            documentStarts.append(tokenTerms.count)
        }
        self.vocabulary = vocabulary
        self.termIDs = termIDs
        self.tokenTerms = tokenTerms
        self.tokenPositions = tokenPositions
        self.documentStarts = documentStarts
        self.utf8ByteCount = corpus.utf8ByteCount
        self.documentFrequencies = documentFrequencies
        self.termFrequencies = termFrequencies
    }

    /// The oracle postings of `terms`: per term, its ascending documents, and the sum of its
    /// positions over the corpus.
    func postings(of terms: [String]) -> [String: (documents: [UInt32], positionSum: Int)] {
        var wanted: [UInt32: Int] = [:]
        for (index, term) in terms.enumerated() {
            if let id = termIDs[term] { wanted[id] = index }
        }
        var documents = [[UInt32]](repeating: [], count: terms.count)
        var positionSums = [Int](repeating: 0, count: terms.count)
        for document in 0..<documentCount {
            for i in documentStarts[document]..<documentStarts[document + 1] {
                guard let index = wanted[tokenTerms[i]] else { continue }
                if documents[index].last != UInt32(document) { documents[index].append(UInt32(document)) }
                positionSums[index] += Int(tokenPositions[i])
            }
        }
        var result: [String: (documents: [UInt32], positionSum: Int)] = [:]
        for (index, term) in terms.enumerated() {
            result[term] = (documents[index], positionSums[index])
        }
        return result
    }
}
