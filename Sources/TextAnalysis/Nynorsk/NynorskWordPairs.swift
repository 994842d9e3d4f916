/// The shipped Nynorsk → Bokmål word-pair list of ``WordPairFilter``: municipal vocabulary
/// whose two written forms the spelling rules of `NynorskSpellings` do not bring together
/// (`godtgjering`/`godtgjøring`, `namn`/`navn`, `utgreiing`/`utredning`, `tilsett`/`ansatt`).
///
/// **Format.** One pair per line: the Nynorsk word, white space, the Bokmål word. `#` starts a
/// comment; blank lines are ignored. Words are written in their dictionary form (lower or upper
/// case, accents as usual); each side is analysed like any text (aa → å, the Nynorsk spelling
/// rules, stemming), so one line covers every inflection that stems alike (`namn` also covers
/// `namnet`, `namna`; `navn` covers `navnet`, `navnene`). A line whose Nynorsk word is a stop
/// word or already meets its Bokmål word is accepted and has no effect.
///
/// **Source.** Written for Kommunesøk from the vocabulary of municipal case papers, minutes and
/// regulations in both standards (Språkrådet's official spellings; Nynorsk forms as in
/// Nynorskordboka). Vocabulary words (`tilsett` → `ansatt`) are listed as well as spellings.
///
/// **Safe pairs only.** A Nynorsk word that is also a different Bokmål word is left out, since
/// mapping it would merge two meanings in Bokmål text: `leie` (rent; Nynorsk «lead»), `vald`
/// (chosen / violence), `bur` (cage; Nynorsk «lives»), `låg` (low / lay), `syne` (its stem is
/// `syn`, sight), `gjeld` (debt / applies), `høyre` (the party), `same` (Sámi), `tal` (its stem
/// is Bokmål `tale`, speech), `skuld` (stem of Bokmål `skulder`, shoulder).
///
/// **Extending.** Add a line in the section it belongs to and run `NynorskWordPairTests`: it
/// checks that every pair meets in both directions and that no line maps a stem another line
/// maps elsewhere (two different words stemming alike). Changing the list changes indexed
/// terms: rebuild indexes (`kommunesok index` into a fresh folder).
enum NynorskWordPairs {
    static let text = """
    # Administration, cases and meetings
    godtgjering godtgjøring
    godtgjersle godtgjørelse
    utgreiing utredning
    utgreie utrede
    utgreidd utredet
    namn navn
    namneval navnevalg
    namnesak navnesak
    medlemene medlemmene
    tilsett ansatt
    tilsette ansatte
    tilsetje ansette
    tilsetjing ansettelse
    tilsetjingsråd ansettelsesråd
    handsaming behandling
    handsame behandle
    handsama behandlet
    sakshandsamar saksbehandler
    sakshandsaming saksbehandling
    saksframlegg saksfremlegg
    framlegg forslag
    fråsegn uttalelse
    fråsegner uttalelser
    høyringsuttale høringsuttalelse
    heimel hjemmel
    heimla hjemlet
    heimelsgrunnlag hjemmelsgrunnlag
    føresegn bestemmelse
    føresegner bestemmelser
    føremål formål
    føresetnad forutsetning
    føresetnader forutsetninger
    førebels foreløpig
    førebu forberede
    førebuing forberedelse
    grunngjeving begrunnelse
    grunngje begrunne
    grunngjeven begrunnet
    avgjerd avgjørelse
    avgjere avgjøre
    kunngjering kunngjøring
    kunngjere kunngjøre
    oppmoding anmodning
    oppmode anmode
    førespurnad forespørsel
    spurnad forespørsel
    rettleiing veiledning
    rettleiar veileder
    rettleiande veiledende
    retningsline retningslinje
    retningsliner retningslinjer
    tilråding tilrådning
    gjeldande gjeldende
    vedtekne vedtatte
    godkjend godkjent
    godkjende godkjente
    innvilga innvilget
    oppheva opphevet
    unnatak unntak
    unnateke unntatt
    unnatekne unntatte
    utsetje utsette
    utsetjing utsettelse
    teieplikt taushetsplikt
    undersøking undersøkelse
    undersøkje undersøke
    spørjeundersøking spørreundersøkelse
    spørjeskjema spørreskjema
    brukarundersøking brukerundersøkelse
    innbyggjarundersøking innbyggerundersøkelse
    kontrollutval kontrollutvalg
    valstyre valgstyre
    røysting avstemning
    folkerøysting folkeavstemning
    røysterett stemmerett
    val valg
    kommuneval kommunevalg
    stortingsval stortingsvalg
    fylkestingsval fylkestingsvalg
    valkrins valgkrets
    ordførar ordfører
    varaordførar varaordfører
    leiar leder
    leiing ledelse
    nestleiar nestleder
    styreleiar styreleder
    einingsleiar enhetsleder
    tenesteleiar tjenesteleder
    leiande ledende
    herad herred
    heradsstyre herredsstyre
    grannekommune nabokommune
    grannkommune nabokommune
    semje enighet
    usemje uenighet
    semd enighet
    usemd uenighet
    overeinskomst overenskomst

    # Organisation and staff
    stillingar stillinger
    sjukefråvær sykefravær
    fråvær fravær
    sjukemelding sykmelding
    oppseiing oppsigelse
    avskil avskjed
    løn lønn
    lønsoppgjer lønnsoppgjør
    oppgjer oppgjør
    lønsam lønnsom
    foreining forening
    foreiningar foreninger
    stifting stiftelse
    eigarskap eierskap
    eigarstyring eierstyring
    grunneigar grunneier
    eigenandel egenandel
    eigenbetaling egenbetaling
    eigenkapital egenkapital
    eigen egen
    eigne egne
    deltaking deltakelse
    deltakar deltaker
    medverknad medvirkning
    brukarmedverknad brukermedvirkning
    medverke medvirke
    innverknad innvirkning
    påverknad påvirkning
    verknad virkning
    verknader virkninger
    styresmakt myndighet
    styresmakter myndigheter
    mynde myndighet

    # Money and planning
    pengar penger
    tilskot tilskudd
    tilskota tilskuddene
    tilbod tilbud
    tenestetilbod tjenestetilbud
    anbod anbud
    målsetjing målsetting
    auke økning
    auken økningen
    vedlikehald vedlikehold
    vedlikehalde vedlikeholde
    oppretthalde opprettholde
    innhald innhold
    haldning holdning
    haldningar holdninger
    behalde beholde
    halde holde
    haldeplass holdeplass
    byggjesak byggesak
    byggjeløyve byggetillatelse
    løyve tillatelse
    byggje bygge
    utbyggjar utbygger
    tilpassing tilpasning
    tilgjengeleg tilgjengelig
    tilgjenge tilgjengelighet
    busetnad bebyggelse
    folketal folketall
    innbyggjartal innbyggertall
    fleirtal flertall
    mindretal mindretall

    # Services: health, care, school, housing
    sjuk syk
    sjukdom sykdom
    sjukeheim sykehjem
    sjukehus sykehus
    sjukepleiar sykepleier
    heimesjukepleie hjemmesykepleie
    heimeteneste hjemmetjeneste
    heimetenester hjemmetjenester
    heimehjelp hjemmehjelp
    heimebuande hjemmeboende
    heim hjem
    heimeside hjemmeside
    heimkommune hjemkommune
    omsorgsbustad omsorgsbolig
    bustad bolig
    bustader boliger
    bustadfelt boligfelt
    busetjing bosetting
    busetje bosette
    busett bosatt
    innvandrar innvandrer
    kvardagsrehabilitering hverdagsrehabilitering
    kvardag hverdag
    vaksen voksen
    vaksne voksne
    born barn
    gut gutt
    gutar gutter
    vidaregåande videregående
    forsking forskning
    vitskap vitenskap

    # Nature, roads and technical services
    veg vei
    bru bro
    ferje ferge
    ferjesamband fergesamband
    hamn havn
    samferdsle samferdsel
    vatn vann
    vassforsyning vannforsyning
    vassverk vannverk
    vassleidning vannledning
    leidning ledning
    leidningsnett ledningsnett
    straum strøm
    ureining forurensning
    ureine forurense
    ureina forurenset
    kyrkjegard kirkegård
    gard gård
    gardsbruk gårdsbruk
    gardbrukar gårdbruker
    nettstad nettsted
    stad sted
    stader steder
    tettstad tettsted
    ulukke ulykke
    ulukker ulykker
    hending hendelse
    hendingar hendelser
    naud nød
    naudnett nødnett
    naudsynt nødvendig
    tryggleik trygghet
    storleik størrelse
    tettleik tetthet
    røyndom virkelighet
    røynsle erfaring
    røynsler erfaringer
    kjelde kilde
    kjelder kilder

    # Time
    veke uke
    vekentleg ukentlig
    månad måned
    månader måneder
    månadleg månedlig
    haust høst
    sommar sommer
    sumar sommer
    fyrst først
    fyrste første
    førre forrige
    noverande nåværende
    tidlegare tidligere
    seinare senere
    seinast senest
    allereie allerede
    framleis fremdeles
    sjeldan sjelden

    # Common words of case papers
    fram frem
    framtid fremtid
    framtidig fremtidig
    framover fremover
    framstilling fremstilling
    framdrift fremdrift
    framgang fremgang
    framand fremmed
    utanfor utenfor
    innanfor innenfor
    utanom utenom
    dessutan dessuten
    annleis annerledes
    anna annet
    annan annen
    særleg særlig
    særskild særskilt
    vanleg vanlig
    vanlegvis vanligvis
    mogleg mulig
    moglegheit mulighet
    moglegheiter muligheter
    umogleg umulig
    truleg trolig
    sannsynleg sannsynlig
    heilskapleg helhetlig
    einig enig
    einskild enkelt
    einskilde enkelte
    eining enhet
    einsleg enslig
    åleine alene
    aleine alene
    sjølvstendig selvstendig
    sjølvkost selvkost
    sjølvsagt selvsagt
    offentleg offentlig
    offentlegheit offentlighet
    statleg statlig
    personleg personlig
    fagleg faglig
    naturleg naturlig
    vesentleg vesentlig
    tilstrekkeleg tilstrekkelig
    rimeleg rimelig
    urimeleg urimelig
    ansvarleg ansvarlig
    lovleg lovlig
    ulovleg ulovlig
    dagleg daglig
    årleg årlig
    jamleg jevnlig
    gjennomsnittleg gjennomsnittlig
    dårleg dårlig
    tydeleg tydelig
    synleg synlig
    betre bedre
    høg høy
    høgare høyere
    djup dyp
    breid bred
    open åpen
    opne åpne
    opning åpning
    openheit åpenhet
    stengd stengt
    friviljug frivillig
    mangfald mangfold
    jamstilling likestilling
    skilnad forskjell
    skilnader forskjeller
    likskap likhet
    tilhøve forhold
    høve anledning
    trong behov
    ynskje ønske
    meining mening
    meiningar meninger
    innspel innspill
    spel spill
    kjend kjent
    kjende kjente
    klår klar
    kvit hvit

    # Verbs
    byrje begynne
    byrjing begynnelse
    spørje spørre
    krevje kreve
    kravd krevd
    påleggje pålegge
    pålagd pålagt
    leggje legge
    lagd lagt
    teke tatt
    stod sto
    liggje ligge
    sitje sitte
    setje sette
    skreiv skrev
    tenkje tenke
    hugse huske
    gløyme glemme
    freiste forsøke
    fylgje følge
    følgje følge
    følgjande følgende
    søkje søke
    søkjar søker
    avslutta avsluttet
    kalla kalt
    tru tro
    trur tror
    """
}
