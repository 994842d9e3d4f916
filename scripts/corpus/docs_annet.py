"""Utredninger (reports), news items, forum threads and other material (type 'annet')."""
from kommuner import KOMMUNER, antall, gamle_liste, kommuner_felt
from model import doc, P, H1, H2, H3, LI, M, long_date, short_date


def utredning_tjenestestruktur():
    return [
        H1("Utredning: Tjenestestruktur og lokalisering i Indre Østfold kommune"),
        M("Rapport fra arbeidsgruppe for tjenestestruktur, 14. november 2017"),
        H2("Sammendrag"),
        P("""Arbeidsgruppen har kartlagt hvor kommunale tjenester i Askim, Eidsberg, Spydeberg, Hobøl og Trøgstad
        leveres i dag, og vurdert hvordan tjenestene bør organiseres og lokaliseres i den nye kommunen.
        Hovedanbefalingen er at tjenester som innbyggerne bruker ofte, som skole, barnehage,
        helsestasjon, hjemmetjeneste og bibliotek, fortsatt skal leveres nær der folk bor. Tjenester
        som krever spesialisert kompetanse, og som innbyggerne sjelden oppsøker, kan samles. Det gjelder
        f.eks. byggesak, skatt og innfordring, lønn, regnskap og arkiv."""),
        P("""Arbeidsgruppen anbefaler videre at den nye kommunen har ett rådhus for politisk ledelse og
        sentral administrasjon, og at hvert av de tidligere kommunesentrene har et servicetorg.
        Spørsmålet om hvor rådhuset skal ligge, er ikke en del av mandatet, men arbeidsgruppen har
        beskrevet fordeler og ulemper ved ulike alternativer som grunnlag for fellesnemndas
        behandling."""),
        H2("1 Mandat og arbeidsform"),
        P("""Fellesnemnda vedtok i sak PS 14/17 mandatet for arbeidsgruppen. Arbeidsgruppen har bestått av de
        fem rådmennene, to hovedtillitsvalgte og en representant for hovedverneombudene. Gruppen har
        hatt ti møter, og har i tillegg hentet inn innspill fra enhetsledere, brukerråd og
        ungdomsråd. Det er gjennomført en spørreundersøkelse blant ansatte og et åpent innbyggermøte
        i hver kommune."""),
        H2("2 Befolkning og geografi"),
        P("""Den nye kommunen vil ha om lag 45 000 innbyggere og et areal på nesten 800 kvadratkilometer.
        Askim og Mysen er de største tettstedene, og over halvparten av innbyggerne bor innenfor ti
        kilometer fra ett av disse. Befolkningsveksten de siste ti årene har vært sterkest i Spydeberg og
        Hobøl, som har kort vei til Oslo. Framskrivningene viser at antall innbyggere over 80 år vil
        nesten dobles fram mot 2040, mens antallet barn i grunnskolealder vil være omtrent uendret."""),
        P("""Avstandene er moderate. Fra de ytterste grendene er det under 40 minutters kjøring til Askim
        eller Mysen. Kollektivtilbudet er godt langs jernbanen og E18, men svakt i de østlige delene av
        Trøgstad og Eidsberg. Dette har betydning for hvor tjenester som krever personlig oppmøte, bør
        ligge."""),
        H2("3 Dagens tjenestested"),
        P("""Kommunene har i dag til sammen 24 grunnskoler, 41 barnehager (hvorav 19 kommunale), 7 sykehjem,
        5 helsestasjoner, 5 bibliotek og 5 rådhus. Hver kommune har egne fagmiljøer for plan og byggesak,
        landbruk, barnevern og NAV, men flere av disse er allerede i interkommunale samarbeid. Barnevernet
        er organisert i et vertskommunesamarbeid med Askim som vertskommune."""),
        LI("Skole og barnehage: leveres lokalt i alle kommuner"),
        LI("Helse og omsorg: sykehjem i alle kommuner, legevakt felles i Mysen"),
        LI("Plan, byggesak og oppmåling: egne fagmiljøer, 2–9 årsverk per kommune"),
        LI("Landbruk: felles landbrukskontor for Trøgstad og Eidsberg, egne kontorer ellers"),
        LI("Servicetorg: i alle rådhus"),
        H2("4 Prinsipper for lokalisering"),
        P("""Arbeidsgruppen har lagt følgende prinsipper til grunn: Tjenester som brukes daglig eller ukentlig,
        skal være nær innbyggerne. Tjenester som krever få, men spesialiserte fagpersoner, bør samles for
        å gi robuste fagmiljøer. Arbeidsplasser bør fordeles slik at alle tidligere kommunesentre
        fortsatt har kommunale arbeidsplasser. Lokaliseringen skal utnytte eksisterende bygg der det er
        mulig, for å unngå store investeringer i sammenslåingsfasen."""),
        H2("5 Vurdering av tjenesteområdene"),
        H3("5.1 Oppvekst"),
        P("""Skole- og barnehagestrukturen endres ikke som følge av sammenslåingen. Arbeidsgruppen anbefaler at
        den nye kommunen vurderer skolestrukturen i en egen prosess etter 2020. PP-tjenesten og
        skolehelsetjenesten bør organiseres felles, men med kontorsteder i Askim og Mysen."""),
        H3("5.2 Helse og omsorg"),
        P("""Sykehjemmene videreføres. Hjemmetjenestene organiseres i fire soner med utgangspunkt i dagens
        baser. Legevakten er allerede felles. Arbeidsgruppen anbefaler at tildelingskontor for helse- og
        omsorgstjenester samles i Mysen, der det allerede er et sterkt fagmiljø."""),
        H3("5.3 Teknikk og miljø"),
        P("""Plan og byggesak samles i ett fagmiljø. Arbeidsgruppen har vurdert Askim og Mysen og anbefaler
        Askim, fordi det største fagmiljøet er der. Vann og avløp, veg og eiendomsforvaltning har
        driftsbaser i alle kommunene, og dette videreføres."""),
        H3("5.4 Stab og støtte"),
        P("""Lønn, regnskap, innkjøp og arkiv samles. Arbeidsgruppen anbefaler at minst én av disse
        funksjonene legges utenfor Askim og Mysen, f.eks. arkiv i Trøgstad eller lønn i Spydeberg, for å
        sikre arbeidsplasser i de mindre kommunesentrene."""),
        H3("5.5 Kultur og fritid"),
        P("""Bibliotekene videreføres i alle de fem kommunesentrene, men med felles ledelse og felles
        mediekatalog. Kulturskolen organiseres som én kulturskole med undervisning på flere steder, slik
        at elevene ikke må reise lenger enn i dag. Tilskudd til lag og foreninger bør harmoniseres, og
        arbeidsgruppen anbefaler at fellesnemnda tar stilling til dette i en egen sak. Frivilligsentralene
        er viktige møteplasser og bør beholdes der de er."""),
        H3("5.6 NAV og sosiale tjenester"),
        P("""NAV er i dag organisert med to kontorer, i Askim og Mysen, som betjener alle fem kommunene.
        Arbeidsgruppen anbefaler at denne strukturen videreføres, og at NAV har faste dager med veiledning
        ved servicetorgene i Spydeberg, Hobøl og Trøgstad. Flyktningtjenesten og
        introduksjonsprogrammet samles i Askim, der de fleste deltakerne bor."""),
        H3("5.7 Barnevern"),
        P("""Barnevernet er allerede organisert som et vertskommunesamarbeid, og endres i liten grad ved
        sammenslåingen. Arbeidsgruppen anbefaler at barnevernet får et kontorsted i Mysen i tillegg til
        Askim, for å redusere reisetiden for ansatte som følger opp familier i de østlige delene av
        kommunen. Barnevernsreformen fra 2022 vil gi kommunen større ansvar, og det er viktig at
        fagmiljøet er robust."""),
        H3("5.8 Landbruk og miljø"),
        P("""Landbruket er en viktig næring i alle fem kommunene, og landbrukskontoret behandler mange saker om
        tilskudd, jordlov og konsesjon. Arbeidsgruppen anbefaler ett landbrukskontor med plassering i
        Trøgstad eller Eidsberg, der det er flest aktive bønder. Miljøvern og klima legges til plan og
        byggesak, slik at kommunen får et samlet fagmiljø for arealforvaltning."""),
        H3("5.9 Befolkningsframskriving"),
        LI("Innbyggere totalt: 44 800 (2017), 49 300 (2030), 52 100 (2040)"),
        LI("Barn 0–5 år: 2 700 (2017), 2 800 (2030), 2 900 (2040)"),
        LI("Barn og unge 6–15 år: 5 400 (2017), 5 500 (2030), 5 600 (2040)"),
        LI("Eldre 67–79 år: 5 100 (2017), 6 700 (2030), 7 200 (2040)"),
        LI("Eldre 80 år og over: 1 900 (2017), 2 900 (2030), 3 700 (2040)"),
        P("""Framskrivningen viser at behovet for helse- og omsorgstjenester vil øke kraftig, mens behovet for
        skole og barnehage blir omtrent uendret. Dette bør prege både lokalisering og investeringer i
        den nye kommunen. Arbeidsgruppen anbefaler at det tidlig utarbeides en plan for heldøgns
        omsorgsplasser, og at lokaliseringen av nye plasser ses i sammenheng med eksisterende sykehjem."""),
        H2("6 Rådhus – alternativer"),
        P("""Askim rådhus er det største og har best kapasitet. Eidsberg rådhus i Mysen ligger sentralt i den
        nye kommunen. Et nytt rådhus er vurdert som urealistisk i sammenslåingsfasen. Et delt alternativ,
        der politisk ledelse og stab ligger i Askim og helse og velferd i Mysen, vil gi en jevnere
        fordeling, men krever mer reising for ledere."""),
        H2("7 Økonomiske konsekvenser"),
        P("""Samlokalisering av stab og støtte kan gi en innsparing på 20–25 årsverk over fire år, gjennom
        naturlig avgang. Ombygging av rådhus er anslått til 8–12 millioner kroner. Arbeidsgruppen
        anbefaler at gevinstene tas ut gradvis, slik at ingen sies opp som følge av sammenslåingen."""),
        H2("8 Anbefalinger"),
        LI("Nærtjenester videreføres der de er i dag."),
        LI("Plan og byggesak, lønn, regnskap og arkiv samles i ett fagmiljø hver."),
        LI("Servicetorg i alle tidligere kommunesentre."),
        LI("Ett rådhus for politisk ledelse; fordeling av fagområder mellom Askim og Mysen vurderes."),
        LI("Skolestruktur utredes av det nye kommunestyret etter 2020."),
    ]


