"""Prosjektplaner: the merger as a whole, IKT, arkiv and kommunikasjon."""
from kommuner import KOMMUNER, antall, gamle_liste, kommuner_felt
from model import doc, P, H1, H2, H3, LI, M, long_date, short_date


def prosjektplan_mal(k, dato_iso, versjon, revidert=False):
    """Template project plan for a merger; copied between projects (near-duplicate group)."""
    d = KOMMUNER[k]
    ny = d["ny"]
    g = gamle_liste(k)
    body = [
        H1(f"Prosjektplan for sammenslåingen av {g}"),
        M(f"Versjon {versjon} – {long_date(dato_iso)}"),
        M(f"Prosjekteier: Fellesnemnda. Prosjektleder: {d['radmann']}, prosjektrådmann"),
        H2("1 Bakgrunn"),
        P(f"""Kommunestyrene i {g} vedtok i {d['vedtak_aar']} å slå sammen kommunene. Kongen i statsråd
        har fastsatt at sammenslåingen skal skje fra {d['start']}, og at den nye kommunen skal hete
        {ny}. Fellesnemnda er opprettet etter inndelingslova § 25 og skal samordne og ta seg av
        forberedelsene til sammenslåingen. Denne prosjektplanen beskriver hvordan arbeidet skal
        organiseres, hvilke delprosjekter som skal gjennomføres, og hvilke milepæler som gjelder."""),
        H2("2 Mål"),
        H3("2.1 Effektmål"),
        P(f"""{ny} kommune skal fra første dag levere tjenester av minst like god kvalitet som i dag,
        ha en robust og kompetent organisasjon, og ha en økonomi som gir handlingsrom for
        innbyggernes prioriteringer. Innbyggerne skal oppleve at overgangen skjer uten avbrudd i
        tjenestene."""),
        H3("2.2 Resultatmål"),
        LI("Ny politisk organisering er vedtatt innen utgangen av første prosjektår."),
        LI("Kommunedirektør og ledere på nivå 2 er ansatt senest ti måneder før oppstart."),
        LI("Alle ansatte er innplassert i ny organisasjon senest seks måneder før oppstart."),
        LI("Felles IKT-plattform, sak/arkivsystem og økonomisystem er i drift fra første dag."),
        LI("Reglementer, herunder delegeringsreglement og økonomireglement, er vedtatt av fellesnemnda."),
        H2("3 Organisering"),
        P("""Fellesnemnda er prosjekteier og har det politiske ansvaret. Partssammensatt utvalg
        behandler saker som gjelder forholdet mellom arbeidsgiver og ansatte, jf. inndelingslova
        § 26. Prosjektrådmannen leder prosjektorganisasjonen og rapporterer til fellesnemnda.
        Rådmennene i de deltakende kommunene utgjør sammen med prosjektrådmannen en
        styringsgruppe som sikrer at driften i dagens kommuner og forberedelsene til den nye
        kommunen henger sammen."""),
        H3("3.1 Delprosjekter"),
        LI("Delprosjekt 1: Politisk organisering og reglementer"),
        LI("Delprosjekt 2: Administrativ organisering og innplassering av ansatte"),
        LI("Delprosjekt 3: IKT og digitalisering"),
        LI("Delprosjekt 4: Økonomi, budsjett og regnskap"),
        LI("Delprosjekt 5: Arkiv og dokumentasjonsforvaltning"),
        LI("Delprosjekt 6: Kommunikasjon, identitet og kommunevåpen"),
        LI("Delprosjekt 7: Tjenesteutvikling i oppvekst, helse og teknisk sektor"),
        P("""Hvert delprosjekt har en leder som rapporterer til prosjektrådmannen, og en arbeidsgruppe
        med representanter fra alle kommunene og fra de tillitsvalgte. Arbeidsgruppene utarbeider
        egne mandater som godkjennes av styringsgruppen."""),
        H2("4 Milepæler"),
        LI(f"Konstituerende fellesnemndsmøte: {short_date(dato_iso)}"),
        LI("Vedtak om politisk organisering og godtgjøring: innen fire måneder etter konstituering"),
        LI("Ansettelse av prosjektrådmann/kommunedirektør: innen seks måneder"),
        LI("Vedtak om kommunevåpen og lokalisering av rådhus: innen ett år"),
        LI("Budsjett og økonomiplan for den nye kommunen: høsten før oppstart"),
        LI(f"Ny kommune etablert: {d['start']}"),
        H2("5 Økonomi"),
        P("""Staten dekker engangskostnader ved sammenslåingen etter en standardisert modell, og gir i
        tillegg reformstøtte. Midlene forvaltes av fellesnemnda. Prosjektrådmannen legger fram et
        budsjett for prosjektet hvert år, og rapporterer forbruk i hvert fellesnemndsmøte."""),
        H2("6 Risiko"),
        P("""De største risikoene er forsinkelser i IKT-arbeidet, tap av nøkkelkompetanse i
        omstillingsperioden og at driften i dagens kommuner blir skadelidende fordi mange ansatte
        deltar i prosjektarbeid. Risikoene følges opp med en egen risikologg, og tiltak rapporteres
        til styringsgruppen månedlig."""),
        H2("7 Mandat for delprosjektene"),
        H3("7.1 Politisk organisering og reglementer"),
        P("""Delprosjektet skal foreslå politisk styringsmodell, antall medlemmer i kommunestyret, utvalgsstruktur
        og reglementer for den nye kommunen. Det omfatter delegeringsreglement, økonomireglement,
        finansreglement, reglement for folkevalgtes godtgjøring og reglement for kontrollutvalget.
        Forslagene skal behandles av fellesnemnda, slik at de gjelder fra første dag."""),
        H3("7.2 Administrativ organisering"),
        P("""Delprosjektet skal utarbeide organisasjonsmodell på nivå 2 og 3, og gjennomføre innplassering av
        ansatte i samarbeid med tillitsvalgte. Arbeidet skal følge prinsippene som partssammensatt utvalg
        har vedtatt. Ingen ansatte skal sies opp som følge av sammenslåingen."""),
        H3("7.3 IKT og digitalisering"),
        P("""Delprosjektet skal etablere felles IKT-plattform, velge fagsystemer og konvertere data. Det har
        egen prosjektplan og egen risikologg, og rapporterer månedlig til styringsgruppen."""),
        H3("7.4 Økonomi"),
        P("""Delprosjektet skal harmonisere kontoplan, gebyrer og betalingssatser, og forberede budsjett og
        økonomiplan for den nye kommunen. Det skal også utarbeide økonomisk rapportering for prosjektet."""),
        H3("7.5 Arkiv"),
        P("""Delprosjektet skal avslutte arkivene i de gamle kommunene, sørge for at arkivene blir bevart, og
        etablere ny arkivplan. Arbeidet skjer i samarbeid med det interkommunale arkivet."""),
        H3("7.6 Kommunikasjon og identitet"),
        P("""Delprosjektet skal utarbeide kommunikasjonsplan, visuell profil, ny nettside og forslag til
        prosess for kommunevåpen. Det har ansvar for folkemøter og informasjon til ansatte."""),
        H3("7.7 Tjenesteutvikling"),
        P("""Delprosjektet skal sikre at tjenestene fungerer fra første dag, og kartlegge forskjeller i
        tjenestenivå og praksis som må harmoniseres. Forslag til harmonisering legges fram for
        fellesnemnda i god tid før budsjettet for det første driftsåret."""),
        H2("8 Kvalitetssikring og rapportering"),
        P("""Prosjektrådmannen legger fram statusrapport for fellesnemnda i hvert møte. Rapporten viser
        framdrift mot milepæler, økonomisk forbruk og de viktigste risikoene. Styringsgruppen møtes hver
        fjortende dag. Revisjonen får tilgang til prosjektets dokumentasjon og kan gjennomføre
        forvaltningsrevisjon av prosjektet etter bestilling fra kontrollutvalgene."""),
        H2("9 Involvering og kommunikasjon"),
        P("""Ansatte, tillitsvalgte og innbyggere skal få informasjon tidlig og jevnlig. Det skal lages
        en egen kommunikasjonsplan. Nettsiden for sammenslåingen er hovedkanalen, og det skal
        holdes folkemøter i alle kommunene før viktige vedtak."""),
    ]
    if revidert:
        body.insert(3, M(f"Revidert etter fellesnemndsmøtet {short_date(dato_iso)}: milepæl for IKT er flyttet to måneder fram."))
    return body


