"""Saker til fellesnemnda (saksfremlegg) and the topic texts they are built from."""
from kommuner import KOMMUNER, antall, gamle_liste, kommuner_felt
from sak_extra import EXTRA
from protokoll_extra import EVENTUELT
from model import doc, P, H1, H2, H3, LI, M, long_date, short_date


def sak_body(s):
    """Render a sak dict as a saksfremlegg body, in Bokmål or Nynorsk."""
    d = KOMMUNER[s["k"]]
    nn = d["lang"] == "nn"
    organ = "Fellesnemnda" if not s.get("organ") else s["organ"]
    b = [
        M(f"Fellesnemnda for {gamle_liste(s['k'])}"),
        M(f"Arkivsak: {s['arkiv']}   Saksbehandlar: {s['saksbeh']}" if nn else f"Arkivsak: {s['arkiv']}   Saksbehandler: {s['saksbeh']}"),
        M(f"{'Utval' if nn else 'Utvalg'}: {organ}   {'Møtedato' if True else ''}: {short_date(s['dato'])}   Saksnr.: {s['ps']}"),
        H1(s["tittel"]),
    ]
    if s.get("behandlet_forst"):
        b.append(M(s["behandlet_forst"]))
    b.append(H2("Rådmannen si tilråding" if nn else s.get("innst_tittel", "Rådmannens innstilling")))
    b += s["innstilling"]
    if s.get("vedlegg"):
        b.append(H2("Vedlegg"))
        b += [LI(v) for v in s["vedlegg"]]
    b.append(H2("Saksopplysningar" if nn else "Bakgrunn"))
    b += s["bakgrunn"]
    b.append(H2("Vurdering"))
    b += s["vurdering"]
    b += s.get("extra", [])
    if s.get("konklusjon"):
        b.append(H2("Konklusjon"))
        b += s["konklusjon"]
    if s.get("behandling"):
        b.append(H2(f"{'Handsaming' if nn else 'Behandling'} i {organ.lower()} {short_date(s['dato'])}"))
        b.append(P(s["behandling"]))
        b.append(H2(f"Vedtak i {organ.lower()} {short_date(s['dato'])}" if not nn else f"Vedtak i {organ.lower()} {short_date(s['dato'])}"))
        b += s["vedtak"]
    return b


# ---------------------------------------------------------------- kommunevåpen

def kommunevapen_a(k, ps, arkiv, dato, finalister, vinner):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel=f"Valg av kommunevåpen for nye {ny} kommune",
        innstilling=[P(f"""Fellesnemnda vedtar forslaget «{vinner}» som kommunevåpen for {ny} kommune fra
        {d['start']}. Prosjektrådmannen får fullmakt til å sende våpenet til Arkivverket for heraldisk
        vurdering og til å gjøre mindre tekniske justeringer av tegningen.""")],
        vedlegg=["Juryens rapport med begrunnelse", "Tegninger av de tre finalistene", "Uttalelse fra heraldisk konsulent"],
        bakgrunn=[
            P(f"""I prosjektplanen for sammenslåingen av {gamle_liste(k)} ble det bestemt at den nye kommunen
            skal ha et nytt kommunevåpen. Ingen av de tre eksisterende våpnene skal videreføres, fordi
            fellesnemnda ønsket et symbol som alle innbyggerne kan slutte seg til. I fellesnemndsmøtet
            i februar ble det vedtatt retningslinjer for en åpen konkurranse."""),
            P(f"""Konkurransen var åpen fra 1. mars til 15. april. Det kom inn 312 forslag fra innbyggere,
            skoleklasser og profesjonelle designere. En jury med to folkevalgte, en representant for
            de ansatte, en heraldiker og en kunstner har vurdert forslagene. Juryen valgte ut tre
            finalister: {', '.join('«' + f + '»' for f in finalister)}. Finalistene har fått hjelp til å
            bearbeide forslagene slik at de følger heraldiske regler."""),
            P("""Et kommunevåpen skal etter heraldisk tradisjon ha ett motiv, høyst to farger (ett metall og
            én farge) og en enkel, stilisert form. Våpenet skal kunne gjengis i små størrelser, i svart-hvitt
            og på flagg. Forslag som bryter med disse prinsippene, vil ikke bli anbefalt av Arkivverket."""),
        ],
        vurdering=[
            P(f"""Juryen har lagt vekt på om motivet har forankring i hele den nye kommunen, om det er
            enkelt og lett gjenkjennelig, og om det følger heraldiske prinsipper. «{vinner}» samler
            elementer som innbyggerne i alle tre kommunene kjenner seg igjen i: kystlinjen mot fjorden,
            skogen i åsene og de gamle ferdselsveiene. Motivet er enkelt og fungerer godt i små
            størrelser."""),
            P(f"""Flere innbyggere har i høringen uttrykt ønske om å beholde et av de gamle våpnene. Rådmannen
            har forståelse for at våpnene har betydning for lokal identitet, men mener at et nytt
            våpen markerer at {ny} er en ny kommune, og ikke en fortsettelse av én av de gamle.
            De gamle våpnene kan fortsatt brukes i historisk sammenheng, f.eks. på bygdetun og i
            lokalhistoriske publikasjoner."""),
            P("""Kostnadene ved å innføre nytt våpen er knyttet til skilt, uniformer, biler, brevmaler og
            nettsider. Disse utgiftene er innarbeidet i budsjettet for delprosjekt kommunikasjon og
            dekkes av engangstilskuddet."""),
        ],
        behandling=f"""Representanten {d['nestleder']} fremmet forslag om å utsette saken til det var holdt
        en innbyggeravstemning. Forslaget falt med 6 mot {d['medlemmer'] - 6} stemmer. Rådmannens innstilling ble
        deretter vedtatt med {d['medlemmer'] - 2} mot 2 stemmer.""",
        vedtak=[P(f"""Fellesnemnda vedtar forslaget «{vinner}» som kommunevåpen for {ny} kommune fra
        {d['start']}. Prosjektrådmannen får fullmakt til å sende våpenet til Arkivverket for heraldisk
        vurdering og til å gjøre mindre tekniske justeringer av tegningen.""")],
    )


def kommunevapen_b(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel=f"Kommunevåpen for {ny} kommune – videreføring eller nytt våpen",
        innstilling=[P(f"""{ny} kommune viderefører dagens kommunevåpen for {d['gamle'][0]} kommune. Våpenet
        tas i bruk for den sammenslåtte kommunen fra {d['start']}. Lardals kommunevåpen skal brukes på
        informasjonstavler og i kulturformål i den tidligere kommunens område.""")],
        vedlegg=["Oppsummering av innbyggerundersøkelse om kommunevåpen"],
        bakgrunn=[
            P(f"""Intensjonsavtalen mellom {gamle_liste(k)} slo fast at spørsmålet om kommunevåpen skulle
            avgjøres av fellesnemnda etter at innbyggerne var hørt. Sammenslåingen innebærer at Lardal
            blir en del av Larvik, og at den nye kommunen beholder navnet Larvik. Dette reiser spørsmål
            om det er naturlig også å beholde Larviks kommunevåpen, eller om en ny kommune bør markeres
            med et nytt symbol."""),
            P("""Det ble gjennomført en digital innbyggerundersøkelse i perioden 15. til 30. januar 2017.
            1 842 personer svarte. 61 prosent ønsket å beholde Larviks våpen, 24 prosent ønsket et nytt
            våpen, og 15 prosent hadde ingen mening. Blant svarene fra Lardal ønsket et flertall et nytt
            våpen, men mange ga uttrykk for at det var viktigere at Lardals våpen fortsatt kan brukes
            lokalt."""),
        ],
        vurdering=[
            P("""Rådmannen legger vekt på at et kommunevåpen er et offisielt kjennetegn for kommunen som
            myndighet, og at det ikke må forveksles med en logo. Larviks våpen er godkjent og har lang
            tradisjon. Å lage et nytt våpen krever en prosess som tar minst ett år, og det vil påføre
            kommunen kostnader til skilting, biler og trykksaker."""),
            P("""Samtidig er det viktig at innbyggerne i Lardal opplever at de er en likeverdig del av den nye
            kommunen. Rådmannen foreslår derfor at Lardals våpen fortsatt skal kunne brukes i kulturell
            sammenheng og på informasjonstavler ved innfartsveiene til Lardal, f.eks. ved Svarstad og
            Hvarnes. Dette er i tråd med praksis i andre sammenslåtte kommuner."""),
        ],
        konklusjon=[P("""Rådmannen anbefaler å videreføre dagens våpen, og å gi Lardals våpen en fortsatt
        plass i lokalsamfunnet.""")],
        behandling="""Det ble fremmet et alternativt forslag om å utlyse en konkurranse om nytt våpen. Ved
        alternativ votering ble rådmannens innstilling vedtatt med 11 mot 5 stemmer.""",
        vedtak=[P(f"""{ny} kommune viderefører dagens kommunevåpen for {d['gamle'][0]} kommune. Våpenet
        tas i bruk for den sammenslåtte kommunen fra {d['start']}. Lardals kommunevåpen skal brukes på
        informasjonstavler og i kulturformål i den tidligere kommunens område.""")],
    )


