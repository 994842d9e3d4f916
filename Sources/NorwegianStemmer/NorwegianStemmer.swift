/// Placeholder: the Snowball Norwegian stemmer is being written (issue 3).
public enum NorwegianStemmer {
    /// Stems one lower-cased word.
    public static func stem(_ word: String) -> String { word }
}