def prosjektplan_nn(k, dato_iso):
    d = KOMMUNER[k]
    ny = d["ny"]
    return [
        H1(f"Prosjektplan for samanslåinga til {ny} kommune"),
        M(f"Vedteken av fellesnemnda {long_date(dato_iso)}"),
        H2("Bakgrunn"),
        P(f"""Kommunestyra i {gamle_liste(k)} gjorde i {d['vedtak_aar']} vedtak om å slå saman kommunane.
        Stortinget slutta seg til samanslåinga, og {ny} kommune vert oppretta {d['start']}. Fellesnemnda
        er sett saman av representantar frå alle {antall(k)} kommunestyra, jf. inndelingslova § 25, og har
        ansvaret for å førebu samanslåinga. Planen skildrar korleis arbeidet skal gjerast."""),
        H2("Mål for samanslåinga"),
        P(f"""Målet er ein kommune som gir gode og likeverdige tenester i heile {ny}, som har ein
        sterk og berekraftig økonomi, og som kan ta ei aktiv rolle i utviklinga av regionen.
        Innbyggjarane skal merke minst mogleg til overgangen i tenestetilbodet."""),
        LI("Tenestene skal vere minst like gode som i dag frå første dag."),
        LI("Alle tilsette skal vite kvar dei skal arbeide seinast våren 2019."),
        LI("Felles IKT-plattform, arkiv og økonomisystem skal vere klart før årsskiftet."),
        LI("Kommunevåpen, namn på tenester og visuell profil skal vere vedteke."),
        H2("Organisering"),
        P("""Fellesnemnda er prosjekteigar. Partssamansett utval handsamar saker om tilhøvet mellom
        arbeidsgjevar og tilsette, jf. inndelingslova § 26. Prosjektleiaren har det daglege
        ansvaret og leier ei prosjektgruppe med rådmennene i kommunane. Arbeidet vert delt inn i
        delprosjekt for politikk, organisasjon, IKT, økonomi, arkiv og kommunikasjon."""),
        H2("Milepælar"),
        LI(f"Konstituering av fellesnemnda: {short_date(dato_iso)}"),
        LI("Tilsetjing av prosjektleiar som seinare vert kommunedirektør: hausten 2018"),
        LI("Vedtak om politisk styringsmodell og reglement: våren 2019"),
        LI("Innplassering av tilsette: våren 2019"),
        LI(f"Ny kommune: {d['start']}"),
        H2("Økonomi"),
        P("""Prosjektet vert finansiert av eingongsstønad frå staten og reformstøtte. Fellesnemnda
        vedtek eit årleg budsjett for prosjektet. Kostnader som høyrer til drifta i dei gamle
        kommunane, skal ikkje førast på prosjektet."""),
        H2("Risiko og tiltak"),
        P("""Den største risikoen er at dei tilsette vert overbelasta fordi dei både skal halde oppe
        drifta og delta i prosjektet. Det vert difor sett av midlar til vikarar. Ein annan risiko
        er at lange avstandar gjer det vanskeleg å samle folk; prosjektet skal difor nytte
        videomøte der det er mogleg."""),
    ]