def utredning_okonomi_asker():
    return [
        H1("Økonomiske analyser for nye Asker kommune"),
        M("Utredning til fellesnemnda, 30. januar 2018"),
        H2("1 Innledning"),
        P("""Denne utredningen gir fellesnemnda et bilde av den økonomiske situasjonen for Asker, Røyken og Hurum,
        og av hva sammenslåingen betyr for økonomien i den nye kommunen. Analysen bygger på regnskapene for
        2014–2016, vedtatte økonomiplaner og statsbudsjettet for 2018. Den skal brukes som grunnlag når
        fellesnemnda skal vedta økonomireglement, finansreglement og budsjett for 2020."""),
        H2("2 Dagens situasjon"),
        P("""Asker har hatt et netto driftsresultat på 3–4 prosent av driftsinntektene de siste årene, og har
        et disposisjonsfond på om lag 9 prosent av driftsinntektene. Røyken har hatt svakere resultater og
        høyere gjeld. Hurum har lav gjeld, men små fond og et driftsresultat nær null. Alle tre kommunene
        har store investeringsbehov i skole, vann og avløp og omsorgsboliger."""),
        LI("Asker: netto driftsresultat 3,6 %, netto lånegjeld 71 % av driftsinntektene"),
        LI("Røyken: netto driftsresultat 1,2 %, netto lånegjeld 118 % av driftsinntektene"),
        LI("Hurum: netto driftsresultat 0,4 %, netto lånegjeld 54 % av driftsinntektene"),
        H2("3 Inntektssystemet"),
        P("""Den nye kommunen får inndelingstilskudd i 15 år, som kompenserer for bortfall av basistilskudd for
        de kommunene som slås sammen. Deretter trappes tilskuddet ned over fem år. Inndelingstilskuddet
        er beregnet til om lag 26 millioner kroner per år. I tillegg får kommunen engangstilskudd og
        reformstøtte til å dekke kostnader ved sammenslåingen."""),
        H2("4 Gevinster og kostnader"),
        P("""Erfaringer fra andre sammenslåinger viser at det kan tas ut gevinster innen administrasjon,
        IKT, innkjøp og lokaler. Analysen anslår at administrasjonskostnadene kan reduseres med 40–60
        millioner kroner per år på sikt. Samtidig vil harmonisering av lønn og tjenestenivå gi økte
        kostnader, særlig der den nye kommunen velger det høyeste nivået av dagens tjenester. Det er
        derfor viktig at fellesnemnda gjør bevisste valg om tjenestenivå."""),
        H2("5 Gjeld og finansforvaltning"),
        P("""Samlet lånegjeld vil utgjøre om lag 7,8 milliarder kroner ved sammenslåingen. Rentebindingen
        varierer mye mellom kommunene. Et felles finansreglement bør gi en balansert andel fast rente og
        god spredning på forfall. Utredningen anbefaler at finansreglementet vedtas tidlig i 2019, slik at
        det nye kommunestyret kan vurdere det etter konstitueringen."""),
        H2("6 Anbefalinger"),
        LI("Budsjettet for 2020 bør ha et netto driftsresultat på minst 2 prosent."),
        LI("Gevinster av sammenslåingen bør synliggjøres i økonomiplanen og følges opp årlig."),
        LI("Harmonisering av tjenestenivå og gebyrer bør skje gradvis over økonomiplanperioden."),
        LI("Økonomireglement og finansreglement bør vedtas av fellesnemnda innen juni 2019."),
    ]


