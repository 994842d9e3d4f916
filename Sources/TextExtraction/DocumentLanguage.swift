/// The written standard of a Norwegian document.
public enum DocumentLanguage: String, Sendable, Codable, CaseIterable {
    /// Bokmål.
    case bokmal = "nb"
    /// Nynorsk.
    case nynorsk = "nn"
}