def ikt_mal(k, dato_iso):
    """IKT project plan copied between two projects (near-duplicate group)."""
    d = KOMMUNER[k]
    ny = d["ny"]
    return [
        H1(f"Delprosjekt IKT – prosjektplan for {ny} kommune"),
        M(f"Godkjent av styringsgruppen {short_date(dato_iso)}"),
        H2("1. Mandat"),
        P(f"""Delprosjekt IKT skal sørge for at {ny} kommune har en felles IKT-plattform i drift fra
        {d['start']}. Dette omfatter nettverk, brukerkatalog, e-post, fagsystemer, sak/arkivsystem,
        økonomi- og lønnssystem, samt telefoni. Delprosjektet skal også legge grunnlaget for
        videre digitalisering av tjenestene."""),
        H2("2. Nåsituasjon"),
        P(f"""Kommunene {gamle_liste(k)} har i dag til sammen om lag 140 fagsystemer, hvorav mange
        løser de samme oppgavene med ulike leverandører. Kommunene har separate driftsmiljøer og
        ulike avtaler om drift. Noen av avtalene går ut før sammenslåingen, mens andre må
        sies opp eller forlenges."""),
        H2("3. Leveranser"),
        LI("Kartlegging av alle fagsystemer med eier, leverandør, avtale og datamengde"),
        LI("Valg av felles system for hvert fagområde, med anskaffelse der det trengs"),
        LI("Felles nettverk og brukerkatalog med én innlogging for alle ansatte"),
        LI("Konvertering og migrering av data, med testplan for hvert system"),
        LI("Opplæring av ansatte i nye systemer"),
        LI("Avvikling av gamle systemer og avklaring av arkivering av data fra disse"),
        H2("4. Prinsipper for valg av fagsystem"),
        P("""Der kommunene har samme system, velges dette. Der kommunene har ulike systemer, velges
        som hovedregel systemet til den største kommunen, med mindre en faglig vurdering tilsier
        noe annet. Nye anskaffelser skjer bare når ingen av de eksisterende systemene kan dekke
        behovet for den nye kommunen, eller når avtalene ikke kan utvides lovlig etter
        anskaffelsesregelverket."""),
        H2("5. Tidsplan"),
        LI("Kartlegging ferdig: seks måneder etter oppstart av delprosjektet"),
        LI("Valg av systemer: innen utgangen av første prosjektår"),
        LI("Felles nettverk og e-post: ett år før sammenslåingen"),
        LI("Migrering av fagsystemer: siste halvår før sammenslåingen"),
        LI("Frys av endringer: fra 1. desember året før"),
        H2("6. Risiko"),
        P("""Leverandørene har mange kommuner som skal slås sammen samtidig, og det er fare for at
        konverteringer blir forsinket. Delprosjektet skal derfor inngå avtaler med leverandørene
        tidlig, og ha reserveplaner for de mest kritiske systemene: sak/arkiv, lønn, økonomi og
        elektronisk pasientjournal i helse og omsorg."""),
        H2("7. Ressurser"),
        P("""Delprosjektet ledes av IKT-sjefen i den største kommunen. Det er behov for seks årsverk i
        prosjektperioden, i tillegg til innleid kompetanse for migrering. Kostnadene dekkes av
        engangstilskuddet fra staten."""),
    ]