def utgreiing_okonomi_sunnfjord():
    return [
        H1("Utgreiing om økonomien i Sunnfjord kommune"),
        M("Notat til fellesnemnda, 20. mars 2018"),
        H2("Innleiing"),
        P("""Fellesnemnda bad i sak PS 08/18 om ei utgreiing om dei økonomiske konsekvensane av samanslåinga
        av Førde, Jølster, Gaular og Naustdal. Denne utgreiinga viser den økonomiske stoda i dei fire
        kommunane, korleis inntektssystemet vil verke for den nye kommunen, og kva utfordringar
        kommunen vil møte dei første åra."""),
        H2("Stoda i dag"),
        P("""Førde har sterk vekst i folketalet og store investeringar i skule og barnehage. Jølster og
        Gaular har stabilt folketal og god økonomi, mellom anna på grunn av inntekter frå kraft. Naustdal
        har høg gjeld etter bygging av ny skule. Alle kommunane har levert positive driftsresultat dei
        siste tre åra, men marginane er små."""),
        LI("Førde: netto driftsresultat 1,8 prosent"),
        LI("Jølster: netto driftsresultat 4,2 prosent"),
        LI("Gaular: netto driftsresultat 3,1 prosent"),
        LI("Naustdal: netto driftsresultat 0,9 prosent"),
        H2("Kraftinntekter"),
        P("""Jølster og Gaular har inntekter frå konsesjonskraft og konsesjonsavgifter. Etter samanslåinga vil
        inntektene tilfalle heile Sunnfjord kommune. Fellesnemnda må ta stilling til om delar av
        inntektene skal setjast av i eit eige fond for næringsutvikling i dei områda der krafta vert
        produsert, slik intensjonsavtalen legg opp til."""),
        H2("Inntektssystemet"),
        P("""Den nye kommunen får inndelingstilskot som kompenserer for at tre basistilskot fell bort. Tilskotet
        gjeld i 15 år og vert deretter trappa ned. Ein del av distriktstilskotet vil òg falle bort fordi
        den nye kommunen vert stor nok til å miste det. Samla vil kommunen ha om lag same inntekter som
        dei fire kommunane har i dag i dei første 15 åra."""),
        H2("Gevinstar"),
        P("""Utgreiinga ventar at administrasjonskostnadene kan reduserast med om lag 20 millionar kroner i
        året på sikt, mest gjennom naturleg avgang. Det vil gi rom for å styrkje tenestene og for å
        møte auken i talet på eldre. Gevinstane kjem ikkje av seg sjølv, og krev at den nye
        organisasjonen vert bygd med tanke på det."""),
        H2("Tilråding"),
        P("""Utgreiinga tilrår at fellesnemnda vedtek eit økonomireglement og eit finansreglement for
        Sunnfjord våren 2019, at kraftfondet vert avklart i eiga sak, og at budsjettet for 2020 vert lagt
        med eit netto driftsresultat på minst 1,75 prosent."""),
    ]


