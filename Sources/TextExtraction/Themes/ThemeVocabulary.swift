/// The theme vocabulary: which words point to which of the merger programme's themes, and how
/// strongly. Data, not code: one entry per line, `theme | weight | word beginnings`, comma-
/// separated beginnings in Bokmål and Nynorsk, lower case. A word counts for an entry when it
/// starts with one of its beginnings (`arbeidsgiver` counts `arbeidsgiverpolitikken`). To add a
/// theme or a word, add a line or a beginning; `ThemeClassifierTests` checks every theme.
///
/// Weights: 4 — the word names the theme (`lokaldemokrati`, `ikt`); 3 — a word used almost only
/// about it (`tillitsvalgt`, `budsjett`); 2 — a word often about it (`ansatt`, `skole`); 1 — a
/// word that helps only together with others (`innbygger`).
enum ThemeVocabulary {
    static let themes = [
        "arbeidsgiverspørsmål", "lokaldemokrati", "kommunikasjon", "kulturbygging", "økonomi", "organisering",
        "tjenester", "IKT og digitalisering", "arkiv", "eierskap og interkommunalt samarbeid", "politisk organisering",
    ]

    /// Words that start like a theme word but are labels of every case document.
    static let ignoredWords: Set<String> = ["arkivsak", "arkivsaksnr", "arkivkode", "arkivref", "journalpost", "journalpostid"]

    static let table = """
        arbeidsgiverspørsmål | 4 | arbeidsgiverpolitikk, arbeidsgjevarpolitikk, arbeidsgiveransvar, arbeidsgjevaransvar, innplassering
        arbeidsgiverspørsmål | 3 | arbeidsgiver, arbeidsgjevar, tillitsvalgt, tillitsvald, hovedavtale, hovudavtale, partssammensatt, partssamansett, oppsigelse, oppseiing, lønnspolitikk, lønspolitikk, rekruttering, medarbeidersamtale
        arbeidsgiverspørsmål | 2 | ansatt, ansett, tilsett, medarbeider, medarbeidar, arbeidsmiljø, personal, omstilling, fagforening, lønn, seniorpolitikk
        arbeidsgiverspørsmål | 1 | stilling, løn
        lokaldemokrati | 4 | lokaldemokrati, nærdemokrati, innbyggerinvolvering, innbyggjarinvolvering, innbyggerpanel, innbyggjarpanel
        lokaldemokrati | 3 | folkemøte, folkeavstemning, folkerøysting, rådgivende, rådgjevande, medvirkning, medverknad, lokalutvalg, lokalutval, ungdomsråd, eldreråd, grendeutvalg, grendeutval, nærmiljøutvalg
        lokaldemokrati | 1 | innbygger, innbyggjar, høring, høyring, deltakelse, deltaking
        kommunikasjon | 4 | kommunikasjon, kommunikasjonsplan, kommunikasjonsstrategi
        kommunikasjon | 3 | pressemelding, nettside, nettstad, nyhetsbrev, nyheitsbrev, informasjonsarbeid, intranett, merkevare
        kommunikasjon | 2 | informasjon, media, medier, sosiale, profil, logo, budskap, målgruppe, målgrupper
        kulturbygging | 4 | kulturbygging, organisasjonskultur, samhørighet, samhøyrsle, tilhørighet, tilhøyrsle
        kulturbygging | 3 | identitet, verdigrunnlag, kommunevåpen, symbol, målform
        kulturbygging | 2 | verdier, verdiar, fellesskap, våpen, kommunenavn, kommunenamn, navn, namn
        økonomi | 4 | økonomi, budsjett, økonomiplan, regnskap, rekneskap, finansreglement, økonomireglement
        økonomi | 3 | finansforvaltning, eiendomsskatt, lånegjeld, reformstøtte, engangskostnad, inndelingstilskudd, inndelingstilskot, investering, driftsutgift, effektivisering, innsparing
        økonomi | 2 | finans, skatt, inntekt, gjeld, tilskudd, tilskot, kostnad, utgift, millioner, kroner, ramme
        organisering | 4 | organisering, organisasjonsstruktur, administrasjonssenter
        organisering | 3 | lokalisering, rådhus, servicekontor, servicetorg, prosjektrådmann, ledergruppe, leiargruppe, kommunalsjef, toppleder, toppleiar, delprosjekt
        organisering | 2 | organisasjon, administrativ, administrasjon, rådmann, kommunedirektør, prosjektleder, prosjektleiar, styringsgruppe, milepæl, sektor, struktur
        tjenester | 4 | tjenestetilbud, tenestetilbod, tjenesteyting, tenesteyting
        tjenester | 3 | tjeneste, teneste, barnehage, barnevern, sykehjem, sjukeheim, hjemmetjeneste, heimeteneste, legevakt, helsestasjon, skolestruktur, skulestruktur
        tjenester | 2 | helse, omsorg, skole, skule, bibliotek, renovasjon, brannvesen, vannforsyning, sosialtjeneste, bistand, pleie
        IKT og digitalisering | 4 | ikt, digitalisering, digital
        IKT og digitalisering | 3 | fagsystem, skytjeneste, skyteneste, datasenter, programvare, informasjonssikkerhet, driftsmiljø, plattform, nettverk, lisens, integrasjon
        IKT og digitalisering | 2 | system, personvern, brukerkonto, brukarkonto, server
        arkiv | 4 | arkiv, arkivplan, arkivering, arkivverket, noark, bevaring, kassasjon, depot
        arkiv | 3 | journalføring, dokumentasjonsforvaltning
        eierskap og interkommunalt samarbeid | 4 | eierskap, eigarskap, interkommunal, eierstyring, eigarstyring, vertskommune, eierskapsmelding, eigarskapsmelding
        eierskap og interkommunalt samarbeid | 3 | iks, aksjeselskap, selskap, samarbeidsavtale, eierandel, eigardel, regionråd
        eierskap og interkommunalt samarbeid | 2 | samarbeid, region
        politisk organisering | 4 | formannskap, kommunestyre, bystyre, folkevalgt, folkevald, godtgjøring, godtgjering, delegering
        politisk organisering | 3 | arbeidsutvalg, arbeidsutval, komite, komité, hovedutvalg, hovudutval, ordfører, ordførar, varaordfører, møtegodtgjøring
        politisk organisering | 2 | utvalg, utval, politisk, politikar, politiker, representant, valg
        politisk organisering | 1 | fellesnemnd, reglement
        """
}

/// What other modules may know of the themes.
public enum Themes {
    /// The themes' display names, in the programme's order.
    public static var all: [String] { ThemeVocabulary.themes }
}
