/// The kind of municipal merger document, inferred from title and content.
public enum DocumentType: String, Sendable, Codable, CaseIterable {
    /// Rules and regulations (reglement, delegeringsreglement, …).
    case reglement
    /// Project plans.
    case prosjektplan
    /// A case document for a political body (saksframlegg, innstilling).
    case sak
    /// Minutes of a meeting (møteprotokoll).
    case protokoll
    /// Anything else.
    case annet
}