def erfaringsrapport_sandefjord():
    return [
        H1("Erfaringsrapport: Sammenslåingen av Sandefjord, Andebu og Stokke"),
        M("Evaluering utført for kommunestyret i Sandefjord, 12. juni 2018"),
        H2("1 Bakgrunn"),
        P("""Sandefjord, Andebu og Stokke ble slått sammen 1. januar 2017, som en av de første sammenslåingene i
        kommunereformen. Kommunestyret ba i desember 2017 om en evaluering av prosessen og de første
        erfaringene. Evalueringen bygger på intervjuer med folkevalgte, ledere, tillitsvalgte og ansatte,
        en spørreundersøkelse til alle ansatte, og gjennomgang av saksdokumenter fra fellesnemnda og
        partssammensatt utvalg."""),
        H2("2 Prosessen"),
        P("""Fellesnemnda ble etablert i 2015, bare måneder etter vedtakene om sammenslåing. Det ga kort tid til
        forberedelser. De fleste informantene mener likevel at prosessen var godt organisert, med tydelig
        ansvar og god framdrift. Prosjektplanen og delprosjektene for IKT, arkiv og kommunikasjon fungerte
        etter hensikten. Det tidlige valget av prosjektrådmann blir trukket fram som avgjørende."""),
        P("""Flere peker på at partssammensatt utvalg fikk en sentral rolle. Prinsippene for innplassering av
        ansatte ble vedtatt tidlig og ga forutsigbarhet. Ingen ansatte ble sagt opp, og de fleste fikk
        plass i samme type stilling som før. Noen ledere opplevde at innplasseringen av ledere skjedde for
        raskt, før organisasjonsmodellen var ferdig diskutert."""),
        H2("3 IKT og arkiv"),
        P("""IKT-arbeidet var det mest krevende. Felles IKT-plattform var på plass ved årsskiftet, men flere
        fagsystemer hadde problemer de første ukene. Særlig konverteringen av sak/arkivsystemet ga
        utfordringer, og det tok nesten tre måneder før alle saker fra Andebu og Stokke var tilgjengelige
        i det nye systemet. Evalueringen anbefaler at kommuner som skal slå seg sammen, setter av mer tid
        til testing og har en tydelig plan for frys av endringer."""),
        H2("4 Økonomi"),
        P("""Sammenslåingsprosjektet holdt seg innenfor budsjettet. Engangstilskuddet og reformstøtten dekket
        kostnadene. Det er foreløpig for tidlig å si om de forventede gevinstene vil bli realisert, men
        administrasjonen har redusert antall årsverk i stab og støtte med 14 gjennom naturlig avgang."""),
        H2("5 Identitet og kommunevåpen"),
        P("""Valget om å beholde navnet Sandefjord og et nytt kommunevåpen med motiv fra alle tre kommunene
        ble godt mottatt. Likevel sier mange innbyggere i Andebu at de fortsatt føler seg som andebuinger,
        og at avstanden til kommunen har økt. Evalueringen anbefaler at kommunen fortsetter å bruke
        servicetorget i Andebu aktivt, og at lokalsamfunnsutvalg vurderes."""),
        H2("6 Anbefalinger"),
        LI("Avklar rådmannsrollen tidlig, og gi prosjektrådmannen tydelige fullmakter."),
        LI("Bruk partssammensatt utvalg aktivt, og involver tillitsvalgte før vedtak."),
        LI("Sett av nok tid og penger til IKT og konvertering av arkiv."),
        LI("Vær tydelig på hva som endres for innbyggerne, og når."),
        LI("Følg opp gevinstrealiseringen i økonomiplanen."),
    ]