def ikt_nn(k, dato_iso):
    d = KOMMUNER[k]
    ny = d["ny"]
    return [
        H1(f"Prosjektplan for delprosjekt IKT og digitalisering – {ny}"),
        M(f"Versjon 1.0, {long_date(dato_iso)}"),
        H2("Mandat"),
        P(f"""Delprosjektet skal etablere ei felles IKT-løysing for {ny} kommune, slik at alle tilsette
        kan logge seg på same nettverk, bruke same fagsystem og nå kvarandre på e-post og telefon frå
        første arbeidsdag i den nye kommunen. Samstundes skal delprosjektet sikre at data frå
        {gamle_liste(k)} vert teke vare på."""),
        H2("Utgangspunkt"),
        P("""Begge kommunane har i dag eigne IKT-avdelingar med eigne serverrom. Fleire system er like,
        men versjonane er ulike. Kommunane har òg ulike leverandørar av sak- og arkivsystem, noko som
        krev ei konvertering av arkivdata."""),
        H2("Leveransar"),
        LI("Felles domene og brukarkatalog"),
        LI("Val av fagsystem på alle tenesteområde"),
        LI("Konvertering av sak- og arkivsystem"),
        LI("Felles nettstad og innbyggjarportal"),
        LI("Opplæringsplan for tilsette"),
        H2("Tidsplan"),
        P("""Felles nettverk skal vere klart hausten 2019. Fagsystema skal konverterast i november og
        desember 2019. Frå 1. desember 2019 vert det ikkje gjort endringar i systema utanom det som
        er naudsynt for konverteringa."""),
        H2("Risiko"),
        P("""Det er knapt med folk som kan IKT i begge kommunane, og mange leverandørar skal
        konvertere for mange kommunar på same tid. Prosjektet skal difor skrive kontraktar tidleg og
        ha ein plan B for lønssystem og journalsystem i helse."""),
    ]


