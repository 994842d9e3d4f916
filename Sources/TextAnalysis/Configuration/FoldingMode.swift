/// How letters are folded after lower-casing. Æ, ø and å are never folded to a, o (`for` ≠ `før`).
public enum FoldingMode: Sendable, Hashable {
    /// Lower-casing only (decomposed `a` + ring above is still composed to `å`).
    case none
    /// Lower-casing plus diacritic folding: é è ê ë → e, ü ú → u, á à â → a, ç → c, ñ → n,
    /// Sámi and Central European letters (č đ ŋ š ŧ ž ł …) to their base letter, the
    /// Swedish/Danish/German ä → æ and ö → ø, and PDF ligatures (ﬁ → fi).
    case diacritics
    /// ``diacritics`` plus the old spelling `aa` → `å` inside words of three or more letters, so
    /// that `Aasen` matches `Åsen` and `paa` matches `på` (Lucene's ScandinavianNormalizationFilter
    /// does the same for `aa`). Two-letter `aa` (the abbreviation AA) is left alone.
    case scandinavian
}
