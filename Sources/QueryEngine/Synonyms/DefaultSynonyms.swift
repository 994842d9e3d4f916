/// The synonym list shipped with Kommunesøk, in ``SynonymList``'s format. A copy of this text
/// with lines added is a good start for a list of one's own (`--synonymer FIL`).
///
/// What it holds: abbreviations of the laws municipal papers cite most, each with the law's
/// Bokmål and Nynorsk name; titles renamed by kommuneloven 2018 (`rådmann` → `kommunedirektør`);
/// the vocabulary of the 2017–2020 municipal mergers in both standards and common misspellings.
/// `kl.` (kommuneloven) is left out: in a query it far more often means «klokka»; so is `hol.`
/// (helse- og omsorgstjenesteloven), which is also the municipality Hol.
enum DefaultSynonyms {
    static let text = """
    # Laws: abbreviation, Bokmål name, Nynorsk name
    pbl, plan- og bygningsloven, plan- og bygningslova
    koml, kommuneloven, kommunelova
    fvl, forvaltningsloven, forvaltningslova
    offl, offentleglova, offentlighetsloven
    aml, arbeidsmiljøloven, arbeidsmiljølova
    inndl, inndelingsloven, inndelingslova
    oppll, opplæringsloven, opplæringslova
    bvl, barnevernloven, barnevernslova
    bhl, barnehageloven, barnehagelova
    # Titles and bodies renamed or spelled two ways
    rådmann, kommunedirektør
    fylkesmann, statsforvalter
    fellesnemnd, fellesnemd
    # Municipal mergers
    sammenslåing, samanslåing, kommunesammenslåing, kommunesamanslåing, kommunereform
    """
}