def ikt_nb_annen(k, dato_iso):
    d = KOMMUNER[k]
    ny = d["ny"]
    return [
        H1(f"Digitalisering og IKT i {ny} – plan for overgangen"),
        M(f"Prosjektnotat, {short_date(dato_iso)}"),
        P(f"""Oppegård og Ski har valgt ulike strategier for IKT de siste ti årene: den ene kommunen har
        satset på skytjenester, den andre på egen drift. For {ny} er det vedtatt at den nye kommunen
        skal bygge på skybaserte tjenester der det er mulig og forsvarlig. Denne planen beskriver
        hvordan overgangen til en felles plattform skal skje."""),
        H2("Arkitekturprinsipper"),
        LI("Skyen først, men kritiske systemer skal kunne driftes ved bortfall av internett"),
        LI("Én identitet per ansatt og innbygger"),
        LI("Data registreres én gang og deles mellom systemer gjennom standard grensesnitt"),
        LI("Informasjonssikkerhet og personvern vurderes før hvert systemvalg"),
        H2("Gjennomføring"),
        P("""Arbeidet deles i tre bølger. Første bølge gjelder infrastruktur, e-post og samhandling.
        Andre bølge gjelder sak/arkiv, økonomi og lønn. Tredje bølge gjelder fagsystemer i oppvekst,
        helse og teknisk. Hver bølge avsluttes med en test der representanter fra tjenestene
        godkjenner løsningen før den settes i drift."""),
        H2("Økonomi og ressurser"),
        P("""Kostnadene til IKT utgjør den største enkeltposten i sammenslåingsbudsjettet. Mye av
        arbeidet gjøres av egne ansatte, men det leies inn kapasitet til prosjektledelse og
        migrering. Lisensene blir billigere på sikt, men overgangsperioden gir doble kostnader."""),
    ]


def arkiv_plan(k, dato_iso, style):
    d = KOMMUNER[k]
    ny = d["ny"]
    if style == "nn":
        return [
            H1(f"Prosjektplan for arkiv i samband med samanslåinga til {ny}"),
            M(f"Vedteken i styringsgruppa {short_date(dato_iso)}"),
            H2("Bakgrunn"),
            P(f"""Når {gamle_liste(k)} vert slegne saman, vert dei gamle kommunane oppløyste. Arkiva deira
            skal avsluttast og takast vare på etter arkivlova og arkivforskrifta. Samstundes må {ny}
            kommune ha eit fungerande sak- og arkivsystem frå første dag."""),
            H2("Oppgåver"),
            LI("Avslutte og periodisere dei elektroniske arkiva per 31. desember 2019"),
            LI("Ordne og listeføre papirarkiv som ikkje er ferdig ordna"),
            LI("Avlevere eldre arkiv til IKA Vestland"),
            LI("Lage ny arkivplan og klassifikasjonsplan for den nye kommunen"),
            LI("Føre over aktive saker til det nye sak- og arkivsystemet"),
            H2("Ansvar"),
            P("""Kommunedirektøren har det overordna arkivansvaret. Arkivleiarane i begge kommunane
            dannar ei arbeidsgruppe som rapporterer til delprosjekt IKT. Fellesnemnda får melding om
            status i kvart møte."""),
            H2("Fagsystem"),
            P("""Mange fagsystem, til dømes i helse, barnevern og byggesak, inneheld arkivverdig informasjon.
            For kvart fagsystem som vert avvikla, skal det lagast eit arkivuttrekk eller ein plan for
            korleis data skal takast vare på. Arbeidsgruppa skal lage ei oversikt over alle slike system
            saman med delprosjekt IKT."""),
            H2("Ressursar"),
            P("""Det trengst om lag to årsverk i eit år for å ordne papirarkiva. Arbeidet vert finansiert
            over samanslåingsbudsjettet. Kommunane kan òg søkje om midlar frå Arkivverket."""),
        ]
    return [
        H1(f"Prosjektplan – arkiv og dokumentasjonsforvaltning, {ny}"),
        M(f"Versjon 1.2, {long_date(dato_iso)}"),
        H2("Formål"),
        P(f"""Prosjektet skal sikre at arkivene etter {gamle_liste(k)} avsluttes og bevares forsvarlig,
        at {ny} kommune får en ny arkivplan og et felles sak/arkivsystem, og at dokumentasjon av
        saksbehandling i overgangsperioden ikke går tapt. Arbeidet skjer i samsvar med arkivlova
        og arkivforskriften, og i dialog med det interkommunale arkivet."""),
        H2("Omfang"),
        P(f"""De {antall(k)} kommunene har til sammen om lag 2 400 hyllemeter papirarkiv og elektroniske arkiv i
        tre ulike systemer. Deler av papirarkivet etter 1990 er ikke ordnet. Fagsystemer i helse,
        barnevern og byggesak inneholder arkivverdig informasjon som også må håndteres."""),
        H2("Aktiviteter"),
        LI("Kartlegge alle arkiv og arkivdepoter, inkludert fjernarkiv i kjellere og uthus"),
        LI("Avslutte elektroniske arkiv og produsere arkivuttrekk i Noark 5-format"),
        LI("Ordne, pakke og avlevere papirarkiv"),
        LI("Utarbeide felles arkivplan, rutiner og klassifikasjonssystem"),
        LI("Migrere aktive saker til nytt sak/arkivsystem"),
        LI("Gi opplæring til saksbehandlere og ledere"),
        H2("Fagsystemer"),
        P("""Fagsystemer som avvikles etter sammenslåingen, må enten avleveres som arkivuttrekk eller
        videreføres i lesemodus til bevaringstiden er ute. Prosjektet lager en oversikt over alle
        fagsystemer med arkivverdig informasjon i samarbeid med delprosjekt IKT."""),
        H2("Organisering"),
        P("""Prosjektet er et underprosjekt i delprosjekt IKT, og ledes av arkivlederen i den største
        kommunen. Arkivtjenestene i alle kommunene deltar. Partssammensatt utvalg orienteres om
        endringer som berører de ansatte i arkivtjenesten."""),
        H2("Tidsplan"),
        P(f"""Kartleggingen ferdigstilles innen {short_date(dato_iso[:4] + '-12-31')}. Avslutning av arkivene skjer
        ved årsskiftet før sammenslåingen, og arkivuttrekk leveres innen seks måneder etter
        sammenslåingen."""),
    ]