def nyhet_kommunevapen_alesund():
    return [
        H1("Ålesund-våpenet videreføres i den nye kommunen"),
        M("Nyhetssak, publisert 22.05.2019"),
        P("""Fellesnemnda for nye Ålesund har bestemt at det nye Ålesund skal bruke det kommunevåpenet som byen har
        hatt siden 1898. Vedtaket ble gjort etter en lang debatt, der flere representanter fra Haram,
        Sandøy, Skodje og Ørskog argumenterte for et helt nytt våpen."""),
        P("""– Jeg forstår at mange i de andre kommunene hadde ønsket noe nytt, sier leder av fellesnemnda, Terje
        Vollan. – Men det gamle våpenet er godt kjent og har en historie som hele regionen er knyttet til.
        Vi har også lagt vekt på at et nytt kommunevåpen ville tatt tid og kostet penger som vi heller vil
        bruke på tjenestene."""),
        P("""Marianne Fjørtoft, nestleder i fellesnemnda, stemte mot. – Dette er en ny kommune, og det burde
        synes. Når vi beholder både navnet og våpenet til Ålesund, blir det vanskelig for folk i
        Brattvåg og på Skodje å føle at de er med i noe nytt, sier hun."""),
        H2("De gamle våpnene får leve videre"),
        P("""Fellesnemnda vedtok samtidig at våpnene til Haram, Sandøy, Skodje og Ørskog skal kunne brukes på
        skilt ved grensene til de tidligere kommunene og i kulturell sammenheng. Prosjektrådmann René
        Solheim sier at dette er en løsning flere sammenslåtte kommuner har valgt."""),
        P("""Vedtaket ble gjort med 22 mot 13 stemmer. Kommunevåpenet tas i bruk for hele den nye kommunen fra
        1. januar 2020."""),
    ]


def nyheit_kommunevapen_kinn():
    return [
        H1("No har Kinn fått eige kommunevåpen"),
        M("Nyheit frå prosjektet, 3. april 2019"),
        P("""Fellesnemnda for Kinn har vedteke kommunevåpenet for den nye kommunen. Våpenet viser tre bølgjer i
        sølv på blå botn, og skal symbolisere havet som bind Florø og Måløy saman. Forslaget kom frå ein
        elev ved Flora vidaregåande skule, og vart valt ut av ein jury blant 96 forslag."""),
        P("""– Vi ville ha eit våpen som både folk i Florø og i Måløy kan kjenne seg att i, seier leiar av
        fellesnemnda, Inge Myklebust. – Havet er det vi har felles. Det er det som har gitt oss arbeid og
        liv gjennom generasjonar."""),
        P("""Arkivverket har godkjent våpenet. Det vil bli teke i bruk frå 1. januar 2020, på skilt, bilar,
        brevark og nettstaden til kommunen. Dei gamle kommunevåpna til Flora og Vågsøy skal takast vare
        på i kommunearkivet og kan framleis nyttast i historiske samanhengar."""),
        H2("Engasjement i heile kommunen"),
        P("""Prosjektleiar Hilde Svardal seier at engasjementet har vore stort. – Vi fekk forslag frå
        barnehageborn, pensjonistar og profesjonelle designarar. Mange har skrive fine grunngjevingar, og
        juryen hadde ein vanskeleg jobb, seier ho. Alle forslaga vil bli stilte ut på biblioteka i Florø
        og Måløy i mai."""),
        P("""Kommunevåpenet vil òg vere ein del av den nye visuelle profilen for Kinn kommune, som vert
        lansert saman med den nye nettstaden hausten 2019. Profilen er utforma på nynorsk, som er
        administrasjonsmålet i den nye kommunen."""),
    ]


