internal import TextExtraction

extension SearchIndex {
    /// The document types the indexer infers and an uploader may set, as stored and filtered
    /// on (`type:sak`): reglement, prosjektplan, sak, protokoll, kommunikasjonsplan,
    /// høringsuttalelse, utredning, forum, annet.
    public static let documentTypes: [String] = DocumentType.allCases.map(\.rawValue)
}