def kommunikasjonsplan(k, dato_iso, style):
    d = KOMMUNER[k]
    ny = d["ny"]
    if style == "nn":
        return [
            H1(f"Kommunikasjonsplan for samanslåinga – {ny}"),
            M(f"Vedteken av fellesnemnda {long_date(dato_iso)}"),
            H2("Føremål"),
            P(f"""God kommunikasjon skal gjere det lett for innbyggjarar, tilsette og folkevalde å følgje
            arbeidet med å byggje {ny} kommune. Planen seier kven vi skal nå, kva vi skal formidle,
            og kva kanalar vi skal bruke."""),
            H2("Målgrupper"),
            LI("Innbyggjarar i alle dei gamle kommunane, også dei som bur langt frå sentrum"),
            LI("Tilsette og tillitsvalde"),
            LI("Folkevalde i kommunestyra og fellesnemnda"),
            LI("Næringsliv, lag og organisasjonar"),
            LI("Media"),
            H2("Kanalar"),
            P(f"""Nettstaden for {ny} er hovudkanalen. Vi brukar òg sosiale medium, lokalaviser,
            folkemøte og intranett. Alle saker til fellesnemnda vert publiserte på nettstaden same dag
            som innkallinga vert send ut. Nynorsk er målforma i all kommunikasjon frå den nye
            kommunen."""),
            H2("Bodskap"),
            P("""Vi byggjer ein ny kommune saman. Tenestene held fram som før, og innbyggjarane skal få
            beskjed i god tid om noko endrar seg. Ingen tilsette skal seiast opp på grunn av
            samanslåinga."""),
            H2("Språk"),
            P("""Språket i all kommunikasjon skal vere klart og enkelt. Vi skriv slik at innbyggjarane forstår
            det første gongen dei les, og vi forklarar ord som til dømes fellesnemnd, partssamansett utval
            og inndelingslova når vi brukar dei."""),
            H2("Ansvar"),
            P("""Kommunikasjonsrådgjevaren i prosjektet har ansvaret for planen. Leiaren av fellesnemnda
            og prosjektleiaren er talspersonar overfor media."""),
        ]
    return [
        H1(f"Kommunikasjonsplan for sammenslåingen til nye {ny} kommune"),
        M(f"Versjon {'2.0' if style == 'a' else '1.0'}, {short_date(dato_iso)}"),
        H2("Hvorfor kommunikasjon er viktig"),
        P(f"""En kommunesammenslåing berører alle innbyggere og alle ansatte. Usikkerhet om
        arbeidsplass, tjenester og identitet kan skape motstand og rykter. Åpen og tidlig
        kommunikasjon skal bidra til tillit til prosessen og til den nye kommunen. Planen gjelder
        for hele prosjektperioden fram til {d['start']}, og for de første månedene etter."""),
        H2("Kommunikasjonsmål"),
        LI("Innbyggerne vet hva som endres og hva som består, og hvor de skal henvende seg."),
        LI("Ansatte får viktig informasjon før den blir kjent i media."),
        LI("Folkevalgte har et godt beslutningsgrunnlag og kjenner til prosessen."),
        LI(f"{ny} oppfattes som en åpen kommune med en tydelig identitet."),
        H2("Målgrupper og kanaler"),
        P("""Innbyggere nås gjennom nettsiden for sammenslåingen, sosiale medier, annonser i
        lokalavisene og folkemøter. Ansatte nås gjennom intranett, ledermøter og allmøter.
        Tillitsvalgte og verneombud får informasjon i partssammensatt utvalg og egne møter.
        Folkevalgte får månedlige nyhetsbrev fra prosjektrådmannen."""),
        H2("Identitet og kommunevåpen"),
        P("""Arbeidet med ny visuell identitet og nytt kommunevåpen skal involvere innbyggerne. Det
        skal inviteres til forslag, og en jury skal vurdere forslagene før fellesnemnda gjør vedtak.
        Kommunevåpenet skal følge heraldiske prinsipper og godkjennes av Riksarkivet."""),
        H2("Krisekommunikasjon"),
        P("""Dersom det oppstår hendelser i overgangsperioden, f.eks. svikt i IKT-systemer ved
        årsskiftet, gjelder beredskapsplanen i kommunen der hendelsen skjer. Prosjektets
        kommunikasjonsrådgiver bistår."""),
        H2("Tiltaksplan"),
        LI("Egen nettside for sammenslåingen, med saker til fellesnemnda, nyheter og spørsmål og svar"),
        LI("Månedlig nyhetsbrev til alle ansatte, og egne sider på intranettet"),
        LI("Folkemøter i alle kommunene før vedtak om kommunevåpen, rådhus og tjenestestruktur"),
        LI("Annonser i lokalavisene før hvert fellesnemndsmøte"),
        LI("Informasjon til alle husstander høsten før sammenslåingen"),
        P("""Kommunikasjonstiltakene evalueres hvert halvår gjennom en kort undersøkelse blant ansatte og
        innbyggere. Planen justeres ved behov."""),
        H2("Ansvar og ressurser"),
        P("""Prosjektrådmannen har det overordnede ansvaret for kommunikasjonen. Kommunikasjonsrådgiveren
        i prosjektet koordinerer arbeidet med kommunikasjonsavdelingene i kommunene. Det er satt av
        midler til annonser, folkemøter og utvikling av nettside."""),
    ]