def forum_godtgjoring():
    return [
        H1("Tråd: Godtgjøring for fellesnemd – hva får dere?"),
        M("Forum for folkevalgte, kategori Kommunereform. Startet 03.03.2018"),
        P("""Innlegg fra «Follopolitiker»: Hei! Jeg sitter i fellesnemda for Oppegård og Ski og lurer på hva andre
        fellesnemnder har landet på når det gjelder godtgjørelse. Hos oss får vi møtegodtgjørelse etter
        reglementet i egen kommune, men det er ganske stor forskjell på satsene. Er det vanlig å ha felles
        satser? Og får lederen fast godtgjøring?"""),
        P("""Svar fra «Sunnmøring»: Hos oss i nye Ålesund vedtok fellesnemnda felles sats på 1 300 kr per møte
        for alle, også arbeidsutvalget og partssammensatt utvalg. Det var litt diskusjon, men de fleste
        syntes det var rettferdig at alle får likt for samme jobb."""),
        P("""Svar fra «Vestfoldbonde»: I Larvik/Lardal fikk vi etter eget reglement, og lederen av
        fellesnemnda fikk 10 % av ordførergodtgjøringen. Det fungerte greit, perioden var jo bare drøyt
        ett år."""),
        P("""Svar fra «Nordfjording»: Hjå oss i Stad fekk vi 900 kroner per møte, og leiaren har 15 prosent av
        ordførargodtgjeringa. Skyss vert dekt fullt ut, noko som er viktig når ein må ta ferje.
        Sjå elles reglementet for godtgjering som ligg på nettsida til prosjektet."""),
        P("""Svar fra «Follopolitiker»: Takk for svar! Da ser det ut som felles sats er mest vanlig der det er
        mange kommuner og store forskjeller. Vi har foreslått at dette tas opp i neste fellesnemndsmøte."""),
        P("""Svar fra «Jurist_i_kommunen»: Husk at fellesnemnda er et folkevalgt organ etter inndelingslova § 25,
        slik at kommuneloven kapittel 8 om godtgjøring gjelder tilsvarende. Det betyr at folkevalgte har
        krav på godtgjøring for arbeidet, og at det bør fastsettes i et vedtak. Ettergodtgjøring er
        neppe aktuelt for fellesnemnda."""),
        P("""Svar fra «Sunnmøring»: Godt poeng. Vi fattet vedtaket i PS 05/17 rett etter konstitueringen, så
        det var på plass fra første møte."""),
    ]


def forum_lardal():
    return [
        H1("Hva skjer med Lardal rådhus etter sammenslåingen?"),
        M("Innbyggerforum, tråd startet 9. mars 2017"),
        P("""«Svarstadjente» skrev: Nå som Lardal skal bli en del av Larvik, lurer mange av oss på hva som skjer med
        rådhuset på Svarstad. Blir det lagt ned? Skal vi måtte kjøre til Larvik for å snakke med noen på
        kommunen? Jeg har ikke funnet noe svar på nettsiden."""),
        P("""«Hvarnesgutten» svarte: Jeg var på folkemøtet i februar. Der ble det sagt at det skal være et
        servicetorg på Svarstad i alle fall de første årene, og at noen av de ansatte fortsetter å jobbe
        der. Men ingenting er vedtatt ennå, så vidt jeg vet."""),
        P("""«Larvik kommune – prosjektet» svarte: Takk for spørsmålet. Fellesnemnda har bestemt at det skal være
        et servicetorg i Lardal rådhus etter sammenslåingen. Rådhuset blir også brukt av hjemmetjenesten og
        av landbrukskontoret. Kommunestyret i den nye kommunen skal holde møtene sine i Larvik, men
        fellesnemnda har møter på Svarstad annenhver gang. Du finner mer informasjon under
        «Sammenslåing» på nettsiden, eller du kan ringe servicetorget."""),
        P("""«Svarstadjente» skrev: Takk! Da er jeg litt mer beroliget. Håper det varer lenger enn de første
        årene."""),
        P("""«Kverkfjell» skrev: Det viktigste er vel skolen og sykehjemmet, ikke rådhuset. Så lenge de
        tjenestene er her, klarer vi oss. Men det er trist at Lardal ikke lenger er en egen kommune etter
        så mange år."""),
        P("""«Hvarnesgutten» skrev: Enig. Og det er fint at Lardal-våpenet fortsatt skal brukes lokalt.
        Fellesnemnda vedtok det i februar, jf. protokollen fra møtet 14.02.2017."""),
    ]


def pressemelding_nordre_follo():
    return [
        H1("Ski blir administrasjonssenter for Nordre Follo"),
        M("Pressemelding fra fellesnemnda, 20. mars 2018"),
        P("""Fellesnemnda for Oppegård og Ski vedtok tirsdag kveld at Ski skal være administrasjonssenter for den nye
        kommunen Nordre Follo. Kommunestyret vil holde sine møter i Ski rådhus, og kommunedirektøren og
        stabene får kontorer der."""),
        P("""Samtidig skal Kolbotn beholde innbyggertorg, bibliotek og NAV-kontor, og et fagmiljø for plan og
        byggesak legges til Oppegård rådhus. – Vi har vært opptatt av at begge kommunesentrene skal ha en
        viktig rolle i den nye kommunen, sier leder av fellesnemnda, Ole Martin Fjeld."""),
        P("""Vedtaket ble gjort med 13 mot 9 stemmer. Mindretallet ønsket at administrasjonssenteret skulle
        ligge på Kolbotn. Om lag 140 ansatte vil få ny arbeidsplass som følge av vedtaket. De ansatte er
        informert, og flyttingen skal drøftes med tillitsvalgte."""),
        P("""Kommunedirektør Elisabeth Storm vil legge fram en plan for flyttingen innen 1. mars 2019. Nordre
        Follo kommune blir etablert 1. januar 2020."""),
        H2("Fakta"),
        LI("Nordre Follo: sammenslåing av Oppegård og Ski, om lag 59 000 innbyggere"),
        LI("Administrasjonssenter: Ski rådhus"),
        LI("Innbyggertorg: Ski og Kolbotn"),
        LI("Vedtak: fellesnemnda 20.03.2018, PS 18/18"),
    ]


