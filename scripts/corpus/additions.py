"""Additional sections appended to individual documents (keyed by document key)."""
from model import P, H2, H3, LI, M

ADD = {
    "finansreglement-larvik-2017": [
        H2("Avvikshåndtering"),
        P("""Dersom det oppdages at forvaltningen ikke er i samsvar med reglementet, skal økonomisjefen straks
        varsle kommunedirektøren. Avviket skal lukkes så snart det er forsvarlig, og kommunestyret skal
        orienteres i neste rapport. Avvik som skyldes endringer i markedsverdier, skal også rapporteres,
        men krever ikke at plasseringer selges dersom det vil påføre kommunen tap."""),
        H2("Overgang fra Lardal og Larvik"),
        P("""Lån og plasseringer i Lardal kommune overføres til Larvik kommune ved sammenslåingen, jf.
        inndelingslova § 15. Kommunedirektøren skal innen 1. april 2018 legge fram en samlet oversikt over
        gjeldsporteføljen og vurdere om den oppfyller kravene i reglementet."""),
    ],
    "finansreglement-nordre-follo-2019": [
        H2("5. Etiske retningslinjer"),
        P("""Kommunen skal ikke plassere midler i fond som investerer i selskaper som er utelukket fra Statens
        pensjonsfond utland. Ved valg av bankforbindelse og fond skal det legges vekt på bærekraft og
        klimarisiko."""),
        H2("6. Kvalitetssikring"),
        P("""Reglementet er vurdert av uavhengig instans før vedtak. Revisjonen skal minst én gang i året
        kontrollere at rutinene for finansforvaltningen er fulgt. Kommunedirektøren fastsetter utfyllende
        rutiner for oppfølging og kontroll."""),
    ],
    "godtgjoringsreglement-asker-2019": [
        H2("§ 8 Utbetaling og krav"),
        P("""Fast godtgjøring utbetales månedlig. Møtegodtgjøring utbetales hver måned etter registrering fra
        sekretariatet. Krav om erstatning for tapt arbeidsinntekt og utgifter må fremmes innen tre måneder
        etter møtet. Krav som kommer inn senere, dekkes ikke."""),
        H2("§ 9 Ikrafttredelse"),
        P("""Reglementet gjelder fra konstitueringen av kommunestyret i nye Asker kommune høsten 2019, for
        fellesnemndas del fra vedtaksdato."""),
    ],
    "godtgjoringsreglement-nordre-follo-2019": [
        H2("Frikjøp og permisjon"),
        P("""Folkevalgte som har verv som krever mer enn 20 prosent av full tid, kan få frikjøp etter avtale
        med ordføreren. Arbeidsgiveren får refusjon etter dokumentasjon. Folkevalgte har rett til
        permisjon fra arbeid etter arbeidsmiljøloven § 12-13, og godtgjøringen skal sikre at ingen taper
        pensjonsopptjening."""),
        H2("Sosiale rettigheter"),
        P("""Ordfører og varaordfører har rett til sykepenger og pensjon etter reglene i kommuneloven § 8-7 og
        gjeldende forskrift. Folkevalgte som har fast godtgjøring, har rett til ettergodtgjøring i inntil
        tre måneder dersom de ikke går over i annet lønnet arbeid."""),
    ],
    "personalreglement-indre-ostfold-2019": [
        H2("7. Arbeidstid og fleksitid"),
        P("""Ansatte i administrative stillinger kan ha fleksibel arbeidstid innenfor en kjernetid fra kl. 9.00
        til kl. 14.30. Arbeid utenfor ordinær arbeidstid skal avtales med leder på forhånd."""),
        H2("8. Avslutning av arbeidsforhold"),
        P("""Oppsigelse fra den ansatte skal være skriftlig. Kommunen gjennomfører sluttsamtale med alle som
        slutter, for å lære av erfaringene deres. Ved oppsigelse fra arbeidsgiver gjelder reglene i
        arbeidsmiljøloven og hovedavtalen."""),
    ],
    "arbeidsgiverpolitikk-sandefjord-2016": [
        H2("Rekruttering"),
        P("""Kommunen skal være en attraktiv arbeidsgiver som tiltrekker seg kompetente søkere. Stillinger
        skal lyses ut med tydelige krav til kompetanse, og alle søkere skal behandles likt. Kommunen
        skal arbeide aktivt for å rekruttere lærlinger og ha minst to lærlinger per 1 000 innbyggere.
        Nyansatte skal få et introduksjonsprogram som gir kjennskap til hele kommunen, ikke bare til
        egen enhet."""),
        H2("Etikk og ytringsfrihet"),
        P("""Ansatte i kommunen forvalter fellesskapets ressurser og skal opptre slik at innbyggerne har
        tillit til kommunen. Kommunen har egne etiske retningslinjer som alle ansatte skal kjenne.
        Ansatte har ytringsfrihet og kan delta i den offentlige debatten, også om forhold på egen
        arbeidsplass, så lenge de tydelig gir uttrykk for at de uttaler seg på egne vegne. Kommunen har
        rutiner for varsling av kritikkverdige forhold, og den som varsler, skal ikke utsettes for
        gjengjeldelse."""),
        H2("Likestilling og mangfold"),
        P("""Kommunen skal gjenspeile mangfoldet i befolkningen. Ved like kvalifikasjoner skal det
        underrepresenterte kjønnet foretrekkes, og kvalifiserte søkere med innvandrerbakgrunn eller
        nedsatt funksjonsevne skal innkalles til intervju. Kommunen skal kartlegge lønnsforskjeller
        mellom kvinner og menn og redegjøre for arbeidet i årsberetningen."""),
        H2("Omstilling i sammenslåingen"),
        P("""Kommunesammenslåingen er den største omstillingen kommunene har gjennomført. Alle ansatte
        overføres til Sandefjord kommune med de rettighetene de har. Innplassering skjer etter
        prinsipper vedtatt i partssammensatt utvalg. Ledere har et særlig ansvar for å ivareta ansatte
        i omstillingen, med tett dialog, tydelig informasjon og oppfølging av dem som får nye oppgaver
        eller nytt arbeidssted."""),
        H2("Oppfølging"),
        P("""Arbeidsgiverpolitikken skal gjøres kjent for alle ansatte og brukes aktivt i ledersamlinger,
        medarbeidersamtaler og ved ansettelser. Det skal gjennomføres medarbeiderundersøkelse hvert annet
        år. Resultatene skal følges opp med tiltak i hver enhet, og rådmannen skal rapportere til
        administrasjonsutvalget. Arbeidsgiverpolitikken skal revideres i hver valgperiode."""),
    ],
    "arbeidsgjevarpolitikk-sunnfjord-2018": [
        H2("Oppfølging"),
        P("""Arbeidsgjevarpolitikken skal gjerast kjend for alle tilsette og nyttast i medarbeidarsamtalar,
        leiarsamlingar og ved tilsetjingar. Kommunen skal gjennomføre ei medarbeidarundersøking kvart
        andre år. Partssamansett utval skal få ein rapport om oppfølginga kvart år, og politikken skal
        reviderast i kvar valperiode."""),
    ],
    "godtgjeringsreglement-kinn-2019": [],
    "prosjektplan-ikt-kinn-2018": [
        H2("Organisering"),
        P("""Delprosjektet vert leia av IKT-sjefen i Flora, med IKT-sjefen i Vågsøy som nestleiar. Kvar
        fagsystemeigar har ansvar for å teste og godkjenne sitt system. Delprosjektet rapporterer til
        prosjektleiaren kvar månad og til fellesnemnda i kvart møte."""),
        H2("Økonomi"),
        P("""Det er sett av 8 millionar kroner til IKT i budsjettet for samanslåinga. Dei største postane er
        nettverk mellom Florø og Måløy, konvertering av fagsystem og lisensar i overgangsperioden.
        Kostnadene vert dekte av eingongsstønaden frå staten."""),
    ],
    "ikt-plan-nordre-follo-2018": [
        H2("Risiko"),
        P("""Den største risikoen er at leverandørene ikke har kapasitet til å konvertere alle systemer i tide,
        fordi mange kommuner slås sammen samtidig. Prosjektet har derfor inngått avtaler om
        konverteringsdatoer allerede våren 2018. En annen risiko er at ansatte ikke får nok opplæring.
        Det skal derfor utpekes superbrukere i alle enheter."""),
        H2("Informasjonssikkerhet"),
        P("""Før hvert systemvalg skal det gjennomføres en risiko- og sårbarhetsanalyse, og der det behandles
        personopplysninger, en vurdering av personvernkonsekvenser. Personvernombudet skal involveres
        tidlig."""),
    ],
    "prosjektplan-arkiv-asker-2018": [
        H2("Risiko"),
        P("""Det er risiko for at arkivuttrekk fra de gamle systemene ikke blir godkjent av arkivdepotet, og at
        det oppdages uordnede arkiv sent i prosessen. Prosjektet skal derfor teste arkivuttrekk tidlig og
        gjennomføre kartleggingen av papirarkiv i løpet av første halvår 2018."""),
        H2("Økonomi"),
        P("""Prosjektet har et budsjett på 3,2 millioner kroner, som dekker midlertidige stillinger, innleid
        kompetanse, emballasje og transport av papirarkiv."""),
    ],
    "prosjektplan-arkiv-indre-ostfold-2018": [
        H2("Risiko"),
        P("""Fem kommuner betyr fem arkivkulturer og mange uordnede arkiv. Prosjektet prioriterer arkiv med
        personopplysninger, som barnevern, helse og sosialtjenester, og arkiv som brukes mye, som
        byggesaksarkivet. Arkiv som ikke blir ordnet før sammenslåingen, skal sikres og listeføres slik
        at de kan ordnes senere."""),
    ],
    "prosjektplan-arkiv-stad-2018": [
        H2("Tidsplan"),
        P("""Kartlegginga skal vere ferdig innan 1. mars 2019. Ordning av papirarkiv skjer gjennom heile 2019.
        Dei elektroniske arkiva vert avslutta 31. desember 2019, og arkivuttrekk vert levert til IKA
        Vestland innan 1. juli 2020."""),
        H2("Risiko"),
        P("""Det er fare for at det dukkar opp uordna arkiv i kjellarar og uthus som ingen kjenner til. Det er
        difor viktig at alle einingar vert spurde om kva arkiv dei har. Ein annan risiko er at det
        elektroniske arkivet i Selje har ein gammal versjon som gjer arkivuttrekket vanskeleg."""),
    ],
    "kommunikasjonsplan-sunnfjord-2018": [
        H2("Tiltak"),
        LI("Nettstad for samanslåinga med nyheiter, saksdokument og spørsmål og svar"),
        LI("Nyheitsbrev til tilsette kvar månad"),
        LI("Folkemøte i Førde, på Skei, i Sande og i Naustdal før viktige vedtak"),
        LI("Informasjon i lokalavisene før kvart møte i fellesnemnda"),
        LI("Kampanje i sosiale medium om kommunevåpen og visuell profil"),
        P("""Tiltaka vert evaluerte kvart halvår, og planen vert justert ved behov."""),
    ],
    "nyhet-kommunevapen-alesund-2019": [
        H2("Lang debatt"),
        P("""Debatten i fellesnemnda varte i nesten to timer. Flere representanter viste til at
        innbyggerundersøkelsen høsten 2018 viste et flertall for å beholde Ålesund-våpenet, men at
        flertallet var mye mindre i de fire andre kommunene enn i Ålesund. En representant fra Haram
        foreslo å utsette saken til det var holdt en ny undersøkelse, men forslaget falt."""),
    ],
    "pressemelding-administrasjonssenter-nordre-follo-2018": [
        H2("Bakgrunn"),
        P("""Spørsmålet om administrasjonssenter ble ikke avklart i intensjonsavtalen mellom Oppegård og Ski. En
        analyse av lokaler, trafikk og økonomi viste at Ski rådhus kan romme hele sentraladministrasjonen
        etter en moderat ombygging. Ski er også knutepunkt for tog og buss, og får kortere reisetid til
        Oslo når Follobanen åpner."""),
    ],
    "nyheit-ikt-plattform-sunnfjord-2019": [
        H2("Kvifor tek dette så lang tid?"),
        P("""Dei fire kommunane hadde til saman over hundre fagsystem. Mange av dei løyste same oppgåvene, men
        med ulike leverandørar og ulike versjonar. For kvart område har prosjektet valt eitt system, og
        data frå dei andre må konverterast. Mange leverandørar har fleire samanslåingar på same tid, og
        det krev god planlegging å få alt på plass før nyttår."""),
    ],
    "leserinnlegg-hurum-radhus-2018": [
        P("""Eg – unnskyld, jeg – har bodd i Hurum hele livet, og har sett kommunen gjøre mye godt for
        bygdene våre. Jeg håper nye Asker vil gjøre det samme. Men da må politikerne vise at de mener
        alvor med det de skrev i intensjonsavtalen."""),
    ],
    "faq-sammenslaing-holmestrand-2017": [
        H2("Hva skjer med kommunevåpenet?"),
        P("""Fellesnemnda skal behandle spørsmålet om kommunevåpen våren 2017. Innbyggerne er invitert til å gi
        innspill på nettsiden."""),
    ],
    "nyheit-kommunevapen-kinn-2019": [],
    "forum-lardal-radhus-2017": [
        P("""«Svarstadjente» skrev: Jeg har nå lest protokollen. Det står også at økonomireglementet for den nye
        kommunen er sendt på høring. Greit å vite for de som følger med på økonomien."""),
        P("""«Kverkfjell» skrev: Takk for lenke. Hvem sitter egentlig i fellesnemnda fra Lardal? Det er ikke
        lett å finne ut av."""),
        P("""«Larvik kommune – prosjektet» svarte: Oversikt over medlemmene i fellesnemnda finner du på nettsiden
        under «Politikk». Lardal har seks representanter, Larvik ti."""),
    ],
    "forum-godtgjoring-fellesnemnd-2018": [
        P("""Svar fra «Follopolitiker»: Oppdatering: Vi fikk til slutt et eget godtgjøringsreglement for
        folkevalgte i den nye kommunen, med 1 000 kroner per møte for fellesnemnda. Takk for alle innspill!"""),
    ],
}

