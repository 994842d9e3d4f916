/// The data of ``NynorskFilter``: Nynorsk spellings and the Bokmål forms they are mapped to.
///
/// Only spelling differences of the same word are listed, never synonyms (`tilsett`/`ansatt`).
/// Inflection is not listed: the Snowball stemmer already removes both standards' endings
/// (`-ane`/`-ene`, `-ar`/`-er`, `-a`/`-en`, `-inga`/`-ingen`, `-ast`, `-leg`/`-lig`). Words that
/// are a different, meaningful word in Bokmål are left out (`same` Sámi, `kven` Kven, `vert` host,
/// `høyre` the party, `tek` as in TEK17, `kor` choir, `seier` victory).
enum NynorskSpellings {
    /// Whole words: function words, pronouns and irregular verbs, plus a few nouns whose
    /// inflected forms the stemmer would not bring together.
    static let words: [(nynorsk: String, bokmål: String)] = [
        // Pronouns and determiners.
        ("eg", "jeg"), ("me", "vi"), ("dykk", "dere"), ("dykkar", "deres"), ("dei", "de"),
        ("deim", "dem"), ("deira", "deres"), ("ho", "hun"), ("hennar", "hennes"), ("ein", "en"),
        ("eit", "et"), ("eitt", "ett"), ("nokon", "noen"), ("nokre", "noen"), ("noka", "noen"),
        ("noko", "noe"), ("ingi", "ingen"), ("kvar", "hver"), ("kvart", "hvert"),
        ("kvarandre", "hverandre"), ("kva", "hva"), ("kvifor", "hvorfor"),
        ("korleis", "hvordan"), ("sjølv", "selv"), ("sjølve", "selve"), ("desse", "disse"),
        // Adverbs, prepositions and conjunctions.
        ("ikkje", "ikke"), ("inkje", "ikke"), ("berre", "bare"), ("frå", "fra"), ("utan", "uten"),
        ("medan", "mens"), ("difor", "derfor"), ("mykje", "mye"), ("meir", "mer"),
        ("fleire", "flere"), ("heile", "hele"), ("heilt", "helt"), ("hjå", "hos"),
        ("sidan", "siden"), ("enno", "ennå"), ("no", "nå"), ("då", "da"), ("elles", "ellers"),
        ("um", "om"), ("so", "så"), ("viss", "hvis"),
        // Verbs.
        ("vere", "være"), ("vera", "være"), ("vore", "vært"), ("vart", "ble"), ("vorte", "blitt"),
        ("verte", "bli"), ("verta", "bli"), ("gjere", "gjøre"), ("gjera", "gjøre"), ("gjer", "gjør"),
        ("kome", "komme"), ("koma", "komme"), ("kjem", "kommer"), ("seie", "si"), ("seia", "si"),
        ("sjå", "se"), ("gje", "gi"), ("gjev", "gir"), ("gjeve", "gitt"), ("fekk", "fikk"),
        ("gjekk", "gikk"), ("meiner", "mener"), ("meine", "mene"), ("meint", "ment"),
        ("treng", "trenger"), ("veit", "vet"), ("vedteke", "vedtatt"), ("vedtek", "vedtar"),
        // Nouns whose Nynorsk and Bokmål inflections stem differently.
        ("utval", "utvalg"), ("utvalet", "utvalget"), ("utvala", "utvalgene"),
        ("folkevald", "folkevalgt"), ("folkevalde", "folkevalgte"),
        ("verksemd", "virksomhet"), ("verksemda", "virksomheten"),
        ("verksemder", "virksomheter"), ("verksemdene", "virksomhetene"), ("saman", "sammen"),
    ] + exceptions.map { ($0, $0) }

    /// Bokmål words that the infix and suffix rules would otherwise rewrite (found by running
    /// the filter over NoReC and reading every rewritten word): the verb `skule` (to scowl),
    /// and `fahrenheit`. Mapped to themselves, so the rules never see them.
    static let exceptions: [String] = ["skuler", "skulte", "skulende", "skulet", "fahrenheit"]

    /// Spellings rewritten wherever they occur in a word, so compounds and every inflection are
    /// covered (`kommunesamanslåinga` → `kommunesammenslåinga` → stem `kommunesammenslåing`).
    ///
    /// A pattern may also fire inside an unrelated word (`glasskule` → `glasskole`,
    /// `muskulatur`, `karantenestasjon`). That is harmless as long as the result is not another
    /// real word, because the index and the query are rewritten alike; the patterns were checked
    /// by rewriting all of NoReC (13.8 M tokens, 0.27 % changed) and reading every rewritten
    /// word, and the few collisions found are in ``exceptions`` or excluded by the pattern.
    static let infixes: [(nynorsk: String, bokmål: String)] = [
        // `saman` only before the consonants that start its compounds: a bare `saman` infix
        // would also rewrite Samantha and Snåsamannen (both found in NoReC).
        ("samans", "sammens"),      // samanslåing, samansett, samanstilling
        ("samanh", "sammenh"),      // samanheng
        ("samanl", "sammenl"),      // samanlikning
        ("samanf", "sammenf"),      // samanfatning
        ("samank", "sammenk"),      // samankomst
        ("samanb", "sammenb"),      // samanbrot
        ("samand", "sammend"),      // samandrag
        ("eigedom", "eiendom"),     // eigedomsskatt
        ("høyring", "høring"),      // høyringsfrist, høyringsuttale
        ("tenest", "tjenest"),      // teneste, tenesteyting, helsetenesta
        ("kyrkj", "kirk"),          // kyrkje, kyrkjegard
        ("gjevar", "giver"),        // arbeidsgjevar
        ("byggjar", "bygger"),      // innbyggjar
        ("oppgåv", "oppgav"),       // oppgåve, oppgåvene
        ("rekneskap", "regnskap"),  // rekneskap, årsrekneskapen
        ("skule", "skole"),         // skule, skulen, grunnskule (skulle has no `skule`)
        ("skula", "skola"),         // skular, skulane
    ]

    /// Word endings rewritten when at least ``minimumStemBytes`` bytes precede them:
    /// the Nynorsk `-heit` nouns to Bokmål `-het`, with their inflections, so that
    /// `openheita` and `openheten` reach the same stem.
    static let suffixes: [(nynorsk: String, bokmål: String)] = [
        ("heitene", "hetene"), ("heiter", "heter"), ("heita", "heten"), ("heit", "het"),
    ]

    /// `heit` alone is the verb "is called"; a `-heit` noun has a stem of at least three bytes.
    static let minimumStemBytes = 3
}
