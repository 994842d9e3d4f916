"""Additional sections for saksfremlegg, keyed by document key (inserted after 'Vurdering')."""
from model import P, H2, LI

EXTRA = {
    "sak-reglement-fellesnemnda-asker-2017": [
        H2("Hjemmel"),
        P("""Inndelingslova § 25 regulerer fellesnemndas sammensetning og oppgaver. Kommuneloven gjelder
        tilsvarende for fellesnemnda så langt den passer, herunder reglene om møteoffentlighet,
        inhabilitet, lovlighetskontroll og protokoll. Fellesnemnda kan selv vedta et reglement som
        utfyller lovens regler."""),
        H2("Innholdet i reglementet"),
        LI("Fellesnemnda har ansvar for å samordne forberedelsene til sammenslåingen."),
        LI("Fellesnemnda ansetter prosjektrådmann og fastsetter lønn og vilkår."),
        LI("Fellesnemnda vedtar budsjett for prosjektet og forslag til budsjett for 2020."),
        LI("Fellesnemnda vedtar reglementer for den nye kommunen, inkludert delegeringsreglement."),
        LI("Arbeidsutvalget forbereder saker og kan gjøre vedtak i saker som ikke er prinsipielle."),
        LI("Partssammensatt utvalg behandler saker om forholdet mellom arbeidsgiver og ansatte, jf. inndelingslova § 26."),
        H2("Økonomiske konsekvenser"),
        P("""Reglementet har ingen direkte økonomiske konsekvenser. Godtgjøring til medlemmene
        behandles i egen sak."""),
    ],
    "sak-felles-ikt-plattform-asker-2018": [
        H2("Økonomiske konsekvenser"),
        P("""Investeringsrammen på 42 millioner kroner omfatter utvidelse av datasenteret i Asker,
        nytt nettverk mellom de tre kommunene, lisenser og konvertering av data. Driftskostnadene
        for IKT i den nye kommunen er beregnet til å bli om lag 8 prosent lavere enn summen av
        dagens kostnader, når overgangsperioden er over. Gevinsten vil først komme fra 2021."""),
        H2("Konsekvenser for ansatte"),
        P("""IKT-ansatte i Røyken og Hurum som i dag er ansatt i det interkommunale selskapet, vil få
        tilbud om stilling i den nye kommunen. Saken er drøftet med tillitsvalgte, og partssammensatt
        utvalg har behandlet den i møte 4. september 2018 uten merknader."""),
    ],
    "sak-godtgjoring-fellesnemnda-larvik-2016": [
        H2("Økonomiske konsekvenser"),
        P("""Fellesnemnda vil ha om lag åtte møter i året. Med 16 medlemmer og en gjennomsnittlig sats på
        1 000 kroner blir utgiftene til møtegodtgjøring om lag 130 000 kroner per år. Den faste
        godtgjøringen til lederen utgjør om lag 95 000 kroner per år. I tillegg kommer tapt
        arbeidsinntekt og skyss. Utgiftene dekkes av tilskuddet til engangskostnader."""),
    ],
    "sak-budsjett-fellesnemnda-sandefjord-2015": [
        H2("Rapportering"),
        P("""Prosjektrådmannen rapporterer forbruk i hvert fellesnemndsmøte og gir en samlet
        rapport ved årets slutt. Regnskapet for prosjektet føres som et eget ansvar i Sandefjord
        kommunes regnskap og revideres av kommunens revisor. Ubrukte midler overføres til neste år
        og kan bare brukes til formål knyttet til sammenslåingen."""),
        H2("Forholdet til kommunenes egne budsjetter"),
        P("""Kostnader som gjelder den ordinære driften i Sandefjord, Andebu og Stokke skal dekkes av
        kommunenes egne budsjetter, også når driften påvirkes av sammenslåingen. Det gjelder
        f.eks. vikarer for ansatte som deltar i arbeidsgrupper mindre enn 20 prosent av tiden."""),
    ],
    "sak-innplassering-ansatte-sandefjord-2016": [
        H2("Prosess"),
        P("""Innplasseringen skjer i tre trinn. Først innplasseres kommunalsjefer og enhetsledere i den
        nye organisasjonen. Deretter kartlegges alle ansatte gjennom et skjema der de kan beskrive
        oppgaver og kompetanse og oppgi ønsker. Til slutt gjør lederne innplassering i dialog med
        tillitsvalgte. Den ansatte får skriftlig melding om innplasseringen og kan be om
        drøftingsmøte."""),
    ],
    "sak-godtgjoring-fellesnemnda-holmestrand-2016": [
        H2("Satser i dag"),
        LI("Holmestrand: 1 000 kroner per møte, tapt arbeidsinntekt inntil 2 500 kroner per dag"),
        LI("Hof: 700 kroner per møte, tapt arbeidsinntekt inntil 2 000 kroner per dag"),
        P("""Forskjellene er små, og perioden fram til sammenslåingen er kort. Det nye kommunestyret
        vedtar et eget reglement for folkevalgtes godtgjøring for Holmestrand kommune fra 2018."""),
        H2("Økonomiske konsekvenser"),
        P("""Utgiftene er anslått til om lag 160 000 kroner per år, og dekkes av engangstilskuddet."""),
    ],
    "sak-fagsystemer-ikt-holmestrand-2017": [
        H2("Anbefalte systemer"),
        LI("Sak/arkiv: Holmestrands system, med konvertering av Hofs arkivdata"),
        LI("Økonomi og lønn: Holmestrands system"),
        LI("Pleie og omsorg: Holmestrands system, med ny modul for hjemmetjenesten"),
        LI("Kart og oppmåling: Hofs system"),
        LI("Skole og barnehage: felles system som allerede brukes i begge kommunene"),
        P("""Delprosjektet har vurdert de gjenstående systemene, og anbefaler at 24 systemer i Hof
        avvikles etter sammenslåingen når data er arkivert forsvarlig."""),
    ],
    "sak-saksystem-anskaffelse-indre-ostfold-2019": [
        H2("Tidsplan"),
        P("""Konkurransen kunngjøres i mars 2019, med tildeling i juni. Konvertering av data fra de tre
        eksisterende systemene skjer i november og desember 2019. Arkivene i de gamle kommunene
        avsluttes per 31.12.2019, jf. prosjektplanen for arkiv."""),
        H2("Risiko"),
        P("""Tidsplanen er stram. Dersom anskaffelsen forsinkes, kan den nye kommunen måtte bruke et av
        de eksisterende systemene midlertidig. Det vil gi doble konverteringskostnader, anslått til
        2 millioner kroner."""),
    ],
    "sak-prosjektradmann-alesund-2018": [
        H2("Lønn og vilkår"),
        P("""Arbeidsutvalget har fullmakt til å forhandle lønn og vilkår. Stillingen har en
        resultatavtale med mål knyttet til sammenslåingen. Prosjektrådmannen tiltrer som rådmann i
        den nye kommunen når den etableres, og har da arbeidsgiveransvar for alle ansatte."""),
        H2("Innsyn"),
        P("""Søkerlisten ble offentliggjort i desember 2017. To søkere ba om å bli unntatt fra offentlighet,
        noe som ble innvilget etter offentleglova § 25."""),
    ],
    "sak-navn-ny-kommune-nordre-follo-2017": [
        H2("Innbyggerundersøkelse"),
        LI("Nordre Follo: 38 prosent"),
        LI("Follo: 21 prosent"),
        LI("Oppegård og Ski: 17 prosent"),
        LI("Gjersjø: 12 prosent"),
        LI("Andre forslag: 12 prosent"),
        P("""Undersøkelsen ble gjennomført digitalt i september 2017, og 3 912 innbyggere deltok.
        Resultatet er ikke bindende, men gir et godt bilde av hva innbyggerne foretrekker."""),
        H2("Språklige vurderinger"),
        P("""Språkrådet har ingen innvendinger mot navnet, og anbefaler at det skrives med stor forbokstav
        i begge ledd, «Nordre Follo». Adjektivet «nordre» brukes i flere stedsnavn i regionen."""),
    ],
    "sak-godtgjering-fellesnemnda-stad-2017": [
        H2("Økonomiske konsekvensar"),
        P("""Fellesnemnda har 15 medlemer og vil ha om lag ti møte i året. Møtegodtgjeringa vert då om
        lag 135 000 kroner i året. Den faste godtgjeringa til leiaren utgjer om lag 140 000 kroner
        i året. Utgiftene vert dekte av eingongsstønaden frå staten."""),
    ],
    "sak-malform-stad-2017": [
        H2("Lovgrunnlag"),
        P("""Etter mållova skal kommunen sjølv gjere vedtak om målform. For ein ny kommune kan vedtaket
        gjerast av fellesnemnda og takast inn i forskrifta om samanslåinga, jf. inndelingslova § 17.
        Dersom det ikkje vert gjort vedtak, er kommunen språkleg nøytral."""),
        H2("Konsekvensar"),
        P("""Vedtaket vil gjelde skriv frå kommunen, nettstaden, skilt og skjema. Det nye kommunevåpenet og
        den visuelle profilen skal òg utformast på nynorsk. Tilsette som skriv bokmål, vil få tilbod
        om kurs i nynorsk. Det er sett av 150 000 kroner til språkopplæring."""),
    ],
    "sak-namn-ny-kommune-kinn-2018": [
        H2("Uttale frå innbyggjarane"),
        P("""Det vart halde ei innbyggjarundersøking i januar 2018. 2 104 personar svarte. Kinn fekk 44
        prosent av røystene, Flora 23 prosent og Vågsøy 19 prosent. Resten fordelte seg på andre
        forslag. I Vågsøy var støtta til Kinn noko lågare enn i Flora, men Kinn var likevel det
        mest populære av dei nøytrale forslaga."""),
    ],
    "sak-partssamansett-utval-kinn-2018": [
        H2("Samansetjing"),
        LI("Fire medlemer frå fellesnemnda, to frå Flora og to frå Vågsøy"),
        LI("To representantar frå Fagforbundet"),
        LI("Éin representant frå Utdanningsforbundet, Sjukepleiarforbundet eller Unio"),
        P("""Hovudverneombodet i kvar kommune har møte- og talerett. Utvalet skal ha minst fire møte i året
        og kan ta opp saker på eige initiativ."""),
    ],
    "sak-felles-ikt-plattform-sunnfjord-2018": [
        H2("Økonomi"),
        P("""Løyvinga på 9,5 millionar kroner gjeld nettverk, lisensar og konvertering av data. Kostnadene
        vert dekte av eingongsstønaden. Etter samanslåinga ventar ein at IKT-kostnadene vert om
        lag 1,5 millionar kroner lågare i året."""),
    ],
    "sak-administrative-funksjoner-indre-ostfold-2018": [
        H2("Økonomiske konsekvenser"),
        P("""Omdisponering av lokaler krever ombygging for om lag 6 millioner kroner i Askim og 2
        millioner kroner i Mysen. Utgiftene dekkes av engangstilskuddet. Leieavtaler for to
        mindre kontorbygg sies opp med virkning fra 2020."""),
    ],
    "sak-godtgjoring-fellesnemnda-alesund-2017": [
        H2("Hjemmel"),
        P("""Fellesnemnda har hjemmel til å fastsette godtgjøring for sine medlemmer etter inndelingslova
        § 25, jf. kommuneloven § 8-4. Vedtaket må ikke være i strid med kommunenes egne reglementer
        for folkevalgtes godtgjøring."""),
    ],
}

