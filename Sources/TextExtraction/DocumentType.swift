/// The kind of municipal merger document, inferred from title and content.
public enum DocumentType: String, Sendable, Codable, CaseIterable {
    /// Rules and regulations (reglement, delegeringsreglement, …).
    case reglement
    /// Project plans.
    case prosjektplan
    /// A case document for a political body (saksframlegg, innstilling).
    case sak
    /// Minutes of a meeting (møteprotokoll, møtebok).
    case protokoll
    /// A communication plan for the merger (kommunikasjonsplan, kommunikasjonsstrategi).
    case kommunikasjonsplan
    /// A consultation response (høringsuttalelse, høringssvar, høyringsfråsegn).
    case horingsuttalelse = "høringsuttalelse"
    /// An inquiry or report that prepares a decision (utredning, utgreiing).
    case utredning
    /// A discussion thread from a forum (tråd, innlegg, svar).
    case forum
    /// Anything else.
    case annet
}