ADD2 = {
    "finansreglement-nordre-follo-2019": [
        H2("7. Definisjoner"),
        P("""Med ledig likviditet menes midler som er nødvendige for å dekke løpende betalinger i drift og
        investering. Med langsiktige finansielle aktiva menes midler som ikke trengs til driften, og som
        kan plasseres med lengre tidshorisont. Med finansiell risiko menes risiko for tap som følge av
        endringer i renter, kurser og kredittverdighet."""),
    ],
    "godtgjoringsreglement-nordre-follo-2019": [
        P("""Reglementet skal evalueres etter to år, og forslag til endringer legges fram for kommunestyret
        sammen med forslag til budsjett."""),
    ],
    "godtgjeringsreglement-kinn-2019": [],
    "arbeidsgjevarpolitikk-sunnfjord-2018": [
        P("""Arbeidsgjevarpolitikken byggjer på hovudavtalen, arbeidsmiljølova og likestillings- og
        diskrimineringslova."""),
    ],
    "prosjektplan-ikt-kinn-2018": [
        P("""Delprosjektet skal i tillegg leggje til rette for at innbyggjarane kan nytte digitale tenester
        frå første dag, mellom anna søknadsskjema og innsyn i eiga sak."""),
    ],
    "ikt-plan-nordre-follo-2018": [
        P("""Planen revideres hvert halvår og legges fram for fellesnemnda til orientering."""),
    ],
    "prosjektplan-arkiv-asker-2018": [
        P("""Prosjektet rapporterer til delprosjekt IKT månedlig og til fellesnemnda ved behov."""),
    ],
    "prosjektplan-arkiv-indre-ostfold-2018": [
        H2("Økonomi"),
        P("""Prosjektet har et budsjett på 4,1 millioner kroner over to år, inkludert midlertidige stillinger
        og innkjøp av arkivemballasje. Utgiftene dekkes av engangstilskuddet fra staten."""),
    ],
    "prosjektplan-arkiv-stad-2018": [
        P("""Planen vert lagd fram for fellesnemnda til orientering."""),
    ],
    "nyhet-kommunevapen-alesund-2019": [
        P("""Saken om kommunevåpen var en av flere identitetssaker fellesnemnda har behandlet. Tidligere har
        fellesnemnda vedtatt navnet Ålesund for den nye kommunen."""),
    ],
    "nyheit-kommunevapen-kinn-2019": [
        H2("Slik vart våpenet valt"),
        P("""Konkurransen var open frå oktober til desember 2018. Juryen, som hadde med to folkevalde frå
        kvar av dei gamle kommunane og ein heraldikar, valde ut tre finalistar. Innbyggjarane fekk seie
        meininga si på nettet, og fellesnemnda gjorde endeleg vedtak i mars. Forslaget med dei tre
        bølgjene fekk klart flest røyster både i Flora og i Vågsøy."""),
    ],
    "pressemelding-administrasjonssenter-nordre-follo-2018": [
        P("""For spørsmål, kontakt leder av fellesnemnda Ole Martin Fjeld eller prosjektsekretær Jonas Kolstad."""),
    ],
    "nyheit-ikt-plattform-sunnfjord-2019": [
        P("""Prosjektet takkar alle tilsette for tolmod og innsats gjennom eit krevjande år."""),
    ],
    "leserinnlegg-hurum-radhus-2018": [],
    "faq-sammenslaing-holmestrand-2017": [
        H2("Hvordan blir gebyrene?"),
        P("""Gebyrer for vann, avløp og renovasjon blir harmonisert fra 1. januar 2018. Fellesnemnda vedtar
        satsene høsten 2017."""),
    ],
    "sak-partssamansett-utval-kinn-2018": [],
}
for _k, _v in ADD2.items():
    ADD.setdefault(_k, []).extend(_v)