MORE = {
    "sak-budsjett-fellesnemnda-sandefjord-2015": [
        P("""Budsjettet er drøftet i arbeidsutvalget 10. november 2015. Arbeidsutvalget ba om at posten
        for opplæring skulle økes, fordi erfaringer fra andre sammenslåinger viser at behovet for
        opplæring i nye systemer ofte blir undervurdert."""),
    ],
    "sak-innplassering-ansatte-sandefjord-2016": [
        H2("Medvirkning"),
        P("""Hovedtillitsvalgte fra Fagforbundet, Fellesorganisasjonen, Utdanningsforbundet, Delta og
        Sykepleierforbundet har deltatt i arbeidet. Hovedverneombudene har gitt innspill om
        arbeidsmiljø og om at ansatte med lang reisevei bør få særlig oppfølging."""),
    ],
    "sak-godtgjoring-fellesnemnda-holmestrand-2016": [
        H2("Saksgang"),
        P("""Saken ble drøftet i arbeidsutvalget 20. september 2016. Arbeidsutvalget sluttet seg til
        rådmannens forslag, men ba om at det nye reglementet for godtgjøring i Holmestrand kommune
        blir lagt fram for fellesnemnda senest høsten 2017, slik at det kan gjelde fra
        konstitueringen av det nye kommunestyret. Sekretariatet vil samordne utbetalingene med
        lønnskontorene i begge kommunene."""),
    ],
    "sak-fagsystemer-ikt-holmestrand-2017": [
        H2("Økonomiske konsekvenser"),
        P("""Konverteringskostnadene på 3,4 millioner kroner og lisenskostnader i overgangsperioden dekkes
        av engangstilskuddet. Når de gamle systemene er avviklet, reduseres de årlige
        lisenskostnadene med om lag 900 000 kroner."""),
    ],
    "sak-saksystem-anskaffelse-indre-ostfold-2019": [
        H2("Medvirkning"),
        P("""Arkivledere og saksbehandlere fra alle fem kommunene har deltatt i arbeidet med
        kravspesifikasjonen. Tillitsvalgte er orientert gjennom partssammensatt utvalg. Det er lagt
        vekt på brukervennlighet og på at systemet skal kunne integreres med fagsystemene."""),
    ],
    "sak-prosjektradmann-alesund-2018": [
        P("""Arbeidsutvalget har i prosessen lagt vekt på at den nye rådmannen skal ha tillit både i
        Ålesund og i de fire mindre kommunene. Kandidaten har god kjennskap til regionen og har
        uttrykt at det er viktig å ta vare på kompetansen i alle kommunene."""),
    ],
    "sak-navn-ny-kommune-nordre-follo-2017": [
        P("""Kommunestyrene i Oppegård og Ski vil behandle saken i november, og departementet tar sikte
        på å fastsette navnet i forskrift om sammenslåingen tidlig i 2018."""),
    ],
    "sak-administrasjonssenter-nordre-follo-2018": [
        H2("Konsekvenser for ansatte"),
        P("""Om lag 140 ansatte får ny arbeidsplass. Saken er drøftet med tillitsvalgte i partssammensatt
        utvalg 6. mars 2018. Ansatte med særlige behov skal få individuell tilrettelegging."""),
    ],
    "sak-radhus-lokalisering-sunnfjord-2018": [
        H2("Konsekvensar for tilsette"),
        P("""Om lag 40 tilsette får ny arbeidsstad. Saka er drøfta med tillitsvalde, som har bede om at
        dei som får lengre reiseveg, skal få tilbod om fleksibel arbeidstid og høve til å arbeide
        frå heimekontor nokre dagar i veka."""),
    ],
    "sak-felles-ikt-plattform-sunnfjord-2018": [
        H2("Konsekvensar for tilsette"),
        P("""IKT-tilsette i driftssamarbeidet vert overførte til Sunnfjord kommune frå 1. januar 2020.
        Saka er drøfta i partssamansett utval, som ikkje hadde merknader."""),
    ],
    "sak-godtgjering-fellesnemnda-stad-2017": [
        P("""Ordninga gjeld frå det konstituerande møtet og fram til det nye kommunestyret er konstituert.
        Godtgjering for medlemer i partssamansett utval vert fastsett i eiga sak."""),
    ],
    "sak-malform-stad-2017": [
        H2("Uttale frå skular og lag"),
        P("""Rådmannen har fått uttale frå Nordfjord Mållag og frå rektorane ved skulane. Alle støttar at
        Stad får nynorsk som administrasjonsmål. Ingen har gått inn for ei nøytral løysing. Ein
        innbyggjar har teke opp at tilsette med anna morsmål må få god støtte."""),
    ],
    "sak-lokalisering-floro-maloy-kinn-2018": [
        H2("Økonomi"),
        P("""Den todelte modellen krev investering i videoutstyr og nettverk for om lag 1,8 millionar kroner.
        Reisekostnadene er rekna til om lag 600 000 kroner i året. Til gjengjeld slepp kommunen å byggje
        ut rådhuset i Florø."""),
    ],
    "sak-namn-ny-kommune-kinn-2018": [
        P("""Namnekonsulenten har opplyst at skrivemåten Kinn er i samsvar med lokal uttale og med
        rettskrivinga. Namnet vert bøygd som andre stadnamn: «i Kinn», «Kinn kommune»."""),
    ],
    "sak-partssamansett-utval-kinn-2018": [
        H2("Oppgåver"),
        P("""Utvalet skal mellom anna handsame arbeidsgjevarpolitikk, prinsipp for innplassering av tilsette,
        lønsharmonisering, omstillingsavtale og reglement for arbeidsmiljø. Saker som gjeld
        einskilde tilsette, skal ikkje handsamast i utvalet. Utvalet si innstilling skal følgje saka
        til fellesnemnda."""),
    ],
}
for _k, _v in MORE.items():
    EXTRA.setdefault(_k, []).extend(_v)