def nyheit_ikt_sunnfjord():
    return [
        H1("Alle tilsette i Sunnfjord er no på same nett"),
        M("Nyheit på intranettet, 2. oktober 2019"),
        P("""Frå i dag er alle tilsette i Førde, Jølster, Gaular og Naustdal kopla på den felles IKT-plattforma til
        Sunnfjord kommune. Det betyr at alle har same innlogging, same e-postsystem og tilgang til dei
        same felles mappene. Arbeidet har teke nesten eitt år."""),
        P("""– Dette er ein viktig milepæl, seier prosjektleiar for IKT, Vegard Råd. – No kan vi byrje med
        konverteringa av fagsystema, som er den mest krevjande delen. Frå 1. desember vert det innført
        endringsfrys, slik at det ikkje vert gjort andre endringar i systema fram til nyttår."""),
        P("""Dei tilsette har fått opplæring i den nye e-postløysinga og i videomøte. Brukarstøtta har fått
        fleire tilsette i overgangsperioden, og det er oppretta eit eige telefonnummer for spørsmål om
        samanslåinga."""),
        H2("Kva skjer vidare?"),
        LI("Oktober: konvertering av økonomi- og lønssystem"),
        LI("November: konvertering av sak- og arkivsystem"),
        LI("Desember: endringsfrys og test av alle kritiske system"),
        LI("1. januar 2020: Sunnfjord kommune er i drift"),
        P("""Har du spørsmål, ta kontakt med brukarstøtta eller IKT-kontakten i eininga di."""),
    ]


def lesarinnlegg_hurum():
    return [
        H1("Leserinnlegg: Ikke glem Hurum når rådhuset skal plasseres"),
        M("Innsendt til lokalavisen, juni 2018"),
        P("""Fellesnemnda for Asker, Røyken og Hurum skal snart bestemme hvor rådhuset i nye Asker skal ligge. Alt
        tyder på at svaret blir Asker sentrum. Det er for så vidt forståelig, men jeg vil minne om hva som
        ble lovet oss i Hurum da sammenslåingen ble vedtatt: at kommunen skulle være nær innbyggerne, og at
        arbeidsplassene ikke skulle samles på ett sted."""),
        P("""For oss som bor på Tofte, Klokkarstua eller Filtvet, tar det over en time å reise til Asker med
        buss. Mange eldre har ikke bil. Da er et servicetorg på Sætre eller Tofte ikke en luksus, men en
        nødvendighet. Jeg ber fellesnemnda sørge for at servicetorget i Hurum blir permanent, ikke bare
        for de fem første årene."""),
        P("""Jeg vil også minne om at Hurum rådhus er et godt bygg som kan brukes til mer enn et servicetorg. Hvorfor
        ikke legge helse og omsorg dit, slik noen har foreslått? Det vil gi arbeidsplasser lokalt og vise
        at den nye kommunen tar hele kommunen på alvor."""),
        P("""Til slutt: Vi i Hurum har gitt fra oss navnet vårt, kommunevåpenet vårt og kommunestyret vårt. Det
        minste fellesnemnda kan gjøre, er å la oss beholde litt av kommunen i nærheten."""),
        M("Hilsen Aase Marie Kjølstad, Tofte"),
    ]


def faq_holmestrand():
    return [
        H1("Spørsmål og svar om sammenslåingen av Holmestrand og Hof"),
        M("Oppdatert 15. mars 2017"),
        H2("Når blir kommunene slått sammen?"),
        P("""Holmestrand og Hof blir én kommune 1. januar 2018. Den nye kommunen heter Holmestrand."""),
        H2("Hvem bestemmer i overgangsperioden?"),
        P("""Kommunestyrene i Holmestrand og Hof styrer som før fram til 31. desember 2017. Fellesnemnda, som
        består av 14 representanter fra begge kommunene, forbereder sammenslåingen og kan gjøre vedtak
        som gjelder den nye kommunen, f.eks. om reglementer, budsjett og kommunevåpen."""),
        H2("Må jeg gjøre noe som innbygger?"),
        P("""Nei. Adressen din endres ikke, bortsett fra at kommunenavnet blir Holmestrand for alle. Du får nye
        gebyrer for vann og avløp fra 2018, men de blir ikke høyere enn det som er vanlig i Vestfold.
        Skole, barnehage og fastlege fortsetter som før."""),
        H2("Hva skjer med rådhuset i Hof?"),
        P("""Hof rådhus skal brukes som servicetorg og som base for enkelte tjenester. Politiske møter holdes i
        Holmestrand rådhus. Det er fellesnemnda som har bestemt dette."""),
        H2("Hva skjer med de ansatte?"),
        P("""Alle ansatte i begge kommunene blir ansatt i den nye kommunen. Ingen blir sagt opp som følge av
        sammenslåingen. Partssammensatt utvalg, der de ansatte er representert, behandler saker om
        arbeidsgiverpolitikk og innplassering."""),
        H2("Hvor finner jeg sakene til fellesnemnda?"),
        P("""Innkallinger, saksfremlegg og protokoller fra fellesnemnda publiseres på nettsiden for
        sammenslåingen. Du kan også be om innsyn ved å kontakte prosjektsekretariatet."""),
        H2("Hvem kan jeg kontakte?"),
        P("""Prosjektsekretær Tone Wiik svarer på spørsmål om sammenslåingen. Du kan også ta kontakt med
        servicetorget i Holmestrand eller Hof."""),
    ]