def kommunevapen_c(k, ps, arkiv, dato, forslag, vinner):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh="Håkon Lie",
        tittel=f"Nytt kommunevåpen – resultat av innbyggeravstemning",
        innst_tittel="Prosjektrådmannens innstilling",
        innstilling=[
            P(f"""1. Fellesnemnda tar resultatet av innbyggeravstemningen til orientering."""),
            P(f"""2. «{vinner}» vedtas som kommunevåpen for {ny} kommune."""),
            P("""3. Våpenet beskrives slik: «På grønn bunn et gull kornaks mellom to bølgende sølv
            striper.» Endelig blasonering fastsettes etter råd fra Arkivverket."""),
        ],
        bakgrunn=[
            P(f"""Fellesnemnda vedtok i sak 2018/77 at innbyggerne skulle få velge mellom tre forslag
            til nytt kommunevåpen. Forslagene var utarbeidet av en arbeidsgruppe med deltakere fra
            alle {antall(k)} kommunene, på grunnlag av innspill fra skoler, historielag og enkeltpersoner.
            Forslagene var {', '.join('«' + f + '»' for f in forslag)}."""),
            P(f"""Avstemningen ble holdt digitalt og på papir ved servicetorgene i {gamle_liste(k)} fra
            3. til 24. september 2018. Det kom inn 6 214 gyldige stemmer. «{vinner}» fikk 47 prosent,
            «{forslag[0] if forslag[0] != vinner else forslag[1]}» 31 prosent og det tredje forslaget 22 prosent. Oppslutningen var jevnt
            fordelt mellom kommunene, men noe lavere i Hobøl enn i de andre."""),
        ],
        vurdering=[
            P(f"""Prosjektrådmannen mener avstemningen har gitt et tydelig resultat og bred forankring.
            Motivet viser jordbruket og vassdragene som binder kommunene sammen, og som er et felles
            kjennetegn for Indre Østfold. Arkivverket har i en foreløpig uttalelse sagt at motivet
            kan godkjennes, men at linjene i bølgene bør forenkles."""),
            P("""Det er kommet kritikk av at ingen av de gamle våpnene ble vurdert. Prosjektrådmannen viser
            til at fellesnemnda tidlig besluttet at den nye kommunen skal ha nytt våpen og nytt navn,
            for å understreke at alle kommunene går inn i noe nytt på like fot."""),
        ],
        behandling="""Prosjektrådmannens innstilling ble enstemmig vedtatt.""",
        vedtak=[P(f"""Fellesnemnda tar resultatet av innbyggeravstemningen til orientering. «{vinner}»
        vedtas som kommunevåpen for {ny} kommune. Endelig blasonering fastsettes etter råd fra Arkivverket.""")],
    )


def kommunevapen_nn_a(k, ps, arkiv, dato, motiv):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel=f"Kommunevåpen for {ny} kommune",
        innstilling=[P(f"""Fellesnemnda vel «{motiv}» som kommunevåpen for {ny} kommune. Våpenet skal
        nyttast frå {d['start']}. Prosjektleiaren får fullmakt til å søkje godkjenning hjå
        Arkivverket.""")],
        vedlegg=["Innstilling frå juryen", "Teikningar av forslaga"],
        bakgrunn=[
            P(f"""Fellesnemnda gjorde i mars vedtak om at {ny} kommune skal ha eit nytt kommunevåpen, og at
            innbyggjarane skulle få kome med forslag. Det kom inn 187 forslag frå heile kommunen, mange
            av dei frå skuleelevar. Ein jury sett saman av to medlemer frå fellesnemnda, ein
            tillitsvald, ein lokalhistorikar og ein grafisk formgjevar har gått gjennom forslaga."""),
            P(f"""Juryen har peika ut tre forslag som har vore lagde ut til uttale: «{motiv}», «Laksen» og
            «Bjørkelauvet». Det kom inn 412 uttaler. Eit fleirtal av dei som uttalte seg, føretrekte
            «{motiv}»."""),
        ],
        vurdering=[
            P(f"""Rådmannen meiner «{motiv}» er eit godt val fordi motivet viser naturen som er felles for
            heile {ny}: fjell, fossar og elvar som renn mot fjorden. Motivet er enkelt, har berre to
            tinkturar og kan attgjevast i små storleikar. Heraldikaren som har vurdert forslaget, seier
            at det kan godkjennast utan store endringar."""),
            P("""Nokre innbyggjarar har uttrykt at dei vil halde på dei gamle våpna. Rådmannen meiner det er
            viktig å ta vare på dei gamle våpna som ein del av historia, men at ein ny kommune treng eit
            nytt symbol som alle kan kjenne seg att i. Dei gamle våpna kan framleis nyttast på
            bygdetun, i lokalhistoriske bøker og ved markeringar."""),
            P("""Kostnadene ved å ta i bruk nytt våpen er rekna til om lag 1,2 millionar kroner, mest til
            skilt, bilmerking og uniformer. Utgiftene vert dekte av eingongsstønaden frå staten."""),
        ],
        behandling=f"""{d['nestleder']} sette fram forslag om å utsetje saka. Forslaget fall. Tilrådinga frå
        rådmannen vart samrøystes vedteken.""",
        vedtak=[P(f"""Fellesnemnda vel «{motiv}» som kommunevåpen for {ny} kommune. Våpenet skal
        nyttast frå {d['start']}. Prosjektleiaren får fullmakt til å søkje godkjenning hjå
        Arkivverket.""")],
    )


def kommunevapen_nn_b(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel=f"Prosess for val av nytt kommunevåpen og visuell profil",
        innstilling=[
            P("""1. Fellesnemnda set i gang arbeidet med nytt kommunevåpen for Stad kommune."""),
            P("""2. Det vert skipa ein open konkurranse med frist 1. oktober 2018."""),
            P("""3. Ein jury på fem personar skal tilrå tre forslag. Fellesnemnda gjer endeleg vedtak."""),
        ],
        bakgrunn=[
            P(f"""Eid og Selje har kvar sitt kommunevåpen. Eid sitt våpen viser ein fjordhest i sølv, og
            Selje sitt våpen viser eit kloster. Stad er eit nytt namn, og fellesnemnda har drøfta
            om den nye kommunen òg skal ha eit nytt våpen. I drøftinga kom det fram at fleirtalet
            ønskjer eit nytt våpen, men at prosessen må vere open og gje innbyggjarane høve til å
            delta."""),
        ],
        vurdering=[
            P("""Eit kommunevåpen er eit offisielt merke for kommunen, og det skal følgje heraldiske reglar.
            Erfaringar frå andre samanslåingar viser at ein open konkurranse gir engasjement, men at det
            er lurt å ha ein fagperson med i juryen tidleg. Rådmannen tilrår difor at juryen har med
            ein heraldikar og ein grafisk formgjevar, i tillegg til tre folkevalde."""),
            P(f"""Kommunevåpenet vil vere ein del av ein heilskapleg visuell profil for {ny}, med logo,
            fargar og skrifttypar. Profilen skal vere klar før nettstaden for den nye kommunen vert
            lansert hausten 2019. Rådmannen rår til at arbeidet vert ført i nynorsk, som er
            målforma i begge kommunane."""),
        ],
        behandling="""Framlegget frå rådmannen vart samrøystes vedteke, med eit tillegg om at minst
        ein av jurymedlemene skal vere under 25 år.""",
        vedtak=[P("""Fellesnemnda set i gang arbeidet med nytt kommunevåpen for Stad kommune. Det vert skipa
        ein open konkurranse med frist 1. oktober 2018. Ein jury på fem personar, der minst ein er
        under 25 år, skal tilrå tre forslag. Fellesnemnda gjer endeleg vedtak.""")],
    )


# ---------------------------------------------------------------- rådhus / lokalisering

