/// Which stop words ``Analyzer`` removes.
public enum StopWordMode: Sendable, Hashable {
    /// Keep every token.
    case none
    /// The built-in Bokmål + Nynorsk list (`NorwegianStopWords`).
    case norwegian
    /// A caller-given list. Entries are lower-cased and folded like the text, so `"Òg"` and `"òg"`
    /// are the same entry.
    case custom(Set<String>)
}
