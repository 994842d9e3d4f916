/// What kind of text a token was read from. Only ``word`` tokens go through the Nynorsk
/// mapping, stop-word removal and stemming (``lawName`` tokens through the Nynorsk spelling
/// rules and `aa` → `å` only); the others are kept as normalised.
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
    /// Letters, possibly mixed with digits (`kommunen`, `e6`, `covid19`).
    case word
    /// Digits with internal `. , / : -` (`2017`, `3,5`, `5-1`, `12/17`; `1.000.000` → `1000000`).
    case number
    /// Short letter groups joined by dots (`f.eks`, `bl.a`, `m.m`, `t.o.m`).
    case abbreviation
    /// A calendar date in ISO form (`2017-03-12`), from `12. mars 2017`, `12.03.2017` or `2017-03-12`.
    case date
    /// A paragraph reference with its sign (`§5-1`), from `§ 5-1`, `§5-1` or `§§ 12 og 13`.
    case sectionReference
    /// A case number with its meeting prefix (`ps12/17`), from `PS 12/17` or `PS12/17`.
    case caseNumber
    /// A web address (`https://…`, `www.…`), kept whole and lower-cased.
    case url
    /// An e-mail address, kept whole and lower-cased.
    case email
    /// The lemma of a law's name (`kommunelov` from `kommuneloven`, see `LawName`), at the
    /// word's position beside the word's own token; not stemmed.
    case lawName
}