def build():
    K = kommuner_felt
    return [
        doc("utredning-tjenestestruktur-indre-ostfold-2017", "indre-ostfold", K("indre-ostfold"), "annet", "nb", "2017-11-14",
            "Utredning: Tjenestestruktur og lokalisering i Indre Østfold kommune", utredning_tjenestestruktur(), "pdf",
            "Arbeidsgruppe for tjenestestruktur", topic="utredning lokalisering"),
        doc("utredning-okonomi-asker-2018", "asker", K("asker"), "annet", "nb", "2018-01-30",
            "Økonomiske analyser for nye Asker kommune", utredning_okonomi_asker(), "docx",
            "Prosjektrådmannen i nye Asker", topic="utredning økonomi"),
        doc("utgreiing-okonomi-sunnfjord-2018", "sunnfjord", K("sunnfjord"), "annet", "nn", "2018-03-20",
            "Utgreiing om økonomien i Sunnfjord kommune", utgreiing_okonomi_sunnfjord(), "rtf",
            "Prosjektleiar Sunnfjord", topic="utredning økonomi"),
        doc("erfaringsrapport-sammenslaing-sandefjord-2018", "sandefjord", K("sandefjord"), "annet", "nb", "2018-06-12",
            "Erfaringsrapport: Sammenslåingen av Sandefjord, Andebu og Stokke", erfaringsrapport_sandefjord(), "pdf",
            "Sandefjord kommune, rådmannens stab", topic="evaluering"),
        doc("nyhet-kommunevapen-alesund-2019", "alesund", K("alesund"), "annet", "nb", "2019-05-22",
            "Ålesund-våpenet videreføres i den nye kommunen", nyhet_kommunevapen_alesund(), "html",
            "Kommunikasjon, nye Ålesund", topic="kommunevåpen"),
        doc("nyheit-kommunevapen-kinn-2019", "kinn", K("kinn"), "annet", "nn", "2019-04-03",
            "No har Kinn fått eige kommunevåpen", nyheit_kommunevapen_kinn(), "md",
            "Kommunikasjon, Kinn", topic="kommunevåpen"),
        doc("forum-godtgjoring-fellesnemnd-2018", "nordre-follo", "Flere (Nordre Follo, Ålesund, Larvik, Stad)", "annet", "nb",
            "2018-03-03", "Tråd: Godtgjøring for fellesnemd – hva får dere?", forum_godtgjoring(), "txt",
            "Forum for folkevalgte", topic="godtgjøring fellesnemnda"),
        doc("forum-lardal-radhus-2017", "larvik", K("larvik"), "annet", "nb", "2017-03-09",
            "Hva skjer med Lardal rådhus etter sammenslåingen?", forum_lardal(), "txt",
            "Innbyggerforum", topic="rådhus lokalisering"),
        doc("pressemelding-administrasjonssenter-nordre-follo-2018", "nordre-follo", K("nordre-follo"), "annet", "nb",
            "2018-03-20", "Ski blir administrasjonssenter for Nordre Follo", pressemelding_nordre_follo(), "html",
            "Fellesnemnda Nordre Follo", topic="rådhus lokalisering"),
        doc("nyheit-ikt-plattform-sunnfjord-2019", "sunnfjord", K("sunnfjord"), "annet", "nn", "2019-10-02",
            "Alle tilsette i Sunnfjord er no på same nett", nyheit_ikt_sunnfjord(), "html",
            "Delprosjekt IKT, Sunnfjord", topic="felles IKT-plattform"),
        doc("leserinnlegg-hurum-radhus-2018", "asker", K("asker"), "annet", "nb", "2018-06-01",
            "Leserinnlegg: Ikke glem Hurum når rådhuset skal plasseres", lesarinnlegg_hurum(), "md",
            "Aase Marie Kjølstad", topic="rådhus lokalisering"),
        doc("faq-sammenslaing-holmestrand-2017", "holmestrand", K("holmestrand"), "annet", "nb", "2017-03-15",
            "Spørsmål og svar om sammenslåingen av Holmestrand og Hof", faq_holmestrand(), "md",
            "Prosjektsekretariatet Holmestrand og Hof", topic="informasjon"),
    ]