MORE2 = {
    "sak-innplassering-ansatte-sandefjord-2016": [P("""Prinsippene skal evalueres av partssammensatt utvalg
        høsten 2016, når erfaringene fra innplasseringen av ledere foreligger.""")],
    "sak-godtgjoring-fellesnemnda-holmestrand-2016": [P("""Krav om tapt arbeidsinntekt sendes lønnskontoret i egen
        kommune på fastsatt skjema innen tre måneder.""")],
    "sak-fagsystemer-ikt-holmestrand-2017": [H2("Opplæring"), P("""Ansatte som skal ta i bruk nye systemer, får
        opplæring høsten 2017. Det lages en opplæringsplan per system, og superbrukere i hver enhet skal
        hjelpe kolleger de første ukene etter sammenslåingen. Brukerstøtten forsterkes i januar 2018.""")],
    "sak-saksystem-anskaffelse-indre-ostfold-2019": [P("""Anskaffelsen gjennomføres som en åpen anbudskonkurranse
        etter anskaffelsesforskriften del III. Kontrakten skal ha en varighet på fire år med opsjon på
        forlengelse i inntil fire år.""")],
    "sak-prosjektradmann-alesund-2018": [P("""Tilsettingen er drøftet med hovedtillitsvalgte i alle fem kommunene.""")],
    "sak-navn-ny-kommune-nordre-follo-2017": [H2("Kostnader"), P("""Et nytt navn medfører kostnader til skilt,
        nettsider, brevmaler og merking av biler og bygg. Kostnadene er de samme uansett hvilket nytt navn
        som velges, og de er innarbeidet i budsjettet for delprosjekt kommunikasjon. Navnet skal brukes
        i den visuelle profilen og på kommunevåpenet.""")],
    "sak-felles-ikt-plattform-sunnfjord-2018": [P("""Prosjektet vil leggje fram ein statusrapport for fellesnemnda
        i kvart møte fram til samanslåinga. Ved større avvik frå tidsplanen skal fellesnemnda
        orienterast straks.""")],
    "sak-godtgjering-fellesnemnda-stad-2017": [P("""Krav om tapt arbeidsinntekt skal sendast innan tre månader.""")],
    "sak-malform-stad-2017": [P("""Vedtaket vil òg gjelde for kommunale føretak og for namn på tenester og
        institusjonar. Skulane held fram med nynorsk som hovudmål, slik dei har i dag.""")],
    "sak-namn-ny-kommune-kinn-2018": [H2("Kostnader"), P("""Eit nytt namn fører med seg kostnader til skilt,
        skjema, nettstad og merking av bilar. Kostnadene er dei same uansett kva namn som vert valt, og er
        lagde inn i budsjettet for delprosjekt kommunikasjon. Namnet skal også nyttast i den nye
        visuelle profilen.""")],
    "sak-partssamansett-utval-kinn-2018": [H2("Godtgjering"), P("""Medlemene frå fellesnemnda får godtgjering etter
        reglementet for godtgjering til folkevalde. Tilsetterepresentantane møter i arbeidstida og får
        ikkje eiga godtgjering, men får dekt skyss. Møta skal haldast annankvar gong i Florø og i Måløy,
        eller som videomøte når det er praktisk.""")],
}
for _k, _v in MORE2.items():
    EXTRA.setdefault(_k, []).extend(_v)

EXTRA["sak-felles-ikt-plattform-sunnfjord-2018"].append(P("""Arbeidet skal gjerast i nært samarbeid med
    leverandørane, og det skal lagast ein eigen testplan for kvart fagsystem før det vert sett i drift."""))
EXTRA["sak-partssamansett-utval-kinn-2018"].append(P("""Sekretariatet for utvalet vert lagt til prosjektleiaren."""))
EXTRA["sak-partssamansett-utval-kinn-2018"].append(P("""Utvalet skal evaluere arbeidet sitt våren 2019."""))
