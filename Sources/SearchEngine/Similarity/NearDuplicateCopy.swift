public import SearchCore

/// A near-duplicate folded into a hit («også delt av: Larvik (Økonomireglement …)»): enough to
/// name and link it without loading it again.
public struct NearDuplicateCopy: Sendable, Equatable, Codable {
    /// The folded document.
    public var id: DocumentID
    /// Its external key (file name without extension).
    public var externalKey: String
    /// Its title.
    public var title: String
    /// Its first municipality as written in its metadata (the one it belongs to), if any.
    public var municipality: String?

    /// Creates a copy description.
    public init(id: DocumentID, externalKey: String, title: String, municipality: String?) {
        self.id = id
        self.externalKey = externalKey
        self.title = title
        self.municipality = municipality
    }
}