ADD3 = {
    "arbeidsgjevarpolitikk-sunnfjord-2018": [P("""Politikken gjeld for alle tilsette, også vikarar og lærlingar.""")],
    "prosjektplan-ikt-kinn-2018": [P("""Planen vert revidert kvart halvår.""")],
    "ikt-plan-nordre-follo-2018": [P("""Prosjektkontoret har ansvar for å holde planen oppdatert, og alle endringer
        i tidsplanen skal godkjennes av styringsgruppen før de gjennomføres.""")],
    "nyheit-kommunevapen-kinn-2019": [P("""Les meir om våpenet på nettstaden til Kinn kommune.""")],
    "pressemelding-administrasjonssenter-nordre-follo-2018": [
        H2("Dette skjer videre"),
        P("""Kommunedirektøren vil i løpet av høsten 2018 kartlegge behovet for ombygging i Ski rådhus og
        utarbeide en plan for hvilke enheter som skal flytte, og når. Tillitsvalgte og verneombud skal
        delta i arbeidet. Innbyggerne vil få informasjon om eventuelle endringer i åpningstider ved
        innbyggertorgene i god tid."""),
    ],
    "nyheit-ikt-plattform-sunnfjord-2019": [
        H2("Viktige datoar for deg som tilsett"),
        P("""Du må byte passord før 15. oktober. Gamle e-postadresser vil framleis fungere fram til sommaren
        2020, men all e-post vil kome inn i den nye innboksen. Delte mapper frå dei gamle kommunane vert
        flytta i november, og du vil få beskjed frå leiaren din om kva som gjeld for di eining."""),
    ],
    "leserinnlegg-hurum-radhus-2018": [P("""PS: Til dere i fellesnemnda som skal bestemme dette i PS 23/18 – les gjerne
        intensjonsavtalen en gang til før møtet 5. juni. Der står det svart på hvitt at kommunen skal
        være nær innbyggerne. Det gjelder også oss som bor lengst unna rådhuset i Asker.""")],
    "faq-sammenslaing-holmestrand-2017": [P("""Har du andre spørsmål? Send dem til prosjektsekretariatet, så
        svarer vi så raskt vi kan.""")],
    "sak-partssamansett-utval-kinn-2018": [],
}
for _k, _v in ADD3.items():
    ADD.setdefault(_k, []).extend(_v)

