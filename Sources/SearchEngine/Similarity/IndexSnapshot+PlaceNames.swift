internal import InvertedIndex
internal import QueryEngine
internal import SearchCore
internal import TextAnalysis
internal import TextExtraction

extension IndexSnapshot {
    /// Most municipality values read from the metadata dictionaries (there are 357 municipalities
    /// in Norway, plus former ones; this bounds a damaged or unusual index).
    static let maxPlaceNames = 2_000

    /// The analysed terms of every Norwegian municipality's name and of every municipality named
    /// in the index's metadata (`kommune=…`, which may hold an uploader's spelling). The whole
    /// list, not only the indexed parties: a name in a document's text is a place or a
    /// person's surname («Ida Vik») more often than its subject.
    /// More-like-this leaves them out: a municipality's name is frequent in its own documents
    /// and rare elsewhere, so tf·idf ranks it first, and the query would then find documents
    /// from the same place instead of cases on the same subject (which is what «lignende saker»
    /// is for: the same case handled in other municipalities).
    func placeNameTerms() -> Set<String> {
        let prefix = MetadataKey.kommune.rawValue + "="
        var out = Set<String>()
        for name in Municipalities.allNames {
            index.analyzer.forEachToken(in: name) { out.insert($0.term) }
        }
        for view in searcher.segments {
            guard let values = try? view.reader.terms(.metadata, prefix: prefix, limit: Self.maxPlaceNames) else { continue }
            for v in values {
                index.analyzer.forEachToken(in: String(v.term.dropFirst(prefix.count))) { out.insert($0.term) }
            }
        }
        return out
    }
}
