internal import DocumentStore
internal import InvertedIndex
internal import TextExtraction
public import SearchCore

extension IndexSnapshot {
    /// Facet counts (type, kommune, år, format, tema) over `ids`, read from the metadata postings.
    /// Municipality values are labelled with the name as written in one of the documents that
    /// has it (one summary read per distinct municipality, not per document).
    public func facetCounts(among ids: Set<DocumentID>) throws(SearchEngineError) -> FacetCounts {
        var out = FacetCounts()
        do {
            out.type = try Self.sorted(MetadataLookup.counts(self, key: .type, among: ids), labels: [:])
            let kommune = try MetadataLookup.counts(self, key: .kommune, among: ids)
            out.kommune = Self.sorted(kommune, labels: try municipalityLabels(kommune))
            out.year = try Self.sorted(MetadataLookup.counts(self, key: .year, among: ids), labels: [:])
            out.format = try Self.sorted(MetadataLookup.counts(self, key: .format, among: ids), labels: [:])
            let themeLabels = Dictionary(Themes.all.map { (MetadataKey.normalize($0), $0) }, uniquingKeysWith: { a, _ in a })
            out.theme = try Self.sorted(MetadataLookup.counts(self, key: .theme, among: ids), labels: themeLabels)
        } catch let e as IndexError {
            throw SearchEngineError(e)
        } catch {
            throw SearchEngineError.wrap(error)
        }
        return out
    }

    /// For each normalised municipality value, its spelling in the metadata of its example
    /// document (the value itself when no stored name normalises to it).
    private func municipalityLabels(_ counts: [String: (count: Int, example: DocumentID)]) throws(SearchEngineError) -> [String: String] {
        guard !counts.isEmpty else { return [:] }
        let summaries: [DocumentID: DocumentSummary]
        do {
            summaries = try index.store.read { try $0.summaries(Array(Set(counts.values.map(\.example)))) }
        } catch {
            throw SearchEngineError.wrap(error)
        }
        var labels: [String: String] = [:]
        for (value, c) in counts {
            if let name = summaries[c.example]?.municipalities.first(where: { MetadataKey.normalize($0) == value }) {
                labels[value] = name
            }
        }
        return labels
    }

    /// Most frequent first, ties by value.
    private static func sorted(_ counts: [String: (count: Int, example: DocumentID)], labels: [String: String]) -> [FacetCount] {
        counts.map { FacetCount(value: $0.key, label: labels[$0.key] ?? $0.key, count: $0.value.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
    }
}