ADD4 = {
    "arbeidsgjevarpolitikk-sunnfjord-2018": [P("""Spørsmål om politikken kan rettast til personalsjefen.""")],
    "ikt-plan-nordre-follo-2018": [P("""Kontaktperson er IKT-sjefen i prosjektet.""")],
    "prosjektplan-arkiv-stad-2018": [P("""Arkivleiaren i Eid har ansvaret for framdrifta i prosjektet.""")],
    "kommunikasjonsplan-sunnfjord-2018": [
        H2("Evaluering"),
        P("""Planen skal evaluerast etter at fellesnemnda har gjort vedtak om kommunevåpen, rådhus og
        organisering, og på nytt etter samanslåinga. Evalueringa skal byggje på ei spørjeundersøking
        blant tilsette og innbyggjarar, og på tal frå nettstaden og sosiale medium."""),
    ],
    "pressemelding-administrasjonssenter-nordre-follo-2018": [P("""Saksdokumentene finnes på nettsiden for Nordre Follo.""")],
    "faq-sammenslaing-holmestrand-2017": [P("""Svarene oppdateres fortløpende.""")],
    "sak-partssamansett-utval-kinn-2018": [],
    "utredning-tjenestestruktur-indre-ostfold-2017": [
        H2("9 Innspill fra innbyggere og ansatte"),
        P("""Det ble holdt innbyggermøter i Askim, Mysen, Spydeberg, Knapstad og Skjønhaug i september 2017. Til
        sammen møtte om lag 600 personer. Det viktigste budskapet var at innbyggerne er opptatt av at
        skole, barnehage, sykehjem og helsestasjon skal være i nærheten. Mange var mindre opptatt av hvor
        rådhuset ligger, så lenge det er mulig å få hjelp på et servicetorg eller digitalt. I Trøgstad
        og Hobøl ble det uttrykt bekymring for at de minste kommunesentrene vil miste betydning."""),
        P("""Spørreundersøkelsen blant ansatte fikk 2 140 svar, som tilsvarer en svarprosent på 58. Et flertall
        av de ansatte ønsker å fortsette på samme arbeidssted. Blant ansatte i stab og støtte var det større
        åpenhet for å flytte dersom det gir et sterkere fagmiljø. Over halvparten av lederne mener at
        fagmiljøene i dag er for små og sårbare, særlig innen plan, byggesak og økonomi."""),
        H2("10 Digitale tjenester"),
        P("""Digitale tjenester kan redusere behovet for fysisk oppmøte. Arbeidsgruppen anbefaler at den nye
        kommunen prioriterer digitale søknader innen byggesak, barnehageopptak og helse- og
        omsorgstjenester, og at innbyggerne kan følge saken sin digitalt. Servicetorgene skal kunne gi
        veiledning i bruk av digitale tjenester, særlig til eldre. Et felles sak/arkivsystem og en felles
        IKT-plattform er en forutsetning for dette."""),
        H2("11 Risiko"),
        P("""Den største risikoen ved anbefalingene er at samlingen av fagmiljøer fører til at erfarne ansatte
        slutter fordi de får lengre reisevei. Arbeidsgruppen anbefaler derfor at flytting skjer gradvis,
        og at det gis mulighet for fleksibelt arbeidssted der det er forenlig med oppgavene. En annen
        risiko er at innbyggerne i de mindre kommunesentrene opplever at kommunen har fjernet seg. Dette
        kan motvirkes med servicetorg, lokale møteplasser og aktiv bruk av lokalutvalg."""),
        P("""Det er også en risiko for at gevinstene ikke tas ut, fordi ingen har ansvar for det. Arbeidsgruppen
        anbefaler at gevinstrealisering blir en del av økonomiplanen, og at kommunedirektøren rapporterer
        på dette hvert år."""),
        H2("12 Videre arbeid"),
        P("""Rapporten legges fram for fellesnemnda i desember 2017. Arbeidsgruppen foreslår at
        prosjektrådmannen får i oppdrag å utarbeide en sak om fordeling av administrative funksjoner
        mellom kommunesentrene, basert på prinsippene i denne rapporten, og at saken legges fram høsten
        2018 etter drøfting med tillitsvalgte i partssammensatt utvalg. Skolestrukturen og strukturen
        for sykehjem bør vurderes av det nye kommunestyret i egne prosesser."""),
        H2("Vedlegg: Tjenestesteder per kommune"),
        LI("Askim: rådhus, 6 skoler, 11 barnehager, 2 sykehjem, helsestasjon, bibliotek, kulturhus"),
        LI("Eidsberg: rådhus i Mysen, 5 skoler, 9 barnehager, 2 sykehjem, legevakt, helsestasjon, bibliotek"),
        LI("Spydeberg: rådhus, 3 skoler, 7 barnehager, sykehjem, helsestasjon, bibliotek"),
        LI("Hobøl: rådhus på Knapstad, 4 skoler, 6 barnehager, sykehjem, helsestasjon, bibliotek"),
        LI("Trøgstad: rådhus på Skjønhaug, 6 skoler, 8 barnehager, sykehjem, helsestasjon, bibliotek"),
    ],
    "erfaringsrapport-sammenslaing-sandefjord-2018": [
        H2("Politisk organisering"),
        P("""Det nye kommunestyret fikk 57 medlemmer, og formannskapet 13. Flere folkevalgte fra Andebu og Stokke
        opplever at det er vanskeligere å nå fram med saker fra sine lokalsamfunn i et stort kommunestyre.
        Samtidig mener et flertall at det politiske arbeidet har blitt mer profesjonelt, og at
        delegeringsreglementet har gitt administrasjonen større rom for å avgjøre kurante saker raskt.
        Evalueringen anbefaler at delegeringsreglementet gjennomgås etter to år, slik at fordelingen av
        myndighet mellom folkevalgte og administrasjon kan justeres."""),
        H2("Ansatte og arbeidsmiljø"),
        P("""Spørreundersøkelsen blant ansatte fikk 1 870 svar. 64 prosent mener at sammenslåingen ble godt
        gjennomført, mens 18 prosent er uenige. Ansatte i stab og støtte har opplevd størst endringer, og
        her er også sykefraværet høyest. Ansatte i skoler og barnehager har merket lite til
        sammenslåingen i hverdagen. Mange ledere sier at arbeidet med felles arbeidsgiverpolitikk og
        felles rutiner var nyttig, men at kulturforskjellene mellom de gamle kommunene fortsatt er
        merkbare."""),
        H2("Kommunikasjon"),
        P("""Kommunikasjonen fra prosjektet blir vurdert som god, særlig nettsiden og nyhetsbrevene til ansatte.
        Noen innbyggere savnet mer informasjon om hvordan gebyrer og betalingssatser ville bli
        harmonisert. Evalueringen anbefaler at slike endringer kommuniseres tidlig og med konkrete
        eksempler."""),
    ],
}
for _k, _v in ADD4.items():
    ADD.setdefault(_k, []).extend(_v)