def build():
    K = kommuner_felt
    docs = []
    # Near-duplicate group: the same prosjektplan for the Vestfold mergers (copied, names/dates changed).
    docs.append(doc("prosjektplan-larvik-lardal-2016", "larvik", K("larvik"), "prosjektplan", "nb", "2016-09-06",
                    "Prosjektplan for sammenslåingen av Larvik og Lardal", prosjektplan_mal("larvik", "2016-09-06", "1.0"),
                    "pdf", "Anne Grethe Wold", group="nd-prosjektplan-mal", topic="prosjektplan sammenslåing"))
    docs.append(doc("prosjektplan-larvik-lardal-2017-revidert", "larvik", K("larvik"), "prosjektplan", "nb", "2017-02-14",
                    "Prosjektplan for sammenslåingen av Larvik og Lardal (revidert)",
                    prosjektplan_mal("larvik", "2017-02-14", "1.1", revidert=True),
                    "txt", "Anne Grethe Wold", group="nd-prosjektplan-mal", topic="prosjektplan sammenslåing", enc="iso-8859-1"))
    docs.append(doc("prosjektplan-holmestrand-hof-2016", "holmestrand", K("holmestrand"), "prosjektplan", "nb", "2016-10-04",
                    "Prosjektplan for sammenslåingen av Holmestrand og Hof", prosjektplan_mal("holmestrand", "2016-10-04", "1.0"),
                    "docx", "Jan Olav Bergseng", group="nd-prosjektplan-mal", topic="prosjektplan sammenslåing"))
    docs.append(doc("prosjektplan-sunnfjord-2017", "sunnfjord", K("sunnfjord"), "prosjektplan", "nn", "2017-12-05",
                    "Prosjektplan for samanslåinga til Sunnfjord kommune", prosjektplan_nn("sunnfjord", "2017-12-05"),
                    "odt", "Kjartan Hjelmeland", group="nd-prosjektplan-nn", topic="prosjektplan sammenslåing"))
    docs.append(doc("prosjektplan-kinn-2018", "kinn", K("kinn"), "prosjektplan", "nn", "2018-03-15",
                    "Prosjektplan for samanslåinga til Kinn kommune", prosjektplan_nn("kinn", "2018-03-15"),
                    "pdf", "Hilde Svardal", group="nd-prosjektplan-nn", topic="prosjektplan sammenslåing"))
    # IKT: near-duplicate pair plus independent wording.
    docs.append(doc("prosjektplan-ikt-sandefjord-2015", "sandefjord", K("sandefjord"), "prosjektplan", "nb", "2015-11-24",
                    "Delprosjekt IKT – prosjektplan for Sandefjord kommune", ikt_mal("sandefjord", "2015-11-24"),
                    "odt", "IKT-sjef, Sandefjord kommune", group="nd-ikt-prosjektplan", topic="felles IKT-plattform"))
    docs.append(doc("prosjektplan-ikt-alesund-2018", "alesund", K("alesund"), "prosjektplan", "nb", "2018-02-27",
                    "Delprosjekt IKT – prosjektplan for Ålesund kommune", ikt_mal("alesund", "2018-02-27"),
                    "md", "Delprosjekt IKT, nye Ålesund", group="nd-ikt-prosjektplan", topic="felles IKT-plattform"))
    docs.append(doc("prosjektplan-ikt-kinn-2018", "kinn", K("kinn"), "prosjektplan", "nn", "2018-09-04",
                    "Prosjektplan for delprosjekt IKT og digitalisering – Kinn", ikt_nn("kinn", "2018-09-04"),
                    "html", "Delprosjekt IKT, Kinn", topic="felles IKT-plattform"))
    docs.append(doc("ikt-plan-nordre-follo-2018", "nordre-follo", K("nordre-follo"), "prosjektplan", "nb", "2018-04-17",
                    "Digitalisering og IKT i Nordre Follo – plan for overgangen", ikt_nb_annen("nordre-follo", "2018-04-17"),
                    "txt", "Prosjektkontoret Nordre Follo", topic="felles IKT-plattform"))
    docs.append(doc("prosjektplan-arkiv-asker-2018", "asker", K("asker"), "prosjektplan", "nb", "2018-01-23",
                    "Prosjektplan – arkiv og dokumentasjonsforvaltning, Asker", arkiv_plan("asker", "2018-01-23", "nb"),
                    "rtf", "Arkivleder, Asker kommune", group="nd-arkivplan", topic="arkiv"))
    docs.append(doc("prosjektplan-arkiv-indre-ostfold-2018", "indre-ostfold", K("indre-ostfold"), "prosjektplan", "nb",
                    "2018-05-08", "Prosjektplan – arkiv og dokumentasjonsforvaltning, Indre Østfold",
                    arkiv_plan("indre-ostfold", "2018-05-08", "nb"), "md", "Prosjektsekretariatet Indre Østfold", group="nd-arkivplan", topic="arkiv"))
    docs.append(doc("prosjektplan-arkiv-stad-2018", "stad", K("stad"), "prosjektplan", "nn", "2018-10-30",
                    "Prosjektplan for arkiv i samband med samanslåinga til Stad", arkiv_plan("stad", "2018-10-30", "nn"),
                    "txt", "Arkivleiar, Eid kommune", topic="arkiv"))
    docs.append(doc("kommunikasjonsplan-asker-2017", "asker", K("asker"), "prosjektplan", "nb", "2017-11-28",
                    "Kommunikasjonsplan for sammenslåingen til nye Asker kommune", kommunikasjonsplan("asker", "2017-11-28", "a"),
                    "odt", "Kommunikasjonsrådgiver, nye Asker", group="nd-kommunikasjonsplan", topic="kommunikasjon"))
    docs.append(doc("kommunikasjonsplan-holmestrand-2016", "holmestrand", K("holmestrand"), "prosjektplan", "nb", "2016-12-06",
                    "Kommunikasjonsplan for sammenslåingen til nye Holmestrand kommune",
                    kommunikasjonsplan("holmestrand", "2016-12-06", "b"), "html", "Prosjektsekretariatet Holmestrand og Hof",
                    group="nd-kommunikasjonsplan", topic="kommunikasjon"))
    docs.append(doc("kommunikasjonsplan-sunnfjord-2018", "sunnfjord", K("sunnfjord"), "prosjektplan", "nn", "2018-02-13",
                    "Kommunikasjonsplan for samanslåinga – Sunnfjord", kommunikasjonsplan("sunnfjord", "2018-02-13", "nn"),
                    "md", "Kommunikasjonsrådgjevar, Sunnfjord", topic="kommunikasjon"))
    return docs
