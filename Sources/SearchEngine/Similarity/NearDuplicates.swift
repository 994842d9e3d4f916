internal import DocumentStore
internal import QueryEngine
public import SearchCore
internal import TextAnalysis

/// Near-duplicate detection: the same document reused with small edits (a template adopted by
/// another municipality, a draft and its adopted version). Two documents are near-duplicates
/// when the estimated Jaccard similarity of their body shingles (`MinHashSignature`) reaches
/// `defaultThreshold`. Candidates come from more-like-this, so a check costs one OR query and
/// at most `candidateCount` signature comparisons, not a pass over the collection.
public enum NearDuplicates {
    /// Estimated Jaccard similarity (5-term shingles) at which two documents count as
    /// near-duplicates. Measured on Corpus (metadata.tsv `near_duplicate_group`, all 14 pairs):
    /// members of a group have an exact Jaccard of 0.48–0.89 (estimates 0.39–0.91) with each
    /// other, because these 300–2 000-word
    /// documents change municipality names, dates and case numbers throughout and some add a
    /// section; every other pair — including same-topic cases written independently and
    /// protocols that quote a sak's vedtak — is estimated at most 0.09. The classic web figure
    /// of 0.8–0.9 (Broder) assumes long pages where names are a tiny share of the shingles and
    /// would split most of the 8 groups here. 0.3 sits near the geometric middle of the gap,
    /// two or more standard errors of the 128-hash estimate (rms error 0.04) from either side.
    public static let defaultThreshold = 0.3
    /// More-like-this candidates compared per document. Near-duplicates share nearly all of
    /// their characteristic terms, so they rank at the very top of the OR query; 50 leaves room
    /// for a group of dozens of copies of one template.
    public static let candidateCount = 50
    /// Body bytes shingled: a document's first megabyte identifies it; bounds the cost for huge
    /// uploads (five times the more-like-this window, since a signature needs the whole body of
    /// ordinary documents).
    static let maxShingledBytes = 1_000_000

    /// The signature of an analysed body (its tokens in text order), or nil when it is empty.
    static func signature(tokens: [Token]) -> MinHashSignature? {
        MinHashSignature(terms: tokens.prefix { Int($0.byteStart) < maxShingledBytes }.map(\.term))
    }

    /// The signature of a body text, or nil when it has no indexable terms.
    static func signature(text: String, analyzer: Analyzer) -> MinHashSignature? {
        let body = text.utf8.count <= maxShingledBytes ? text : String(decoding: text.utf8.prefix(maxShingledBytes), as: UTF8.self)
        var terms: [String] = []
        analyzer.forEachToken(in: body) { terms.append($0.term) }
        return MinHashSignature(terms: terms)
    }
}

extension IndexSnapshot {
    /// The stored signature of a document, or one computed from its text when it was indexed
    /// before signatures existed (or with other parameters).
    func signature(of document: StoredDocument) -> MinHashSignature? {
        if let s = document.extra[MinHashSignature.extraKey], let sig = MinHashSignature(encoded: s) { return sig }
        return NearDuplicates.signature(text: document.text, analyzer: index.analyzer)
    }

    /// Documents whose estimated Jaccard similarity with `id` is at least `threshold`, most
    /// similar first, among the top `NearDuplicates.candidateCount` more-like-this candidates.
    /// Throws `.notFound` for an unknown id.
    public func nearDuplicates(of id: DocumentID, threshold: Double = NearDuplicates.defaultThreshold) throws(SearchEngineError) -> [DocumentID] {
        try nearDuplicateScores(of: id, threshold: threshold).map(\.id)
    }

    /// As `nearDuplicates(of:threshold:)`, with each document's estimated similarity.
    public func nearDuplicateScores(of id: DocumentID, threshold: Double = NearDuplicates.defaultThreshold) throws(SearchEngineError) -> [(id: DocumentID, similarity: Double)] {
        guard let doc = try documents([id])[id] else {
            throw SearchEngineError(.notFound, "Dokument \(id) finnes ikke. Det kan være slettet; søk etter det på nytt.")
        }
        guard let own = signature(of: doc) else { return [] }
        let candidates = try similarDocuments(to: id, limit: NearDuplicates.candidateCount).results.hits.map(\.id)
        return try similarities(of: own, to: candidates).filter { $0.similarity >= threshold }
    }

    /// Estimated similarity of `signature` with each of `ids` (missing documents left out),
    /// most similar first; ties in the given order.
    public func similarities(of signature: MinHashSignature, to ids: [DocumentID]) throws(SearchEngineError) -> [(id: DocumentID, similarity: Double)] {
        let docs = try documents(ids)
        var out: [(id: DocumentID, similarity: Double)] = []
        for id in ids {
            guard let d = docs[id], let s = self.signature(of: d) else { continue }
            out.append((id, signature.similarity(to: s)))
        }
        return out.enumerated().sorted { a, b in
            a.element.similarity != b.element.similarity ? a.element.similarity > b.element.similarity : a.offset < b.offset
        }.map(\.element)
    }

    /// Folds near-duplicates into the highest-ranked hit they duplicate: a hit whose similarity
    /// with an earlier kept hit reaches `threshold` is removed and appended to that hit's
    /// `alsoSharedBy` (so a result list can say «også delt av …»). Order is otherwise kept. For
    /// paged results with refilling use `searchPage(_:options:)`, which applies the same walk.
    public func collapseDuplicates(_ hits: [Hit], threshold: Double = NearDuplicates.defaultThreshold) throws(SearchEngineError) -> [Hit] {
        let docs = try documents(hits.map(\.id))
        var grouper = NearDuplicateGrouper(threshold: threshold)
        for hit in hits { grouper.add(docs[hit.id].flatMap { signature(of: $0) }) }
        return grouper.groups.map { g in
            var hit = hits[g.rank]
            for m in g.members {
                hit.alsoSharedBy.append(NearDuplicateCopy(hits[m]))
                hit.alsoSharedBy.append(contentsOf: hits[m].alsoSharedBy)
            }
            return hit
        }
    }
}

extension NearDuplicateCopy {
    /// The copy description of a stored document.
    init(_ d: StoredDocument) {
        self.init(id: d.id, externalKey: d.externalKey, title: d.title, municipality: d.municipalities.first)
    }

    /// The copy description of a hit.
    init(_ h: Hit) {
        self.init(id: h.id, externalKey: h.externalKey, title: h.title, municipality: h.municipalities.first)
    }
}