ADD5 = {
    "prosjektplan-arkiv-stad-2018": [P("""Planen vert oppdatert ved behov.""")],
    "kommunikasjonsplan-sunnfjord-2018": [P("""Planen gjeld til 1. juli 2020.""")],
    "pressemelding-administrasjonssenter-nordre-follo-2018": [P("""Fellesnemnda har 22 medlemmer.""")],
    "sak-partssamansett-utval-kinn-2018": [P("""Utvalet vert konstituert i første møte.""")],
}
for _k, _v in ADD5.items():
    ADD.setdefault(_k, []).extend(_v)

ADD["pressemelding-administrasjonssenter-nordre-follo-2018"].append(
    P("""Neste møte i fellesnemnda er 24. april 2018."""))

ADD["utredning-tjenestestruktur-indre-ostfold-2017"] += [
    H2("Vedlegg: Erfaringer fra andre sammenslåinger"),
    P("""Arbeidsgruppen har hentet erfaringer fra sammenslåinger som allerede er gjennomført, blant annet i
    Vestfold, der Sandefjord, Andebu og Stokke ble slått sammen i 2017, og Larvik og Lardal i 2018. Disse
    kommunene valgte i stor grad å beholde nærtjenestene der de var, og å samle stab og støtte. I
    Sandefjord ble rådhuset i den største byen administrasjonssenter, mens servicetorget i Andebu ble
    videreført. En evaluering viser at innbyggerne i de mindre kommunesentrene er opptatt av at
    servicetorget har åpent flere dager i uken, og at de kan få hjelp til digitale tjenester der."""),
    P("""Erfaringene viser også at det er lett å undervurdere hvor mye tid som går med til å flytte fagmiljøer.
    Ansatte må bli kjent med nye kolleger, nye rutiner og nye systemer samtidig som tjenestene skal leveres
    som før. Kommuner som lyktes best, hadde en tydelig plan for hvilke funksjoner som skulle flyttes, og
    gjennomførte flyttingen i etapper. De involverte tillitsvalgte og verneombud tidlig, og ga ansatte mulighet
    til å uttale seg om ønsket arbeidssted. Flere kommuner peker på at kostnadene ved midlertidige lokaler og
    ombygging ble høyere enn antatt, og anbefaler å sette av en reserve."""),
    P("""En tredje erfaring er at lokalisering har stor symbolsk betydning. Selv når de faktiske endringene for
    innbyggerne er små, kan flytting av et rådhus eller et kontor oppleves som et tap for lokalsamfunnet.
    Det er derfor viktig å forklare hvorfor endringene gjøres, og hva som blir værende. Kommunevåpen, navn
    på tjenester og bruk av gamle kommunenavn i stedsnavn og skilting kan bidra til at folk fortsatt
    kjenner seg hjemme i den nye kommunen."""),
    H2("Vedlegg: Metode"),
    P("""Kartleggingen av tjenestesteder er gjort på grunnlag av opplysninger fra enhetslederne i alle fem
    kommunene, kontrollert mot KOSTRA-tall for 2016. Reisetider er beregnet med kartverktøy for bil og med
    rutetabeller for kollektivtransport på hverdager mellom kl. 8 og kl. 16. Befolkningsframskrivningen
    bygger på Statistisk sentralbyrås hovedalternativ. Spørreundersøkelsen blant ansatte ble gjennomført
    digitalt i september 2017, og innbyggermøtene ble dokumentert i egne referater som er tilgjengelige på
    nettsiden for sammenslåingen. Arbeidsgruppen har ikke vurdert skolestruktur, sykehjemsstruktur eller
    endringer i tjenestenivå, fordi dette ligger utenfor mandatet."""),
]