def radhus_a(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    r1, r2 = d["radhus"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel=f"Lokalisering av rådhus og administrasjon i nye {ny} kommune",
        innstilling=[
            P(f"""1. {r1} skal være rådhus for {ny} kommune. Kommunestyret og formannskapet har sine møter
            der."""),
            P(f"""2. {r2} videreføres som tjenestested med servicetorg, og med kontorer for
            tjenesteområdene oppvekst og teknisk."""),
            P("""3. Det skal være servicetorg i alle tidligere kommunesentre de fem første årene."""),
        ],
        vedlegg=["Rapport om arealbehov og kontorplasser", "Reisetidsanalyse for innbyggere og ansatte"],
        bakgrunn=[
            P(f"""Intensjonsavtalen mellom {gamle_liste(k)} sier at rådhuset for den nye kommunen skal
            ligge i Asker sentrum, men at tjenester og arbeidsplasser skal fordeles slik at alle deler av
            kommunen opplever nærhet til kommunen. Fellesnemnda ba i sak 2017/58 om en utredning av
            arealbehov og lokalisering av administrative funksjoner."""),
            P("""Utredningen viser at den nye kommunen vil ha om lag 1 050 kontorarbeidsplasser. Dagens
            rådhus i Asker har plass til 480, og med ombygging til aktivitetsbaserte kontorer kan
            kapasiteten økes til 600. Røyken rådhus har plass til 220 og Hurum rådhus på Tofte til 90.
            I tillegg kommer leide lokaler."""),
        ],
        vurdering=[
            P(f"""Rådmannen har vurdert tre modeller: (a) all administrasjon samlet i {r1}, (b) en
            fordeling der tjenesteområder legges til ulike rådhus, og (c) et nytt administrasjonsbygg.
            Modell (c) er vurdert som for kostbar og tidkrevende. Modell (a) gir de beste fagmiljøene,
            men betyr at mange ansatte fra Røyken og Hurum får lengre reisevei, og at arbeidsplasser
            forsvinner fra lokalsamfunnene."""),
            P(f"""Rådmannen anbefaler modell (b). Rådhusfunksjonene, politisk ledelse og sentrale
            stabsfunksjoner samles i {r1}, mens {r2} blir base for oppvekst og teknisk. Dette gir
            god utnyttelse av eksisterende bygg og en mer balansert fordeling av arbeidsplasser.
            Reisetidsanalysen viser at 85 prosent av innbyggerne har under 30 minutters reise med
            kollektivtransport til et servicetorg."""),
            P("""De økonomiske konsekvensene er beregnet til 18 millioner kroner i ombygging, som dekkes
            av investeringsbudsjettet for sammenslåingen. Driftskostnadene reduseres på sikt fordi
            leide lokaler kan sies opp."""),
        ],
        behandling=f"""Representanten Hans-Petter Aasen fremmet forslag om at Hurum rådhus også skulle være base for
        helse og omsorg. Forslaget fikk 8 stemmer og falt. Rådmannens innstilling ble vedtatt med
        {d['medlemmer'] - 8} mot 8 stemmer.""",
        vedtak=[P(f"""{r1} skal være rådhus for {ny} kommune. {r2} videreføres som tjenestested med
        servicetorg og kontorer for oppvekst og teknisk. Det skal være servicetorg i alle tidligere
        kommunesentre de fem første årene.""")],
    )


def radhus_b(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Administrasjonssenter og plassering av kommunale funksjoner",
        innstilling=[P(f"""Ski blir administrasjonssenter for {ny} kommune. Kommunestyret holder sine møter i
        Ski rådhus. Kolbotn beholder innbyggertorg, bibliotek, NAV-kontor og et fagmiljø for plan og
        byggesak. Kommunedirektøren legger fram en plan for flytting innen 1. mars 2019.""")],
        bakgrunn=[
            P("""Spørsmålet om hvor administrasjonssenteret skal ligge, har vært blant de mest omdiskuterte i
            prosessen. Oppegård og Ski har omtrent like mange innbyggere, og begge kommunesentrene har
            gode kollektivforbindelser etter at Follobanen åpner. Spørsmålet ble ikke avklart i
            intensjonsavtalen, og ble overlatt til fellesnemnda."""),
            P("""Prosjektet har fått utarbeidet en analyse av lokaler, trafikk og økonomi. Analysen viser at
            Ski rådhus kan romme hele sentraladministrasjonen etter en moderat ombygging, mens Oppegård
            rådhus må utvides dersom det skal ta imot alle."""),
        ],
        vurdering=[
            P("""Valg av administrasjonssenter handler både om praktiske forhold og om symbolikk. Et
            administrasjonssenter samler politisk ledelse, kommunedirektør og stab, men de fleste
            innbyggere møter kommunen i skoler, barnehager, helsestasjoner og sykehjem. Disse
            tjenestene vil fortsatt ligge der folk bor."""),
            P("""Kommunedirektøren vektlegger at Ski er knutepunkt for tog og buss, at rådhuset der har
            tilstrekkelig kapasitet, og at kostnadene ved dette alternativet er lavest. For å sikre
            balanse foreslås det at Kolbotn får et fagmiljø for plan og byggesak, og at innbyggertorget
            på Kolbotn styrkes med lengre åpningstid."""),
        ],
        behandling="""Det ble fremmet forslag om å legge administrasjonssenteret til Kolbotn. Forslaget fikk
        9 stemmer. Innstillingen ble vedtatt med 13 stemmer.""",
        vedtak=[P(f"""Ski blir administrasjonssenter for {ny} kommune. Kommunestyret holder sine møter i Ski
        rådhus. Kolbotn beholder innbyggertorg, bibliotek, NAV-kontor og et fagmiljø for plan og byggesak.""")],
    )


def radhus_c(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Fordeling av administrative funksjoner mellom kommunesentrene",
        innst_tittel="Prosjektrådmannens innstilling",
        innstilling=[P(f"""Askim rådhus blir hovedsete for politisk ledelse og kommunedirektørens stab. Eidsberg
        rådhus i Mysen blir sete for helse og velferd. Spydeberg, Hobøl og Trøgstad beholder
        servicekontor og enhetsledere for tjenester som ytes lokalt.""")],
        bakgrunn=[
            P(f"""Fem kommuner skal bli én, og fem kommunehus skal få nye roller. I intensjonsavtalen ble det
            lagt til grunn at {ny} skal ha en desentralisert struktur, der ingen av de gamle
            kommunesentrene mister alle arbeidsplasser. Partssammensatt utvalg har drøftet saken
            med tillitsvalgte i møte {short_date('2018-08-21')}."""),
            P("""Askim er den største byen og har et rådhus med plass til om lag 300 ansatte. Mysen er
            regionsenter for helse og har nærhet til sykehjem og legevakt. De tre mindre kommunene har
            rådhus med 40 til 80 arbeidsplasser."""),
        ],
        vurdering=[
            P("""En spredt struktur gir kortere vei til tjenestene og bidrar til levende lokalsamfunn. Ulempen
            er at fagmiljøer kan bli små, og at ledere må bruke tid på å reise mellom stedene.
            Prosjektrådmannen mener ulempene kan reduseres gjennom digitale møteløsninger og ved at
            hvert fagområde samles på ett sted."""),
            P("""Forslaget innebærer at om lag 60 ansatte får nytt arbeidssted. De ansatte det gjelder, skal
            få informasjon før saken behandles, og flyttingen skal drøftes med tillitsvalgte i tråd
            med hovedavtalen."""),
        ],
        behandling="""Prosjektrådmannens innstilling ble vedtatt mot 3 stemmer.""",
        vedtak=[P("""Askim rådhus blir hovedsete for politisk ledelse og kommunedirektørens stab. Eidsberg
        rådhus i Mysen blir sete for helse og velferd. Spydeberg, Hobøl og Trøgstad beholder
        servicekontor og enhetsledere for lokale tjenester.""")],
    )


def radhus_nn_a(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel=f"Lokalisering av rådhus og servicekontor i {ny} kommune",
        innstilling=[P(f"""Førde rådhus skal vere rådhus i {ny} kommune. Det skal vere servicekontor med fast
        bemanning på Skei, i Sande og i Naustdal. Nokre fellesfunksjonar, mellom anna løn og
        arkiv, skal liggje utanfor Førde.""")],
        bakgrunn=[
            P(f"""Intensjonsavtalen for {ny} seier at rådhuset skal liggje i Førde, og at arbeidsplassar
            skal fordelast slik at heile kommunen får del i dei. Fellesnemnda bad i juni om ei sak som
            viser korleis dette kan gjerast i praksis."""),
            P("""Førde rådhus har i dag 160 arbeidsplassar. Ved å ta i bruk ledige areal i det gamle
            tinghuset kan det bli plass til om lag 220. Jølster, Gaular og Naustdal har rådhus med
            mellom 30 og 60 arbeidsplassar."""),
        ],
        vurdering=[
            P("""Rådmannen meiner det er naturleg å samle politisk leiing og administrativ leiing i Førde,
            som er regionsenter og har best tilgang til kollektivtransport. Samstundes er det viktig at
            innbyggjarane i heile kommunen har eit servicekontor i nærleiken, og at nokre
            fellesfunksjonar ligg i dei tidlegare kommunesentra."""),
            P("""Løn og personal vert lagt til Skei, og arkivtenesta vert lagt til Sande. Dette gir om lag 25
            arbeidsplassar utanfor Førde i tillegg til dei lokale tenestene. Tillitsvalde er orienterte
            og har ikkje merknader."""),
        ],
        behandling="""Framlegg om at også landbrukskontoret skulle liggje på Skei, vart vedteke som tillegg.
        Tilrådinga vart elles samrøystes vedteken.""",
        vedtak=[P(f"""Førde rådhus skal vere rådhus i {ny} kommune. Det skal vere servicekontor med fast
        bemanning på Skei, i Sande og i Naustdal. Løn og personal, arkiv og landbrukskontoret skal
        liggje utanfor Førde.""")],
    )


def radhus_nn_b(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Plassering av kommunale funksjonar i Florø og Måløy",
        innstilling=[P(f"""{ny} kommune skal ha ein todelt administrasjon. Ordførar, kommunedirektør og stab
        skal ha kontor i Florø. Tenesteområda for oppvekst og kultur og for teknisk drift skal ha
        leiing i Måløy. Begge rådhusa skal ha servicetorg.""")],
        bakgrunn=[
            P("""Flora og Vågsøy ligg om lag to timar frå kvarandre med bil. Avstanden gjer at det ikkje er
            naturleg å samle all administrasjon på éin stad. Intensjonsavtalen slår fast at
            kommunesenteret skal vere i Florø, men at Måløy skal ha ei sterk rolle i den nye
            kommunen."""),
        ],
        vurdering=[
            P("""Rådmannen har vurdert både ein modell med samla administrasjon i Florø og ein todelt modell.
            Ein samla modell gir sterkare fagmiljø, men krev at mange tilsette flyttar eller pendlar
            langt. Ein todelt modell tek vare på arbeidsplassar og kompetanse i Måløy, men krev god
            bruk av digitale verktøy og tydeleg leiing."""),
            P("""Rådmannen tilrår den todelte modellen. Det er lagt vekt på at fleire tenester har sterke
            fagmiljø i Måløy i dag, og at det vil ta lang tid å byggje opp tilsvarande kompetanse i
            Florø. Politiske møte bør gå på omgang mellom Florø og Måløy."""),
        ],
        behandling="""Tilrådinga vart vedteken med eit tillegg om at kommunestyremøta skal haldast annankvar gong
        i Florø og i Måløy.""",
        vedtak=[P(f"""{ny} kommune skal ha ein todelt administrasjon med kommunedirektør og stab i Florø og
        leiing for oppvekst og kultur og for teknisk drift i Måløy. Kommunestyremøta skal haldast
        annankvar gong i Florø og i Måløy.""")],
    )


# ---------------------------------------------------------------- godtgjøring til fellesnemnda

def godtgj_fn_a(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Godtgjøring til fellesnemndas medlemmer",
        innstilling=[
            P("""1. Medlemmer og møtende varamedlemmer i fellesnemnda får møtegodtgjøring etter satsene i
            sin egen kommunes godtgjøringsreglement."""),
            P("""2. Lederen av fellesnemnda får en fast godtgjøring på 10 prosent av ordførergodtgjøringen i
            Larvik."""),
            P("""3. Utgiftene dekkes av prosjektbudsjettet."""),
        ],
        bakgrunn=[
            P(f"""Fellesnemnda er et folkevalgt organ etter inndelingslova § 25, og medlemmene har krav på
            godtgjøring på samme måte som andre folkevalgte, jf. kommuneloven § 8-4. Kommunestyrene i
            {gamle_liste(k)} har i sine vedtak om opprettelse av fellesnemnda ikke tatt stilling til
            godtgjøringen, og fellesnemnda må derfor selv fastsette dette."""),
            P("""Larvik har en møtegodtgjøring på 1 100 kroner, mens Lardal har 800 kroner. Reglene for
            tapt arbeidsinntekt er like i de to kommunene."""),
        ],
        vurdering=[
            P("""Rådmannen har vurdert to alternativer: felles satser for alle medlemmer, eller at hver
            kommune betaler sine medlemmer etter egne regler. Det enkleste er å bruke egne regler, fordi
            reglementene allerede gjelder, og medlemmene kjenner dem. Ulempen er at medlemmene får
            ulik godtgjøring for samme arbeid. Forskjellen er likevel liten, og perioden er kort."""),
            P("""Lederen av fellesnemnda vil ha en betydelig arbeidsbelastning i perioden. Rådmannen
            foreslår derfor en fast godtgjøring for lederen."""),
        ],
        behandling="""Rådmannens innstilling ble enstemmig vedtatt. Lederen av fellesnemnda fratrådte under
        behandlingen av punkt 2, jf. forvaltningsloven § 6.""",
        vedtak=[P("""Medlemmer og møtende varamedlemmer i fellesnemnda får møtegodtgjøring etter satsene i
        sin egen kommunes godtgjøringsreglement. Lederen av fellesnemnda får en fast godtgjøring på 10
        prosent av ordførergodtgjøringen i Larvik. Utgiftene dekkes av prosjektbudsjettet.""")],
    )


def godtgj_fn_b(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Økonomiske vilkår for medlemmene i fellesnemnda og partssammensatt utvalg",
        innstilling=[P(f"""Fellesnemnda fastsetter felles møtegodtgjøring på 1 300 kroner per møte for
        medlemmer av fellesnemnda, arbeidsutvalget og partssammensatt utvalg. Tapt arbeidsinntekt og
        reiseutgifter dekkes etter godtgjøringsreglementet for Ålesund kommune. Ordningen gjelder fra
        konstituerende møte og til {d['start']}.""")],
        bakgrunn=[
            P(f"""Fellesnemnda for {gamle_liste(k)} har {d['medlemmer']} medlemmer. Arbeidsutvalget har 9 medlemmer og
            partssammensatt utvalg {d['pst_medl']}. De fem kommunene har ulike satser for møtegodtgjøring, fra
            700 kroner i Sandøy til 1 300 kroner i Ålesund, og ulike regler for tapt arbeidsinntekt.
            Det er behov for en felles ordning for den tiden fellesnemnda virker."""),
        ],
        vurdering=[
            P("""Prosjektrådmannen mener at alle medlemmer bør få lik godtgjøring for samme innsats, uavhengig
            av hvilken kommune de er valgt fra. Det er naturlig å ta utgangspunkt i satsen til den største
            kommunen, siden det er den som ligger nærmest det nivået den nye kommunen trolig vil
            velge. Merkostnaden er beregnet til om lag 180 000 kroner per år."""),
            P("""Reiseavstandene i den nye kommunen er store, og flere medlemmer må ta ferje. Det er derfor
            viktig at reiseutgifter og reisetid dekkes fullt ut. Godtgjøringsreglementet for Ålesund gir
            dekning etter statens satser og godtgjøring for reisetid over tre timer."""),
        ],
        behandling="""Det ble fremmet forslag om at godtgjøringen skulle settes til 1 000 kroner. Forslaget
        falt. Innstillingen ble vedtatt med 31 mot 4 stemmer.""",
        vedtak=[P(f"""Felles møtegodtgjøring på 1 300 kroner per møte for medlemmer av fellesnemnda,
        arbeidsutvalget og partssammensatt utvalg. Tapt arbeidsinntekt og reiseutgifter dekkes etter
        godtgjøringsreglementet for Ålesund kommune. Ordningen gjelder til {d['start']}.""")],
    )


def godtgj_fn_c(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Godtgjøring for møter i fellesnemnda og partssammensatt utvalg",
        innstilling=[P("""Godtgjøring for møter i fellesnemnda og partssammensatt utvalg utbetales av den kommunen
        representanten er valgt fra, etter kommunens eget reglement for godtgjøring. Hof kommune
        fakturerer prosjektet for sine utgifter hvert halvår.""")],
        bakgrunn=[
            P("""Ved opprettelsen av fellesnemnda var det ikke tatt stilling til hvordan medlemmene skal
            godtgjøres. Holmestrand og Hof har ulike reglementer. Sekretariatet har mottatt spørsmål fra
            flere medlemmer om utbetaling for de første møtene."""),
        ],
        vurdering=[
            P("""Rådmannen anbefaler en enkel løsning der kommunene utbetaler etter egne regler. Dette
            krever ikke nye rutiner i lønnssystemet, og det er de samme lønnskontorene som utbetaler
            godtgjøring til medlemmene i kommunestyrene. Prosjektet dekker utgiftene gjennom
            refusjon."""),
        ],
        behandling="""Innstillingen ble enstemmig vedtatt.""",
        vedtak=[P("""Godtgjøring for møter i fellesnemnda og partssammensatt utvalg utbetales av den kommunen
        representanten er valgt fra, etter kommunens eget reglement. Hof kommune fakturerer prosjektet
        for sine utgifter hvert halvår.""")],
    )


def godtgj_fn_nn(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Godtgjering til medlemene i fellesnemnda",
        innstilling=[P("""Medlemene i fellesnemnda får 900 kroner per møte. Leiaren får fast godtgjering på
        15 prosent av ordførargodtgjeringa i Eid. Tapt arbeidsinntekt og skyss vert dekt etter
        reglementet i Eid kommune.""")],
        bakgrunn=[
            P("""Fellesnemnda er eit folkevald organ, jf. inndelingslova § 25, og medlemene har rett på
            godtgjering. Eid og Selje har ulike satsar. I Eid er møtegodtgjeringa 900 kroner, i Selje
            750 kroner. Det er behov for ei felles ordning."""),
        ],
        vurdering=[
            P("""Rådmannen meiner det er rett at alle medlemene får same godtgjering. Satsen frå Eid er valt
            fordi han ligg nærast det som er vanleg i kommunar av same storleik. Leiaren av
            fellesnemnda vil bruke mykje tid på arbeidet, og bør ha fast godtgjering i tillegg."""),
            P("""Mange av medlemene frå Selje må reise langt til møta på Nordfjordeid. Det er difor viktig at
            skyss vert dekt fullt ut, og at møta vert lagde til tider som passar med ferje og buss."""),
        ],
        behandling="""Tilrådinga vart samrøystes vedteken. Leiaren gjekk frå under handsaminga av spørsmålet om
        eiga godtgjering.""",
        vedtak=[P("""Medlemene i fellesnemnda får 900 kroner per møte. Leiaren får fast godtgjering på 15
        prosent av ordførargodtgjeringa i Eid. Tapt arbeidsinntekt og skyss vert dekt etter reglementet
        i Eid kommune.""")],
    )


# ---------------------------------------------------------------- felles IKT-plattform

def ikt_sak_a(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh="Fredrik Ødegård",
        tittel=f"Felles IKT-plattform og driftsmodell for {ny} kommune",
        innstilling=[P(f"""{ny} kommune etablerer egen IKT-drift basert på dagens driftsmiljø i Asker.
        Røyken og Hurum migreres til denne plattformen innen 1. juni 2019. Rammen for
        investeringer i IKT i sammenslåingsprosjektet settes til 42 millioner kroner.""")],
        vedlegg=["Rapport fra delprosjekt IKT", "Risikovurdering av migrering"],
        bakgrunn=[
            P(f"""Asker har egen IKT-drift, mens Røyken og Hurum kjøper driftstjenester fra et interkommunalt
            selskap. En felles IKT-plattform er en forutsetning for at ansatte i {ny} skal kunne
            samarbeide fra første dag. Delprosjekt IKT har utredet tre alternativer: egen drift,
            interkommunal drift og driftsavtale med en privat leverandør."""),
        ],
        vurdering=[
            P("""Egen drift bygger på et eksisterende miljø med kapasitet og kompetanse, og gir kommunen
            kontroll over prioriteringer og informasjonssikkerhet. Interkommunal drift ville kreve at
            Asker flyttet hele sin portefølje, noe som er mer risikabelt. En privat driftsavtale krever
            en omfattende anskaffelse som neppe kan gjennomføres i tide."""),
            P("""Migreringen av Røyken og Hurum må skje i god tid før sammenslåingen, slik at fagsystemene
            kan konverteres høsten 2019. Rådmannen vurderer at risikoen er akseptabel dersom arbeidet
            starter straks."""),
        ],
        behandling="""Innstillingen ble enstemmig vedtatt.""",
        vedtak=[P(f"""{ny} kommune etablerer egen IKT-drift basert på dagens driftsmiljø i Asker. Røyken og
        Hurum migreres til plattformen innen 1. juni 2019. Investeringsrammen for IKT settes til 42
        millioner kroner.""")],
    )


def ikt_sak_b(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Valg av fagsystemer og felles IKT-løsning",
        innstilling=[P("""Fellesnemnda slutter seg til delprosjekt IKTs anbefaling om valg av fagsystemer.
        Felles IKT-løsning for Holmestrand kommune leveres gjennom det eksisterende IKT-samarbeidet
        i Vestfold. Rådmannen får fullmakt til å inngå nødvendige avtaler.""")],
        bakgrunn=[
            P("""Holmestrand og Hof er begge med i et interkommunalt IKT-samarbeid, men bruker ulike systemer
            for sak/arkiv, økonomi og pleie og omsorg. Delprosjektet har kartlagt 64 systemer i
            Holmestrand og 41 i Hof. For de fleste områdene er det valgt Holmestrands system, fordi
            det har flest brukere."""),
        ],
        vurdering=[
            P("""Rådmannen mener det er en fordel at begge kommunene allerede deler infrastruktur. Det gjør
            det mulig å samle systemene raskt. Der Hof har et bedre system, f.eks. for kart og
            oppmåling, anbefales Hofs system. Konverteringskostnadene er anslått til 3,4 millioner
            kroner."""),
        ],
        behandling="""Innstillingen ble enstemmig vedtatt.""",
        vedtak=[P("""Fellesnemnda slutter seg til anbefalingen om valg av fagsystemer. Felles IKT-løsning
        leveres gjennom IKT-samarbeidet i Vestfold. Rådmannen får fullmakt til å inngå avtaler.""")],
    )


def ikt_sak_nn(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh="Vegard Råd",
        tittel=f"Val av felles IKT-plattform for {ny} kommune",
        innstilling=[P(f"""{ny} kommune skal nytte IKT-plattforma til Førde kommune som grunnlag for den
        felles plattforma. Jølster, Gaular og Naustdal vert flytta over innan 1. september 2019.
        Fellesnemnda løyver 9,5 millionar kroner til arbeidet.""")],
        bakgrunn=[
            P(f"""Dei fire kommunane har i dag ulike løysingar. Førde har eiga drift, medan dei tre andre
            kommunane har eit samarbeid om drift. Ei felles IKT-plattform er naudsynt for at {ny}
            skal fungere som éin organisasjon frå første dag."""),
        ],
        vurdering=[
            P("""Rådmannen har vurdert å byggje ei ny plattform frå grunnen, men det vil ta for lang tid og
            koste meir. Førde si plattform har kapasitet nok, og kompetansen finst allereie i kommunen.
            Det er likevel viktig at IKT-tilsette frå alle kommunane får ei rolle i den nye
            organisasjonen."""),
            P("""Den største risikoen er at konverteringa av fagsystem tek lengre tid enn planlagt.
            Prosjektet vil difor prioritere sak/arkiv, løn og helse først."""),
        ],
        behandling="""Tilrådinga vart samrøystes vedteken.""",
        vedtak=[P(f"""{ny} kommune skal nytte IKT-plattforma til Førde kommune som grunnlag. Jølster, Gaular
        og Naustdal vert flytta over innan 1. september 2019. Fellesnemnda løyver 9,5 millionar kroner.""")],
    )


def ikt_sak_c(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    ny = d["ny"]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh="Lise Lotte Bjørnstad",
        tittel="Anskaffelse av felles sak/arkivsystem og plattform for digitale tjenester",
        innst_tittel="Prosjektrådmannens innstilling",
        innstilling=[P("""Prosjektrådmannen gis fullmakt til å gjennomføre en felles anskaffelse av sak/arkivsystem
        og plattform for digitale innbyggertjenester for Indre Østfold kommune, innenfor en ramme på
        14 millioner kroner.""")],
        bakgrunn=[
            P(f"""De {antall(k)} kommunene bruker i dag tre ulike sak/arkivsystemer. Avtalene med leverandørene er
            gått ut eller kan ikke utvides til å gjelde en ny kommune med {d['innbyggere']} innbyggere uten ny
            konkurranse. Det er derfor behov for en anskaffelse."""),
        ],
        vurdering=[
            P("""Et felles sak/arkivsystem er kritisk for at den nye kommunen skal kunne behandle saker fra
            første dag. Prosjektrådmannen anbefaler at anskaffelsen også omfatter en plattform for
            digitale tjenester, slik at innbyggerne kan sende søknader og følge sin egen sak digitalt.
            Kravspesifikasjonen er utarbeidet i samarbeid med arkivtjenesten og IKT."""),
        ],
        behandling="""Innstillingen ble enstemmig vedtatt.""",
        vedtak=[P("""Prosjektrådmannen gis fullmakt til å gjennomføre en felles anskaffelse av sak/arkivsystem og
        plattform for digitale innbyggertjenester innenfor en ramme på 14 millioner kroner.""")],
    )


# ---------------------------------------------------------------- other topics

def navn_nb(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Navn på den nye kommunen",
        innstilling=[P("""Fellesnemnda anbefaler at den nye kommunen skal hete Nordre Follo. Saken oversendes
        kommunestyrene i Oppegård og Ski for uttalelse før departementet fastsetter navnet.""")],
        bakgrunn=[
            P("""Etter inndelingslova § 25 skal fellesnemnda forberede saker om navn på den nye kommunen.
            Navnet fastsettes av Kongen. Det kom inn 260 forslag fra innbyggerne, blant annet Follo,
            Oppegård og Ski, Kolski, Nordre Follo og Gjersjø. Språkrådet har gitt råd om
            skrivemåten."""),
        ],
        vurdering=[
            P("""Navnet bør vise tilhørighet til regionen og ikke oppfattes som en videreføring av én av de
            gamle kommunene. «Follo» alene vil kunne skape forvirring med regionen og andre
            Follo-kommuner. «Nordre Follo» er geografisk presist og har støtte i innbyggerundersøkelsen,
            der 38 prosent foretrakk dette navnet."""),
        ],
        behandling="""Forslaget om navnet «Oppegård og Ski» fikk 4 stemmer. Innstillingen ble vedtatt med 18 stemmer.""",
        vedtak=[P("""Fellesnemnda anbefaler at den nye kommunen skal hete Nordre Follo.""")],
    )


def namn_nn(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Namn på den nye kommunen",
        innstilling=[P("""Fellesnemnda tilrår at den nye kommunen får namnet Kinn. Saka vert send til
        kommunestyra i Flora og Vågsøy før departementet fastset namnet.""")],
        bakgrunn=[
            P("""Flora og Vågsøy har vore usamde om namnet på den nye kommunen. Både «Flora» og «Vågsøy»
            vart vurderte, men ingen av kommunane ville at den nye kommunen skulle få namnet til den
            andre. Det kom inn 140 forslag frå innbyggjarane. Ei gruppe frå begge kommunane har
            vurdert forslaga saman med namnekonsulenten i Språkrådet."""),
        ],
        vurdering=[
            P("""Kinn er namnet på ei øy og ei gammal kyrkje vest for Florø, og har lang historie i regionen.
            Namnet er kort, lett å uttale og kan ikkje forvekslast med andre kommunar. Det er
            nøytralt i høve til dei to gamle kommunane. Rådmannen tilrår difor Kinn."""),
        ],
        behandling="""Framlegg om namnet «Nordfjord og Sunnfjord» fekk 2 røyster. Tilrådinga vart vedteken med 15
        røyster.""",
        vedtak=[P("""Fellesnemnda tilrår at den nye kommunen får namnet Kinn.""")],
    )


def prosjektradmann(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh="Arbeidsutvalget",
        organ="Fellesnemnda",
        tittel="Ansettelse av prosjektrådmann for nye Ålesund kommune",
        innst_tittel="Arbeidsutvalgets innstilling",
        innstilling=[P(f"""{d['radmann']} ansettes som prosjektrådmann for nye Ålesund kommune fra 1. mars 2018,
        og som rådmann i den nye kommunen fra 1. januar 2020. Lønn og vilkår fastsettes av
        arbeidsutvalget.""")],
        bakgrunn=[
            P("""Etter inndelingslova § 25 kan fellesnemnda ansette administrativ leder for den nye kommunen.
            Stillingen ble utlyst i november 2017, og det kom 23 søkere. Arbeidsutvalget har intervjuet
            seks søkere, med bistand fra et rekrutteringsbyrå. Tillitsvalgte har deltatt i
            intervjuene."""),
        ],
        vurdering=[
            P(f"""Arbeidsutvalget har lagt vekt på erfaring fra ledelse av store organisasjoner, erfaring fra
            omstilling, og evne til å bygge tillit i en organisasjon som skal samle fem kulturer.
            {d['radmann']} har ledet en stor kommune i åtte år, og har erfaring med omstilling fra
            tidligere stilling i helseforetak. Referansene er gode."""),
        ],
        behandling="""Saken ble behandlet for lukkede dører, jf. kommuneloven § 31. Innstillingen ble enstemmig vedtatt.""",
        vedtak=[P(f"""{d['radmann']} ansettes som prosjektrådmann fra 1. mars 2018 og rådmann fra 1. januar 2020.""")],
    )


def budsjett_fn(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Budsjett for fellesnemnda og sammenslåingsprosjektet 2016",
        innstilling=[P("""Budsjett for sammenslåingsprosjektet for 2016 vedtas med en ramme på 38,5 millioner
        kroner, finansiert med engangstilskudd og reformstøtte fra staten. Prosjektrådmannen kan
        omdisponere mellom delprosjekter innenfor rammen.""")],
        bakgrunn=[
            P(f"""Staten gir tilskudd til engangskostnader ved sammenslåingen. For {gamle_liste(k)} utgjør
            dette 50 millioner kroner, i tillegg til reformstøtte på 25 millioner kroner. Midlene er
            utbetalt til Sandefjord kommune, som fører regnskapet for fellesnemnda."""),
        ],
        vurdering=[
            P("""Den største posten er IKT, med 17 millioner kroner. Deretter følger lønn til prosjektledelse og
            frikjøp, med 9 millioner, og kommunikasjon og identitet, med 3 millioner. Det er satt av en
            reserve på 2 millioner kroner til uforutsette utgifter, f.eks. konvertering av arkiv."""),
            LI("IKT og digitalisering: 17,0 mill. kr"),
            LI("Prosjektledelse og frikjøp: 9,0 mill. kr"),
            LI("Kommunikasjon, identitet og kommunevåpen: 3,0 mill. kr"),
            LI("Arkiv: 2,5 mill. kr"),
            LI("Opplæring og organisasjonsutvikling: 5,0 mill. kr"),
            LI("Reserve: 2,0 mill. kr"),
        ],
        behandling="""Innstillingen ble enstemmig vedtatt.""",
        vedtak=[P("""Budsjett for sammenslåingsprosjektet for 2016 vedtas med en ramme på 38,5 millioner kroner.""")],
    )


def innplassering(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        organ="Partssammensatt utvalg",
        tittel="Prinsipper for innplassering av ansatte i ny organisasjon",
        innstilling=[P("""Partssammensatt utvalg slutter seg til prinsippene for innplassering av ansatte.
        Innplasseringen skal være gjennomført innen 1. juni 2016.""")],
        bakgrunn=[
            P(f"""Alle ansatte i {gamle_liste(k)} skal overføres til Sandefjord kommune, jf. arbeidsmiljøloven
            kapittel 16 om virksomhetsoverdragelse. Partssammensatt utvalg er opprettet etter
            inndelingslova § 26 og skal behandle saker om forholdet mellom arbeidsgiver og ansatte.
            Prinsippene er drøftet med hovedtillitsvalgte."""),
        ],
        vurdering=[
            LI("Ansatte følger sine arbeidsoppgaver inn i ny organisasjon (prinsippet om at ansatte følger oppgavene)."),
            LI("Ingen skal sies opp som følge av sammenslåingen."),
            LI("Ansatte beholder opparbeidede rettigheter, herunder ansiennitet og pensjon."),
            LI("Ved overtallighet gjennomføres en kartleggingssamtale, og den ansatte kan gi uttrykk for ønsker."),
            LI("Ledere innplasseres før øvrige ansatte, i tråd med ny organisasjonsstruktur."),
            P("""Prosjektrådmannen mener prinsippene gir forutsigbarhet for de ansatte, og at de er i tråd med
            praksis i andre kommunesammenslåinger. Arbeidsgiveransvaret ligger fortsatt hos de gamle
            kommunene fram til sammenslåingen."""),
        ],
        behandling="""Innstillingen ble enstemmig vedtatt. De ansattes representanter fikk protokollført at
        de forutsetter at lønnsharmonisering drøftes i egen sak.""",
        vedtak=[P("""Partssammensatt utvalg slutter seg til prinsippene for innplassering. Innplasseringen
        skal være gjennomført innen 1. juni 2016.""")],
    )


def partssamansett_nn(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Oppretting av partssamansett utval",
        innstilling=[P(f"""Det vert oppretta eit partssamansett utval med {d['pst_medl']} medlemer: fire frå
        fellesnemnda og tre tilsetterepresentantar. Utvalet skal handsame saker om tilhøvet mellom
        arbeidsgjevar og tilsette, jf. inndelingslova § 26.""")],
        bakgrunn=[
            P("""Inndelingslova § 26 krev at det vert oppretta eit partssamansett utval når kommunar skal slåast
            saman. Utvalet skal vere samansett av medlemer frå fellesnemnda og representantar for dei
            tilsette. Fellesnemnda fastset sjølv talet på medlemer."""),
        ],
        vurdering=[
            P("""Rådmannen tilrår at utvalet får sju medlemer, slik at både Flora og Vågsøy og dei største
            fagforeiningane er representerte. Leiaren av fellesnemnda bør leie utvalet. Utvalet skal
            handsame mellom anna arbeidsgjevarpolitikk, innplassering av tilsette og
            omstillingsavtale."""),
        ],
        behandling="""Tilrådinga vart samrøystes vedteken.""",
        vedtak=[P(f"""Det vert oppretta eit partssamansett utval med {d['pst_medl']} medlemer. Utvalet handsamar saker om
        tilhøvet mellom arbeidsgjevar og tilsette, jf. inndelingslova § 26.""")],
    )


def malform_nn(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Målform for Stad kommune",
        innstilling=[P("""Stad kommune skal ha nynorsk som administrasjonsmål. Fellesnemnda ber departementet
        fastsetje dette i forskrifta om samanslåinga.""")],
        bakgrunn=[
            P("""Både Eid og Selje har nynorsk som administrasjonsmål i dag. Etter mållova må ein ny kommune
            gjere vedtak om målform. Dersom fellesnemnda gjer vedtak, kan departementet ta det med i
            forskrifta om samanslåinga, slik at vedtaket gjeld frå første dag."""),
        ],
        vurdering=[
            P("""Nynorsk er hovudmålet i skulane i begge kommunane, og det er ingen som har teke til orde for
            ei anna løysing. Rådmannen tilrår difor at Stad får nynorsk som administrasjonsmål. Vedtaket
            inneber at all skriftleg kommunikasjon frå kommunen til innbyggjarar og statlege organ skal
            vere på nynorsk."""),
        ],
        behandling="""Tilrådinga vart samrøystes vedteken.""",
        vedtak=[P("""Stad kommune skal ha nynorsk som administrasjonsmål.""")],
    )


def reglement_fn(k, ps, arkiv, dato):
    d = KOMMUNER[k]
    return dict(k=k, ps=ps, arkiv=arkiv, dato=dato, saksbeh=d["sekretaer"],
        tittel="Reglement for fellesnemnda for Asker, Røyken og Hurum",
        innstilling=[P("""Fellesnemnda vedtar reglement for fellesnemnda som vedlagt. Reglementet gjelder til den
        nye kommunen er etablert.""")],
        vedlegg=["Forslag til reglement for fellesnemnda"],
        bakgrunn=[
            P(f"""Kommunestyrene vedtok likelydende vedtak om fellesnemnda i juni 2017, jf. inndelingslova
            § 25. Fellesnemnda har {d['medlemmer']} medlemmer, ni fra hver kommune. Fellesnemnda skal
            samordne forberedelsene til sammenslåingen, ansette prosjektrådmann, utarbeide budsjett for
            den nye kommunens første år og vedta reglementer."""),
        ],
        vurdering=[
            P("""Reglementet bygger på kommunelovens regler for folkevalgte organer. Det fastsetter at
            fellesnemnda møter minst seks ganger i året, at møtene er åpne, og at innkalling og sakliste
            kunngjøres på nettsiden for sammenslåingen. Lederen av fellesnemnda kan treffe vedtak i
            hastesaker etter tilsvarende regler som i kommuneloven § 11-8. Et arbeidsutvalg med seks
            medlemmer forbereder sakene."""),
            P("""Fellesnemnda får myndighet til å vedta reglementer som skal gjelde for den nye kommunen,
            f.eks. delegeringsreglement, økonomireglement og reglement for godtgjøring, jf.
            inndelingslova § 25 fjerde ledd. Reglementene skal senere vurderes av det nye
            kommunestyret."""),
        ],
        behandling="""Innstillingen ble enstemmig vedtatt.""",
        vedtak=[P("""Fellesnemnda vedtar reglement for fellesnemnda. Reglementet gjelder til den nye kommunen er etablert.""")],
    )


# ---------------------------------------------------------------- assembly

import random

FORNAVN = ["Anne", "Bjørn", "Camilla", "Dag", "Elin", "Frode", "Gunhild", "Hallvard", "Ida", "Jostein", "Kristin",
           "Lars", "Mona", "Nils", "Oddny", "Petter", "Ragnhild", "Sindre", "Trine", "Ulf", "Vigdis", "Øystein",
           "Åse", "Aasmund", "André", "Hélène", "Jørgen", "Synnøve", "Kåre", "Torunn"]
ETTERNAVN = ["Aasen", "Berg", "Dahl", "Eriksen", "Fossum", "Grønli", "Haugland", "Iversen", "Johansen", "Kvam",
             "Lund", "Myhre", "Nygård", "Olsen", "Pedersen", "Rønning", "Solberg", "Thorsen", "Ueland", "Vik",
             "Ødegaard", "Ås", "Bakke", "Strand", "Aarnes", "Løvås", "Sæther", "Hjelle", "Bø", "Tveit"]

SAKER = [
    # key, builder, kommune, ps, arkiv, date, fmt, topic, enc
    ("sak-reglement-fellesnemnda-asker-2017", reglement_fn, "asker", "PS 05/17", "2017/1183", "2017-09-12", "txt", "reglement fellesnemnda", "cp1252"),
    ("sak-kommunevapen-asker-2018", kommunevapen_a, "asker", "PS 22/18", "2018/411", "2018-06-05", "docx", "kommunevåpen", "utf-8"),
    ("sak-radhus-lokalisering-asker-2018", radhus_a, "asker", "PS 23/18", "2018/298", "2018-06-05", "html", "rådhus lokalisering", "utf-8"),
    ("sak-felles-ikt-plattform-asker-2018", ikt_sak_a, "asker", "PS 31/18", "2018/517", "2018-09-18", "md", "felles IKT-plattform", "utf-8"),
    ("sak-godtgjoring-fellesnemnda-larvik-2016", godtgj_fn_a, "larvik", "PS 03/16", "2016/1744", "2016-09-06", "txt", "godtgjøring fellesnemnda", "utf-8"),
    ("sak-kommunevapen-larvik-2017", kommunevapen_b, "larvik", "PS 08/17", "2017/123", "2017-02-14", "odt", "kommunevåpen", "utf-8"),
    ("sak-budsjett-fellesnemnda-sandefjord-2015", budsjett_fn, "sandefjord", "PS 04/15", "2015/2210", "2015-11-24", "rtf", "budsjett fellesnemnda", "utf-8"),
    ("sak-innplassering-ansatte-sandefjord-2016", innplassering, "sandefjord", "PS 02/16", "2016/117", "2016-02-09", "txt", "innplassering ansatte", "utf-16"),
    ("sak-godtgjoring-fellesnemnda-holmestrand-2016", godtgj_fn_c, "holmestrand", "PS 07/16", "2016/845", "2016-10-04", "md", "godtgjøring fellesnemnda", "utf-8"),
    ("sak-fagsystemer-ikt-holmestrand-2017", ikt_sak_b, "holmestrand", "PS 19/17", "2017/402", "2017-04-25", "txt", "felles IKT-plattform", "utf-8"),
    ("sak-administrative-funksjoner-indre-ostfold-2018", radhus_c, "indre-ostfold", "PS 39/18", "2018/96", "2018-09-04", "docx", "rådhus lokalisering", "utf-8"),
    ("sak-kommunevapen-indre-ostfold-2018", kommunevapen_c, "indre-ostfold", "PS 48/18", "2018/112", "2018-10-16", "html", "kommunevåpen", "utf-8"),
    ("sak-saksystem-anskaffelse-indre-ostfold-2019", ikt_sak_c, "indre-ostfold", "PS 12/19", "2019/033", "2019-02-19", "odt", "felles IKT-plattform", "utf-8"),
    ("sak-godtgjoring-fellesnemnda-alesund-2017", godtgj_fn_b, "alesund", "PS 05/17", "2017/2291", "2017-11-07", "rtf", "godtgjøring fellesnemnda", "utf-8"),
    ("sak-prosjektradmann-alesund-2018", prosjektradmann, "alesund", "PS 02/18", "2018/014", "2018-01-16", "txt", "ansettelse prosjektrådmann", "utf-8"),
    ("sak-navn-ny-kommune-nordre-follo-2017", navn_nb, "nordre-follo", "PS 12/17", "2017/640", "2017-10-24", "md", "navn på ny kommune", "utf-8"),
    ("sak-administrasjonssenter-nordre-follo-2018", radhus_b, "nordre-follo", "PS 18/18", "2018/207", "2018-03-20", "pdf", "rådhus lokalisering", "utf-8"),
    ("sak-kommunevapen-sunnfjord-2018", kommunevapen_nn_a, "sunnfjord", "PS 27/18", "2018/355", "2018-09-25", "docx", "kommunevåpen", "utf-8"),
    ("sak-radhus-lokalisering-sunnfjord-2018", radhus_nn_a, "sunnfjord", "PS 14/18", "2018/190", "2018-04-24", "txt", "rådhus lokalisering", "utf-8"),
    ("sak-felles-ikt-plattform-sunnfjord-2018", ikt_sak_nn, "sunnfjord", "PS 33/18", "2018/402", "2018-10-23", "rtf", "felles IKT-plattform", "utf-8"),
    ("sak-kommunevapen-prosess-stad-2018", kommunevapen_nn_b, "stad", "PS 20/18", "2018/166", "2018-05-29", "html", "kommunevåpen", "utf-8"),
    ("sak-godtgjering-fellesnemnda-stad-2017", godtgj_fn_nn, "stad", "PS 04/17", "2017/289", "2017-11-21", "md", "godtgjøring fellesnemnda", "utf-8"),
    ("sak-malform-stad-2017", malform_nn, "stad", "PS 05/17", "2017/290", "2017-11-21", "txt", "målform", "utf-8"),
    ("sak-lokalisering-floro-maloy-kinn-2018", radhus_nn_b, "kinn", "PS 16/18", "2018/231", "2018-06-12", "odt", "rådhus lokalisering", "utf-8"),
    ("sak-namn-ny-kommune-kinn-2018", namn_nn, "kinn", "PS 02/18", "2018/021", "2018-02-06", "txt", "navn på ny kommune", "cp1252"),
    ("sak-partssamansett-utval-kinn-2018", partssamansett_nn, "kinn", "PS 03/18", "2018/022", "2018-02-06", "pdf", "partssammensatt utvalg", "utf-8"),
]

KOMMUNEVAPEN_ARGS = {
    "sak-kommunevapen-asker-2018": (["Fjordlinja", "Eikekrona", "Bølgen"], "Fjordlinja"),
    "sak-kommunevapen-indre-ostfold-2018": (["Glommas løp", "Kornaks og bølger", "Ekornet"], "Kornaks og bølger"),
    "sak-kommunevapen-sunnfjord-2018": ("Fossen",),
}


def build_saker():
    """Return (documents, sak dicts by key)."""
    docs, saker = [], {}
    for key, fn, k, ps, arkiv, dato, fmt, topic, enc in SAKER:
        extra = KOMMUNEVAPEN_ARGS.get(key, ())
        s = fn(k, ps, arkiv, dato, *extra)
        s["extra"] = EXTRA.get(key, [])
        saker[key] = s
        d = KOMMUNER[k]
        docs.append(doc(key, k, kommuner_felt(k), "sak", d["lang"], dato, f"{ps} {s['tittel']}", sak_body(s), fmt,
                        d["sekretaer"], topic=topic, enc=enc,
                        description=f"{'Saksframlegg' if d['lang'] == 'nn' else 'Saksfremlegg'} til {s.get('organ', 'Fellesnemnda').lower()} {short_date(dato)}: {s['tittel']}"))
    return docs, saker


def protokoll(k, dato, sted, tid, saker_i_mote, rng, eventuelt=""):
    """Møteprotokoll with several PS items. saker_i_mote: list of (ps, tittel, behandling, vedtak blocks)."""
    d = KOMMUNER[k]
    nn = d["lang"] == "nn"
    n = d["medlemmer"]
    navn = sorted({f"{rng.choice(FORNAVN)} {rng.choice(ETTERNAVN)}" for _ in range(n + 6)})[:n]
    forfall = navn[:2]
    til_stede = [d["leder"] + (" (leiar)" if nn else " (leder)"), d["nestleder"]] + navn[2:n - 2]
    vara = [f"{rng.choice(FORNAVN)} {rng.choice(ETTERNAVN)}" for _ in range(2)]
    b = [
        H1(f"Møteprotokoll – Fellesnemnda for {gamle_liste(d and k)}"),
        M(f"Møtestad: {sted}" if nn else f"Møtested: {sted}"),
        M(f"Møtedato: {short_date(dato)}   Tid: {tid}"),
        H2("Til stades" if nn else "Til stede"),
        P(", ".join(til_stede) + "."),
        H2("Forfall"),
        P(f"{forfall[0]} og {forfall[1]}. " + (f"Møtande varamedlemer: {vara[0]} og {vara[1]}." if nn else
                                              f"Møtende varamedlemmer: {vara[0]} og {vara[1]}.")),
        H2("Frå administrasjonen" if nn else "Fra administrasjonen"),
        P(f"{d['radmann']}, {'prosjektleiar' if nn else 'prosjektrådmann'}, og {d['sekretaer']}, {'sekretær' if True else ''}."),
        P((f"Leiaren, {d['leder']}, opna møtet og ønskte velkomen. Det var ingen merknader til innkallinga. "
           f"Møtet var lovleg sett, jf. kommunelova § 11-9.") if nn else
          (f"Lederen, {d['leder']}, åpnet møtet og ønsket velkommen. Det var ingen merknader til innkallingen. "
           f"Fellesnemnda var vedtaksfør, jf. kommuneloven § 11-9.")),
        H2("Saksliste"),
    ]
    for ps, tittel, _, _ in saker_i_mote:
        b.append(LI(f"{ps} {tittel}"))
    for ps, tittel, beh, vedtak in saker_i_mote:
        b.append(H2(f"{ps} {tittel}"))
        if beh:
            b.append(H3("Handsaming" if nn else "Behandling"))
            b.append(P(beh))
        b.append(H3(f"{'Vedtak' if nn else 'Vedtak'}"))
        b += vedtak
    if eventuelt:
        b.append(H2("Eventuelt"))
        b.append(P(eventuelt))
    b.append(P(("Møtet vart heva kl. " + tid.split("–")[1] + ". Protokollen er godkjend elektronisk av to medlemer.") if nn else
               ("Møtet ble hevet kl. " + tid.split("–")[1] + ". Protokollen er godkjent elektronisk av to medlemmer.")))
    b.append(M(f"{d['leder']}, {'leiar' if nn else 'leder'}   {d['sekretaer']}, {'sekretær'}"))
    return b


def std(nn, ps, kind, extra=""):
    """Standard agenda items every meeting has."""
    if kind == "innkalling":
        return (ps, "Godkjenning av innkalling og saksliste" if not nn else "Godkjenning av innkalling og saksliste", "",
                [P("Innkalling og saksliste vert godkjende." if nn else "Innkalling og saksliste godkjennes.")])
    if kind == "protokoll":
        return (ps, "Godkjenning av protokoll frå førre møte" if nn else "Godkjenning av protokoll fra forrige møte", "",
                [P("Protokollen vert godkjend." if nn else "Protokollen godkjennes.")])
    if kind == "referat":
        return (ps, "Referatsaker", "", [P(("Referatsakene vert tekne til orientering. " if nn else "Referatsakene tas til orientering. ") + extra)])
    if kind == "orientering":
        return (ps, "Orienteringar frå prosjektleiaren" if nn else "Orienteringer fra prosjektrådmannen",
                extra, [P("Orienteringane vert tekne til vitande." if nn else "Orienteringene tas til orientering.")])
    raise ValueError(kind)


def fra_sak(s):
    return (s["ps"], s["tittel"], s["behandling"], s["vedtak"])


def adhoc(ps, tittel, behandling, vedtak):
    return (ps, tittel, behandling, [P(vedtak)])


def build_protokoller(saker):
    S = saker
    rng = random.Random(20170312)
    specs = [
        ("protokoll-fellesnemnda-asker-2018-06-05", "asker", "2018-06-05", "Asker rådhus, kommunestyresalen", "17.00–21.40", "html", "utf-8", [
            std(False, "PS 20/18", "innkalling"), std(False, "PS 21/18", "protokoll"),
            fra_sak(S["sak-kommunevapen-asker-2018"]), fra_sak(S["sak-radhus-lokalisering-asker-2018"]),
            adhoc("PS 24/18", "Tertialrapport for sammenslåingsprosjektet per 30. april 2018",
                  "Prosjektrådmannen orienterte om forbruk og prognose. Det er brukt 41 prosent av årets ramme.",
                  "Fellesnemnda tar tertialrapporten til orientering."),
            adhoc("PS 25/18", "Valg av representanter til valgstyret for kommunevalget 2019", "",
                  "Fellesnemnda velger Kari Aasen, Geir Øvrebø og Nora Haugen som medlemmer av valgstyret for nye Asker kommune."),
            std(False, "PS 26/18", "referat", "Protokoll fra partssammensatt utvalg 22.05.2018 er referert."),
        ]),
        ("protokoll-fellesnemnda-larvik-2017-02-14", "larvik", "2017-02-14", "Lardal rådhus, Svarstad", "18.00–20.30", "pdf", "utf-8", [
            std(False, "PS 06/17", "innkalling"), std(False, "PS 07/17", "protokoll"),
            fra_sak(S["sak-kommunevapen-larvik-2017"]),
            adhoc("PS 09/17", "Revidert prosjektplan for sammenslåingen",
                  "Rådmannen orienterte om at milepælen for IKT er flyttet to måneder fram etter råd fra leverandørene.",
                  "Fellesnemnda godkjenner revidert prosjektplan for sammenslåingen av Larvik og Lardal, versjon 1.1."),
            adhoc("PS 10/17", "Høring om utkast til økonomireglement", "",
                  "Utkast til økonomireglement sendes på høring til partssammensatt utvalg med frist 1. april 2017."),
            std(False, "PS 11/17", "orientering", "Prosjektrådmannen orienterte om status i delprosjekt IKT og om ansettelse av ledere på nivå 2."),
        ]),
        ("protokoll-fellesnemnda-sandefjord-2015-11-24", "sandefjord", "2015-11-24", "Stokke rådhus", "18.00–21.00", "docx", "utf-8", [
            std(False, "PS 01/15", "innkalling"), std(False, "PS 02/15", "protokoll"),
            adhoc("PS 03/15", "Prosjektplan for delprosjekt IKT", "",
                  "Fellesnemnda tar prosjektplanen for delprosjekt IKT til orientering."),
            fra_sak(S["sak-budsjett-fellesnemnda-sandefjord-2015"]),
            adhoc("PS 05/15", "Oppnevning av partssammensatt utvalg",
                  "Leder foreslo at partssammensatt utvalg skal ha ni medlemmer, hvorav fem fra fellesnemnda.",
                  "Partssammensatt utvalg opprettes etter inndelingslova § 26 med ni medlemmer: fem fra fellesnemnda og fire fra de ansattes organisasjoner."),
            std(False, "PS 06/15", "referat"),
        ]),
        ("protokoll-fellesnemnda-holmestrand-2016-10-04", "holmestrand", "2016-10-04", "Hof rådhus", "18.00–20.15", "txt", "cp1252", [
            std(False, "PS 05/16", "innkalling"),
            adhoc("PS 06/16", "Prosjektplan for sammenslåingen av Holmestrand og Hof", "",
                  "Fellesnemnda godkjenner prosjektplanen, versjon 1.0, datert 04.10.2016."),
            fra_sak(S["sak-godtgjoring-fellesnemnda-holmestrand-2016"]),
            adhoc("PS 08/16", "Kommunikasjonsplan – oppstart",
                  "Rådmannen orienterte om arbeidet med kommunikasjonsplanen og nettsiden for sammenslåingen.",
                  "Saken tas til orientering. Kommunikasjonsplanen legges fram i desember."),
            std(False, "PS 09/16", "referat"),
        ]),
        ("protokoll-fellesnemnda-indre-ostfold-2018-10-16", "indre-ostfold", "2018-10-16", "Trøgstad rådhus, Skjønhaug", "17.30–22.10", "odt", "utf-8", [
            std(False, "PS 45/18", "innkalling"), std(False, "PS 46/18", "protokoll"),
            adhoc("PS 47/18", "Organisasjonskart for Indre Østfold kommune, nivå 3",
                  "Prosjektrådmannen redegjorde for drøftingene med tillitsvalgte.",
                  "Fellesnemnda tar organisasjonskartet for nivå 3 til orientering."),
            fra_sak(S["sak-kommunevapen-indre-ostfold-2018"]),
            adhoc("PS 49/18", "Harmonisering av tilskudd til lag og foreninger",
                  "Det ble fremmet forslag om å utsette saken til budsjettbehandlingen. Forslaget falt.",
                  "Tilskuddsordningene harmoniseres fra 2020 etter modellen i Askim kommune."),
            std(False, "PS 50/18", "orientering", "Orientering om delprosjekt IKT og anskaffelse av sak/arkivsystem."),
        ]),
        ("protokoll-fellesnemnda-alesund-2018-01-16", "alesund", "2018-01-16", "Ålesund rådhus, bystyresalen", "10.00–15.30", "md", "utf-8", [
            std(False, "PS 01/18", "innkalling"),
            fra_sak(S["sak-prosjektradmann-alesund-2018"]),
            adhoc("PS 03/18", "Prosjektplan for delprosjekt IKT", "",
                  "Fellesnemnda ber om at prosjektplanen for IKT legges fram i neste møte."),
            adhoc("PS 04/18", "Møteplan for fellesnemnda 2018", "",
                  "Møteplanen for 2018 vedtas. Møtene holdes vekselvis i Ålesund, Brattvåg og Skodje."),
            std(False, "PS 05/18", "referat", "Brev fra Fylkesmannen i Møre og Romsdal om veiledning i inndelingslova er referert."),
        ]),
        ("protokoll-fellesnemnda-nordre-follo-2017-10-24", "nordre-follo", "2017-10-24", "Oppegård rådhus, Kolbotn", "18.00–21.20", "rtf", "utf-8", [
            std(False, "PS 10/17", "innkalling"), std(False, "PS 11/17", "protokoll"),
            fra_sak(S["sak-navn-ny-kommune-nordre-follo-2017"]),
            adhoc("PS 13/17", "Godtgjøringsreglement for fellesnemnda – prosess",
                  "Lederen orienterte om at forslag til godtgjøringsreglement for folkevalgte i den nye kommunen skal legges fram våren 2019.",
                  "Saken tas til orientering."),
            std(False, "PS 14/17", "referat"),
        ]),
        ("protokoll-fellesnemnda-sunnfjord-2018-09-25", "sunnfjord", "2018-09-25", "Jølster rådhus, Skei", "10.00–15.00", "docx", "utf-8", [
            std(True, "PS 25/18", "innkalling"), std(True, "PS 26/18", "protokoll"),
            fra_sak(S["sak-kommunevapen-sunnfjord-2018"]),
            adhoc("PS 28/18", "Budsjett for prosjektet 2019",
                  "Prosjektleiaren orienterte om forbruket så langt i 2018.",
                  "Budsjettet for samanslåingsprosjektet i 2019 vert vedteke med ei ramme på 31 millionar kroner."),
            adhoc("PS 29/18", "Arbeidsgjevarpolitikk – høyring", "",
                  "Utkast til arbeidsgjevarpolitikk vert sendt på høyring til tillitsvalde med frist 1. november 2018."),
            std(True, "PS 30/18", "referat"),
        ]),
        ("protokoll-fellesnemnda-stad-2017-11-21", "stad", "2017-11-21", "Eid rådhus, Nordfjordeid", "13.00–16.45", "txt", "utf-8", [
            std(True, "PS 01/17", "innkalling"),
            adhoc("PS 02/17", "Konstituering – val av leiar og nestleiar i fellesnemnda", "",
                  "Arnfinn Kvalsund vert vald til leiar og Berit Hoddevik til nestleiar av fellesnemnda."),
            adhoc("PS 03/17", "Reglement for fellesnemnda", "",
                  "Reglement for fellesnemnda for Eid og Selje vert vedteke, jf. inndelingslova § 25."),
            fra_sak(S["sak-godtgjering-fellesnemnda-stad-2017"]),
            fra_sak(S["sak-malform-stad-2017"]),
            std(True, "PS 06/17", "referat"),
        ]),
        ("protokoll-fellesnemnda-kinn-2018-02-06", "kinn", "2018-02-06", "Vågsøy rådhus, Måløy", "10.00–14.30", "html", "iso-8859-1", [
            std(True, "PS 01/18", "innkalling"),
            fra_sak(S["sak-namn-ny-kommune-kinn-2018"]),
            fra_sak(S["sak-partssamansett-utval-kinn-2018"]),
            adhoc("PS 04/18", "Prosjektplan for samanslåinga", "",
                  "Fellesnemnda tek utkastet til prosjektplan til vitande. Endeleg plan vert lagd fram 15. mars 2018."),
            std(True, "PS 05/18", "orientering", "Leiaren orienterte om møte med Fylkesmannen i Sogn og Fjordane."),
        ]),
    ]
    docs = []
    for key, k, dato, sted, tid, fmt, enc, items in specs:
        d = KOMMUNER[k]
        body = protokoll(k, dato, sted, tid, items, rng, EVENTUELT[key])
        title = f"Møteprotokoll – Fellesnemnda for {gamle_liste(k)}, {short_date(dato)}"
        docs.append(doc(key, k, kommuner_felt(k), "protokoll", d["lang"], dato, title, body, fmt, d["sekretaer"],
                        topic="møteprotokoll", enc=enc,
                        description=f"Protokoll {'frå' if d['lang'] == 'nn' else 'fra'} fellesnemndsmøtet {long_date(dato)}: " + "; ".join(i[1] for i in items[:6])))
    return docs
