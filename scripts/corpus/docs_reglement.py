"""Reglement: delegering, økonomi, finans, godtgjøring, arbeidsgiverpolitikk."""
from kommuner import KOMMUNER, antall, gamle_liste, kommuner_felt
from model import doc, P, H1, H2, H3, LI, M, long_date, short_date


def delegering_mal(k, vedtatt_iso, sak, terskel):
    """Template delegeringsreglement shared by several merger projects (near-duplicate group)."""
    d = KOMMUNER[k]
    ny = d["ny"]
    return [
        H1(f"Delegeringsreglement for {ny} kommune"),
        M(f"Vedtatt av fellesnemnda {long_date(vedtatt_iso)}, {sak}. Gjelder fra {d['start']}."),
        H2("Kapittel 1 Innledende bestemmelser"),
        H3("§ 1-1 Formål"),
        P(f"""Reglementet skal sikre at avgjørelser i {ny} kommune blir truffet på riktig nivå, at
        innbyggerne får rask og forsvarlig saksbehandling, og at de folkevalgte kan bruke tiden sin
        på saker av prinsipiell betydning. Reglementet erstatter delegeringsreglementene i
        {gamle_liste(k)} kommuner fra det tidspunktet den nye kommunen er etablert."""),
        H3("§ 1-2 Hjemmel"),
        P("""Reglementet er gitt med hjemmel i kommuneloven § 5-3 tredje ledd, som gir kommunestyret
        adgang til å delegere myndighet til andre folkevalgte organer og til kommunedirektøren,
        med mindre annet følger av lov. Der særlov legger myndighet direkte til kommunestyret,
        kan myndigheten bare delegeres når særloven åpner for det."""),
        H3("§ 1-3 Definisjoner"),
        P("""Med delegering menes i dette reglementet at et organ som har fått myndighet, overfører
        retten til å treffe avgjørelser til et annet organ eller en person. Med prinsipielle saker
        menes saker som gjelder mål, rammer og retningslinjer, saker med vesentlige økonomiske
        konsekvenser, og saker der det er skjønnsmessige vurderinger som ikke er avklart i tidligere
        vedtak. Det er kommunedirektøren som i første omgang vurderer om en sak er prinsipiell;
        ved tvil skal saken legges fram for politisk behandling."""),
        H2("Kapittel 2 Kommunestyret"),
        H3("§ 2-1 Kommunestyrets myndighet"),
        P(f"""Kommunestyret er kommunens øverste organ og treffer vedtak på vegne av {ny} kommune,
        jf. kommuneloven § 5-1. Kommunestyret vedtar selv økonomiplan, årsbudsjett, årsregnskap
        og årsberetning, kommuneplanens samfunnsdel og arealdel, planstrategi og reglementer for
        folkevalgte organer. Kommunestyret avgjør også saker om opprettelse og nedleggelse av
        tjenestesteder når endringen har betydning for mer enn ett tettsted."""),
        H3("§ 2-2 Myndighet som ikke kan delegeres"),
        LI("vedtak om økonomiplan, årsbudsjett og skattevedtak, jf. kommuneloven § 14-2"),
        LI("valg av medlemmer til formannskap, hovedutvalg, kontrollutvalg og styrer"),
        LI("godkjenning av regnskap og årsberetning"),
        LI("vedtak om låneopptak, med unntak av refinansiering innenfor vedtatt finansreglement"),
        LI("ansettelse av kommunedirektør"),
        H2("Kapittel 3 Formannskapet"),
        H3("§ 3-1 Generell myndighet"),
        P(f"""Formannskapet har myndighet til å treffe vedtak i alle saker som ikke er lagt til
        kommunestyret ved lov eller ved dette reglementet, og som ikke er delegert til et
        hovedutvalg eller til kommunedirektøren. Formannskapet kan gjøre vedtak i saker med
        økonomisk ramme inntil {terskel} kroner, forutsatt at utgiften er dekket innenfor
        vedtatt budsjett."""),
        H3("§ 3-2 Hastesaker"),
        P("""Formannskapet kan treffe vedtak i saker som skulle vært avgjort av kommunestyret eller
        et annet folkevalgt organ, når det er nødvendig at vedtak blir truffet så raskt at det ikke
        er tid til å kalle inn organet, jf. kommuneloven § 11-8 første ledd. Melding om vedtak
        truffet etter hastekompetansen skal legges fram i organets neste møte. Ordføreren kan på
        samme vilkår treffe vedtak på vegne av formannskapet når det ikke er mulig å innkalle
        formannskapet i tide, jf. § 11-8 andre ledd."""),
        H3("§ 3-3 Formannskapet som planutvalg"),
        P("""Formannskapet er kommunens planutvalg etter plan- og bygningsloven § 3-3 og innstiller
        til kommunestyret i saker om kommuneplan og reguleringsplan. Formannskapet kan selv
        vedta å legge planforslag ut til offentlig ettersyn."""),
        H2("Kapittel 4 Hovedutvalgene"),
        P("""Kommunen har tre hovedutvalg: hovedutvalg for oppvekst og kultur, hovedutvalg for helse
        og velferd og hovedutvalg for teknikk og miljø. Hovedutvalgene har innstillingsrett til
        formannskapet i budsjettsaker for sine områder, og avgjørelsesmyndighet i saker innenfor
        sitt område som ikke er av en slik art at de må avgjøres av kommunestyret."""),
        LI("Hovedutvalg for oppvekst og kultur avgjør saker om skolekretsgrenser, tildeling av kulturmidler og rammer for barnehageopptak."),
        LI("Hovedutvalg for helse og velferd avgjør saker om tildelingskriterier for helse- og omsorgstjenester og retningslinjer for startlån."),
        LI("Hovedutvalg for teknikk og miljø avgjør byggesaker som reiser prinsipielle spørsmål, og er klageinstans for vedtak etter plan- og bygningsloven."),
        H2("Kapittel 5 Delegering til kommunedirektøren"),
        H3("§ 5-1 Generell delegering"),
        P("""Kommunedirektøren gis myndighet til å treffe vedtak i alle saker som ikke er av
        prinsipiell betydning, jf. kommuneloven § 13-1 sjette ledd. Kommunedirektøren har det
        daglige arbeidsgiveransvaret for kommunens ansatte, med unntak av internrevisjon og
        sekretariat for kontrollutvalget. Ansvaret som arbeidsgiver omfatter ansettelse,
        lønnsfastsettelse innenfor vedtatte rammer, oppsigelse og avskjed."""),
        H3("§ 5-2 Myndighet etter særlov"),
        P("""Myndighet som særlovgivningen legger til kommunen, og som etter loven kan delegeres,
        delegeres til kommunedirektøren når saken ikke er prinsipiell. Dette gjelder blant annet
        myndighet etter opplæringslova, barnehageloven, helse- og omsorgstjenesteloven, sosialtjenesteloven,
        plan- og bygningsloven, forurensningsloven og alkoholloven, med unntak av vedtak om
        inndragning av salgs- og skjenkebevilling."""),
        H3("§ 5-3 Videredelegering"),
        P("""Kommunedirektøren kan delegere sin myndighet videre til andre ansatte, med mindre
        kommunestyret har bestemt noe annet. Videredelegering skal skje skriftlig og registreres i
        kommunens delegeringsoversikt, slik at det til enhver tid går fram hvem som har myndighet
        i en sak. Den som har fått delegert myndighet, kan ikke delegere videre uten samtykke."""),
        H3("§ 5-4 Økonomisk myndighet"),
        P(f"""Kommunedirektøren kan foreta budsjettendringer mellom ansvarsområder innenfor samme
        rammeområde, inntil {terskel} kroner per endring. Endringer som påvirker tjenestenivået
        eller bryter med forutsetninger i budsjettvedtaket, skal legges fram for formannskapet.
        Nærmere regler følger av økonomireglementet."""),
        H2("Kapittel 6 Kontroll, rapportering og tilbakekall"),
        P("""Et organ som har delegert myndighet, kan kreve å få seg forelagt en sak før vedtak
        treffes, og kan omgjøre vedtak som er truffet etter delegert myndighet innenfor rammene i
        forvaltningsloven § 35. Vedtak truffet etter delegert myndighet skal rapporteres skriftlig
        til det delegerende organet i form av delegeringssaker i hvert møte. Delegering kan når
        som helst trekkes tilbake."""),
        P("""Klage på enkeltvedtak som er truffet etter delegert myndighet, behandles av klagenemnda
        når ikke annet følger av særlov. Kommunedirektøren forbereder klagesaken og kan selv
        oppheve eller endre vedtaket dersom klagen tas til følge."""),
        H2("Kapittel 7 Ordføreren"),
        H3("§ 7-1 Ordførerens myndighet"),
        P(f"""Ordføreren er møteleder i kommunestyret og formannskapet og er kommunens rettslige
        representant, jf. kommuneloven § 6-1. Ordføreren kan gi kommunedirektøren fullmakt til å
        representere kommunen i enkeltsaker. Ordføreren har talerett i alle kommunale organer unntatt
        kontrollutvalget, men har ikke stemmerett i organer der ordføreren ikke er medlem."""),
        H3("§ 7-2 Hastevedtak"),
        P("""Når formannskapet ikke kan innkalles i tide, kan ordføreren treffe vedtak på vegne av
        formannskapet etter kommuneloven § 11-8 andre ledd. Ordføreren skal vurdere om saken kan
        behandles som fjernmøte eller ved skriftlig saksbehandling før hastekompetansen brukes.
        Hastevedtak meldes i neste møte i formannskapet."""),
        H3("§ 7-3 Representasjon og tildeling av mindre tilskudd"),
        P("""Ordføreren kan tildele tilskudd til lag og foreninger innenfor en årlig ramme fastsatt i
        budsjettet, og avgjør søknader om kommunal representasjon ved jubileer og arrangementer."""),
        H2("Kapittel 8 Kontrollutvalget og klagenemnda"),
        H3("§ 8-1 Kontrollutvalget"),
        P("""Kontrollutvalget fører løpende kontroll på vegne av kommunestyret, jf. kommuneloven
        kapittel 23. Kontrollutvalget har ingen avgjørelsesmyndighet utover det som følger av lov og
        eget reglement, og kan ikke få delegert myndighet fra kommunestyret i andre saker.
        Kontrollutvalget innstiller til kommunestyret om valg av revisjonsordning og sekretariat."""),
        H3("§ 8-2 Klagenemnda"),
        P("""Klagenemnda er klageinstans for enkeltvedtak etter forvaltningsloven § 28 andre ledd, med
        mindre særlov bestemmer at statlig organ er klageinstans. Klagenemnda kan prøve alle sider av
        saken, men skal legge vekt på hensynet til det kommunale selvstyret ved prøving av det frie
        skjønnet."""),
        H2("Kapittel 9 Arbeidsgiverfunksjoner"),
        P("""Kommunestyret fastsetter kommunens arbeidsgiverpolitikk og overordnede lønnspolitiske
        retningslinjer. Kommunedirektøren har ansvar som arbeidsgiver for alle ansatte og fører lokale
        lønnsforhandlinger etter hovedtariffavtalen. Forhandlingsresultatet legges fram for
        formannskapet som orientering. Administrasjonsutvalget, som er kommunens partssammensatte
        utvalg etter kommuneloven § 5-11, behandler saker om forholdet mellom de ansatte og kommunen
        som arbeidsgiver, herunder personalreglement og retningslinjer for omstilling."""),
        H2("Kapittel 10 Oversikt over delegering etter særlov"),
        P("""Tabellen nedenfor viser hovedtrekkene i delegeringen etter de viktigste særlovene. Fullstendig
        oversikt over videredelegering finnes i kommunedirektørens delegeringsoversikt."""),
        LI("Plan- og bygningsloven: enkeltvedtak i byggesaker – kommunedirektøren; planvedtak – kommunestyret"),
        LI("Opplæringslova: skoleskyss, spesialundervisning og permisjoner – kommunedirektøren"),
        LI("Barnehageloven: opptak og tilskudd til private barnehager – kommunedirektøren"),
        LI("Helse- og omsorgstjenesteloven: tildeling av tjenester – kommunedirektøren"),
        LI("Sosialtjenesteloven: økonomisk stønad – kommunedirektøren"),
        LI("Alkoholloven: salgs- og skjenkebevilling – formannskapet; ambulerende bevilling – kommunedirektøren"),
        LI("Forurensningsloven: utslippstillatelser for mindre avløpsanlegg – kommunedirektøren"),
        LI("Vegloven og vegtrafikkloven: skilting og fartsgrenser på kommunale veger – hovedutvalg for teknikk og miljø"),
        LI("Jordlova og konsesjonsloven: delingssaker og konsesjon – kommunedirektøren, prinsipielle saker til hovedutvalget"),
        LI("Offentleglova: innsyn – kommunedirektøren, klage til klagenemnda"),
        H2("Kapittel 11 Ikrafttredelse"),
        P(f"""Reglementet trer i kraft {d['start']}, samtidig med at {ny} kommune blir etablert.
        Det nye kommunestyret skal rullere reglementet innen ett år etter konstituering, jf. kommuneloven § 5-14."""),
    ]


def delegering_nn(k, vedtatt_iso, sak):
    d = KOMMUNER[k]
    ny = d["ny"]
    return [
        H1(f"Delegeringsreglement for {ny} kommune"),
        M(f"Vedteke av fellesnemnda {short_date(vedtatt_iso)} i {sak}. Gjeld frå {d['start']}."),
        H2("1. Føremål og heimel"),
        P(f"""Dette reglementet fastset kven som har mynde til å ta avgjerder på vegner av {ny} kommune.
        Føremålet er at vedtak skal takast så nær innbyggjarane som råd, at saksbehandlinga skal vere
        effektiv og føreseieleg, og at dei folkevalde skal konsentrere seg om saker av prinsipiell
        karakter. Reglementet avløyser dei gamle reglementa i {gamle_liste(k)}."""),
        P("""Heimelen er kommunelova § 5-3 om kommunestyret sitt høve til å delegere, og § 13-1 om
        kommunedirektøren. Mynde som særlov legg direkte til kommunestyret, kan berre delegerast
        når særlova opnar for det."""),
        H2("2. Kommunestyret"),
        P("""Kommunestyret er det øvste organet i kommunen, jf. kommunelova § 5-1, og vedtek sjølv
        økonomiplan, årsbudsjett, rekneskap, planstrategi, kommuneplan og alle reglement for
        folkevalde organ. Kommunestyret vel medlemer til formannskapet, utvala og kontrollutvalet,
        og tilset kommunedirektøren."""),
        H2("3. Formannskapet"),
        P("""Formannskapet har mynde i alle saker som ikkje er lagt til kommunestyret ved lov eller
        ved dette reglementet. Formannskapet er planutval etter plan- og bygningslova og
        innstiller i saker om økonomiplan og budsjett. Formannskapet kan ta avgjerd i hastesaker
        etter kommunelova § 11-8 når det ikkje er tid til å kalle inn kommunestyret. Slike vedtak
        skal meldast i neste møte i kommunestyret."""),
        H2("4. Utvala"),
        P("""Kommunen har to hovudutval: utval for oppvekst, kultur og helse, og utval for plan,
        teknikk og landbruk. Utvala har avgjerdsmynde innanfor sine fagområde i saker som ikkje er
        prinsipielle for heile kommunen, og gir uttale til formannskapet før budsjettet vert
        handsama."""),
        H2("5. Kommunedirektøren"),
        P("""Kommunedirektøren har mynde til å ta avgjerd i alle saker som ikkje er av prinsipiell
        betydning, jf. kommunelova § 13-1. Kommunedirektøren har det daglege arbeidsgjevaransvaret
        og tilset, løner og seier opp tilsette innanfor dei rammene kommunestyret har sett.
        Kommunedirektøren kan delegere vidare til einingsleiarar, og skal føre ei oversikt over
        kven som har fått mynde. Vidaredelegering skal vere skriftleg."""),
        P("""Kommunedirektøren kan gjere budsjettendringar mellom einingar innanfor same
        rammeområde når endringa ikkje endrar tenestenivået. Andre budsjettendringar skal leggjast
        fram for formannskapet eller kommunestyret, jf. økonomireglementet."""),
        H2("6. Kontroll og tilbakekalling"),
        P("""Det organet som har delegert mynde, kan krevje å få ei sak lagt fram før vedtak, og kan
        kalle tilbake delegeringa når som helst. Vedtak gjort etter delegert mynde skal rapporterast
        til det delegerande organet som referatsaker. Klage på enkeltvedtak vert handsama av
        klagenemnda dersom ikkje anna følgjer av særlov."""),
        H2("7. Iverksetjing"),
        P(f"""Reglementet gjeld frå {d['start']}. Det nye kommunestyret skal sjå gjennom reglementet
        i løpet av det første året, og seinast innan utgangen av 2020."""),
    ]


def okonomireglement(k, vedtatt_iso, sak, variant):
    d = KOMMUNER[k]
    ny = d["ny"]
    body = [
        H1(f"Økonomireglement for {ny} kommune"),
        M(f"Vedtatt i fellesnemnda {short_date(vedtatt_iso)}, {sak}"),
        H2("1 Formål og virkeområde"),
        P(f"""Økonomireglementet gir regler for arbeidet med økonomiplan, årsbudsjett, budsjettendringer,
        rapportering og årsavslutning i {ny} kommune. Reglementet gjelder for alle enheter i kommunen
        og for kommunale foretak så langt det passer. Det skal bidra til at kommunen forvalter
        fellesskapets midler effektivt og i samsvar med kommuneloven kapittel 14 og forskrift om
        økonomiplan, årsbudsjett, årsregnskap og årsberetning."""),
        H2("2 Økonomiplan og årsbudsjett"),
        P("""Kommunestyret vedtar hvert år en rullerende økonomiplan for de fire neste budsjettårene og
        et årsbudsjett for det kommende året, jf. kommuneloven §§ 14-4 og 14-5. Formannskapet
        innstiller. Kommunedirektøren legger fram forslag til budsjettrammer i juni og et fullstendig
        budsjettforslag senest i begynnelsen av november. Budsjettet vedtas med netto driftsrammer
        per rammeområde."""),
        LI("Rammeområde 1: Sentraladministrasjon og fellestjenester"),
        LI("Rammeområde 2: Oppvekst og kultur"),
        LI("Rammeområde 3: Helse, omsorg og velferd"),
        LI("Rammeområde 4: Teknikk, samferdsel og miljø"),
        H2("3 Budsjettendringer"),
        P("""Kommunestyret vedtar endringer i netto driftsramme for et rammeområde og alle endringer
        i investeringsbudsjettet som gjelder nye prosjekter. Kommunedirektøren kan omdisponere midler
        innenfor et rammeområde når endringen ikke er i strid med forutsetningene for budsjettvedtaket.
        Bruk av disposisjonsfond krever alltid vedtak i kommunestyret."""),
        H2("4 Rapportering"),
        P("""Kommunedirektøren rapporterer til kommunestyret per 30. april og 31. august med prognose
        for årsresultat, status for investeringsprosjekter og utvikling i sykefravær. Ved vesentlige
        avvik skal rapporteringen inneholde forslag til tiltak. Finansforvaltningen rapporteres
        særskilt etter finansreglementet."""),
        H2("5 Investeringer"),
        P("""Investeringsprosjekter over 5 millioner kroner skal ha et eget vedtak om prosjektramme
        før oppstart. Kommunedirektøren kan overføre ubrukte midler mellom år innenfor vedtatt
        prosjektramme. Sluttregnskap for prosjekter over 10 millioner kroner legges fram for
        kommunestyret."""),
        H2("6 Årsregnskap og årsberetning"),
        P("""Årsregnskapet avlegges innen 22. februar og årsberetningen innen 31. mars. Kontrollutvalget
        avgir uttalelse før kommunestyret behandler regnskapet. Et merforbruk skal dekkes inn i
        samsvar med kommuneloven § 14-12."""),
    ]
    if variant == "utkast":
        body.insert(1, M("UTKAST – til behandling i partssammensatt utvalg og fellesnemnda"))
        body.append(P("""Merknad til utkastet: Rammeområdene er foreløpige og kan bli endret når
        organisasjonsmodellen for den nye kommunen er vedtatt."""))
    else:
        body.append(H2("7 Overgangsregler"))
        body.append(P(f"""For regnskapsåret før sammenslåingen avlegger {gamle_liste(k)} kommuner
        hver sine regnskap. {ny} kommune overtar ansvaret for avleggelse og behandling av disse
        regnskapene, jf. inndelingslova § 17."""))
    return body


def finansreglement(k, vedtatt_iso, sak, style):
    d = KOMMUNER[k]
    ny = d["ny"]
    if style == "a":
        return [
            H1(f"Finansreglement – {ny} kommune"),
            M(f"Vedtatt av fellesnemnda {long_date(vedtatt_iso)} ({sak}), med hjemmel i kommuneloven § 14-13"),
            H2("Formål"),
            P(f"""Reglementet skal sikre at {ny} kommune forvalter finansielle midler og gjeld slik at
            kommunen oppnår tilfredsstillende avkastning uten vesentlig finansiell risiko, og slik at
            kommunen har evne til å dekke sine betalingsforpliktelser ved forfall. Reglementet er
            utarbeidet i samsvar med forskrift om finansforvaltning i kommuner og fylkeskommuner."""),
            H2("Ledig likviditet"),
            P("""Midler beregnet for driftsformål plasseres som bankinnskudd eller i pengemarkedsfond med
            lav risiko. Kommunen skal til enhver tid ha en likviditetsreserve på minst 50 millioner
            kroner, inkludert trekkrettighet. Plassering i enkeltaksjer er ikke tillatt."""),
            H2("Langsiktige finansielle aktiva"),
            P("""Kommunen har ikke langsiktige finansielle aktiva ved etableringen. Dersom kommunen senere
            mottar midler som egner seg for langsiktig forvaltning, skal kommunestyret vedta en egen
            strategi før plassering skjer."""),
            H2("Gjeldsforvaltning"),
            P("""Kommunen skal ha en gjeldsportefølje med god spredning på forfall. Minst en tredel av
            gjelden skal ha fast rente. Ingen enkeltlån skal utgjøre mer enn 20 prosent av samlet
            gjeld. Refinansiering kan gjøres av kommunedirektøren uten nytt vedtak i kommunestyret."""),
            H2("Rapportering"),
            P("""Kommunedirektøren rapporterer til kommunestyret to ganger i året og ved årets slutt, med
            oversikt over porteføljens sammensetning, avkastning, rentebinding og avvik fra
            reglementet. Vesentlige avvik rapporteres straks."""),
            H2("Kvalitetssikring"),
            P("""Reglementet skal før vedtak vurderes av uavhengig instans, jf. forskriften § 7. Revisjonen
            kontrollerer at rutinene følges."""),
        ]
    return [
        H1(f"Reglement for finansforvaltning i {ny} kommune"),
        M(f"Fellesnemnda {short_date(vedtatt_iso)}, {sak}"),
        H2("1. Bakgrunn"),
        P(f"""Når {gamle_liste(k)} slås sammen, må den nye kommunen ha et finansreglement som gjelder fra
        første dag. Kommunelovens § 14-13 krever at kommunestyret selv gir regler for finans- og
        gjeldsforvaltningen, og fellesnemnda vedtar derfor reglementet på vegne av den nye kommunen,
        jf. inndelingslova § 25. Reglementet skal vurderes på nytt av det nye kommunestyret."""),
        H2("2. Overordnede rammer"),
        P("""Finansforvaltningen skal ha lav risiko. Kommunen skal ikke ta valutarisiko, og
        plasseringer skal bare skje i norske kroner. Rentesikring kan gjøres med rentebytteavtaler
        innenfor rammene nedenfor."""),
        LI("Likviditetsreserve: minst 1,5 måneders driftsutgifter"),
        LI("Andel lån med fast rente: mellom 30 og 70 prosent"),
        LI("Gjennomsnittlig gjenværende rentebinding: mellom 1 og 5 år"),
        LI("Maksimalt 25 prosent av lånegjelden med forfall innen tolv måneder"),
        H2("3. Fullmakter"),
        P("""Kommunedirektøren har fullmakt til å ta opp lån innenfor kommunestyrets vedtak om
        låneopptak, til å velge långiver og lånebetingelser og til å refinansiere eksisterende lån.
        Fullmakten kan delegeres skriftlig til økonomisjefen."""),
        H2("4. Rapportering og avvik"),
        P("""Kommunestyret får tertialvise rapporter om finans- og gjeldsforvaltningen. Dersom en
        ramme brytes, skal forholdet rettes så snart det er forsvarlig, og avviket rapporteres i
        neste rapport med forklaring."""),
    ]


def godtgjoring_nb(k, vedtatt_iso, sak, style):
    d = KOMMUNER[k]
    ny = d["ny"]
    if style == "a":
        return [
            H1(f"Reglement for folkevalgtes godtgjøring – {ny} kommune"),
            M(f"Vedtatt av fellesnemnda {long_date(vedtatt_iso)}, {sak}"),
            H2("§ 1 Virkeområde"),
            P(f"""Reglementet gjelder økonomiske rettigheter for folkevalgte i {ny} kommune, herunder
            møtegodtgjøring, fast godtgjøring, erstatning for tapt arbeidsinntekt og dekning av
            utgifter, jf. kommuneloven §§ 8-3 til 8-6. Reglementet gjelder også for medlemmer av
            fellesnemnda og partssammensatt utvalg fram til den nye kommunen er etablert."""),
            H2("§ 2 Ordfører og varaordfører"),
            P("""Ordføreren har fast godtgjøring tilsvarende 100 prosent av stortingsrepresentantenes
            godtgjøring. Varaordføreren har 40 prosent av ordførerens godtgjøring. Ordføreren har
            rett til ettergodtgjøring i inntil tre måneder etter fratreden dersom ordføreren ikke
            går over i annet lønnet arbeid."""),
            H2("§ 3 Møtegodtgjøring"),
            P("""Medlemmer og møtende varamedlemmer i kommunestyret, formannskapet og utvalg har
            møtegodtgjøring på 1 200 kroner per møte. For møter som varer mer enn fem timer gis
            godtgjøring for to møter. Godtgjøringen dekker også forberedelser og befaring."""),
            H2("§ 4 Fast godtgjøring til utvalgsledere"),
            P("""Ledere av hovedutvalg og kontrollutvalget har fast godtgjøring på 8 prosent av
            ordførerens godtgjøring. Gruppeledere har et fast tillegg på 2 prosent per år."""),
            H2("§ 5 Tapt arbeidsinntekt"),
            P("""Legitimert tapt arbeidsinntekt dekkes med inntil 3 000 kroner per dag. Selvstendig
            næringsdrivende kan kreve dekning etter siste års ligning. Ulegitimert tap dekkes med
            inntil 1 000 kroner per dag."""),
            H2("§ 6 Skyss og utgifter"),
            P("""Reiseutgifter dekkes etter statens reiseregulativ. Utgifter til barnepass og stell av
            pleietrengende dekkes etter legitimasjon."""),
            H2("§ 7 Godtgjøring i fellesnemnda"),
            P(f"""Medlemmer av fellesnemnda for {gamle_liste(k)} får møtegodtgjøring etter § 3. Lederen
            av fellesnemnda får i tillegg en fast godtgjøring tilsvarende 10 prosent av
            ordførerens godtgjøring i perioden fram til {d['start']}."""),
        ]
    return [
        H1(f"Godtgjøringsreglement for folkevalgte i {ny}"),
        M(f"Fellesnemnda {short_date(vedtatt_iso)} – {sak}"),
        H2("Innledning"),
        P(f"""Dette godtgjøringsreglementet bygger på prinsippet om at folkevalgte ikke skal tape
        økonomisk på å ha et verv i kommunen. Reglementet er utarbeidet etter en gjennomgang av de
        tidligere reglementene i {gamle_liste(k)}, som hadde ulike satser og ulike ordninger for
        frikjøp. Fellesnemnda har lagt vekt på å finne et nivå som ligger midt mellom de gamle
        ordningene."""),
        H2("Satser"),
        LI("Ordfører: 105 prosent av stortingsrepresentantenes godtgjøring, heltid"),
        LI("Varaordfører: 30 prosent av ordførerens godtgjøring"),
        LI("Leder i kontrollutvalget: 5 prosent av ordførerens godtgjøring"),
        LI("Møtegodtgjøring kommunestyret: 1 500 kroner per møte"),
        LI("Møtegodtgjøring andre organer: 1 000 kroner per møte"),
        H2("Tapt arbeidsinntekt og utgifter"),
        P("""Erstatning for legitimert tapt arbeidsinntekt gis med inntil 3 500 kroner per dag. Krav
        skal fremmes innen tre måneder etter møtet. Reise dekkes etter statens satser, og kommunen
        dekker utgifter til barnetilsyn når møtet er på kveldstid."""),
        H2("Fellesnemnda og partssammensatt utvalg"),
        P(f"""Medlemmer av fellesnemnda og partssammensatt utvalg får 1 000 kroner per møte. Lederen
        av fellesnemnda får ikke fast godtgjøring, men får dekket tapt arbeidsinntekt for dager som
        går med til arbeid med sammenslåingen."""),
        H2("Ikrafttredelse"),
        P(f"""Reglementet gjelder fra konstitueringen av kommunestyret i {ny} høsten 2019."""),
    ]


def godtgjering_nn(k, vedtatt_iso, sak):
    """Nynorsk template shared by Kinn and Stad (near-duplicate group)."""
    d = KOMMUNER[k]
    ny = d["ny"]
    return [
        H1(f"Reglement for godtgjering til folkevalde i {ny} kommune"),
        M(f"Vedteke i fellesnemnda {long_date(vedtatt_iso)}, {sak}"),
        H2("§ 1 Verkeområde"),
        P(f"""Reglementet gjeld økonomiske rettar for folkevalde i {ny} kommune, medrekna medlemene i
        fellesnemnda for {gamle_liste(k)}. Det skal sikre at alle kan ta på seg politiske verv utan å
        tape pengar på det, jf. kommunelova kapittel 8."""),
        H2("§ 2 Ordførar og varaordførar"),
        P("""Ordføraren har fast godtgjering på 100 prosent av godtgjeringa til
        stortingsrepresentantane. Varaordføraren har 20 prosent av godtgjeringa til ordføraren, og
        får i tillegg møtegodtgjering for møte i andre organ enn formannskapet."""),
        H2("§ 3 Møtegodtgjering"),
        P("""Medlemer og varamedlemer som møter i kommunestyret, formannskapet og utvala, får 900
        kroner per møte. Er møtet lengre enn seks timar, vert det gitt dobbel sats. Leiaren av eit
        utval får dobbel møtegodtgjering."""),
        H2("§ 4 Tapt arbeidsinntekt"),
        P("""Dokumentert tapt arbeidsinntekt vert dekt med inntil 2 800 kroner per dag. Sjølvstendig
        næringsdrivande kan krevje dekning basert på siste likning. Udokumentert tap vert dekt med
        inntil 800 kroner per dag."""),
        H2("§ 5 Skyss, kost og andre utgifter"),
        P("""Reiser vert dekte etter statens reiseregulativ. Ferje og båt vert dekt etter
        kvittering. Utgifter til barnepass og tilsyn med pleietrengande vert dekte når møtet
        krev det."""),
        H2("§ 6 Fellesnemnda"),
        P(f"""Medlemene i fellesnemnda får møtegodtgjering etter § 3. Leiaren av fellesnemnda har ei
        fast godtgjering på 15 prosent av ordførargodtgjeringa fram til {d['start']}. Medlemene i
        partssamansett utval får same sats som medlemene i fellesnemnda."""),
        H2("§ 6a Sosiale rettar"),
        P("""Ordføraren har rett til sjukepengar, pensjon og ettergodtgjering etter reglane i kommunelova
        kapittel 8 og tilhøyrande forskrift. Andre folkevalde med fast godtgjering på minst 20 prosent har
        same rettar så langt dei passar."""),
        H2("§ 7 Utbetaling"),
        P("""Fast godtgjering vert utbetalt kvar månad. Møtegodtgjering vert utbetalt etter registrering frå
        sekretariatet. Krav om dekning av tapt arbeidsinntekt og utgifter må setjast fram innan tre
        månader etter møtet."""),
        H2("§ 8 Iverksetjing"),
        P("""Reglementet gjeld frå det tidspunktet det er vedteke, og skal reviderast av det nye
        kommunestyret i løpet av 2020."""),
    ]


def arbeidsgiverpolitikk_nb(k, vedtatt_iso, sak, style):
    d = KOMMUNER[k]
    ny = d["ny"]
    if style == "a":
        return [
            H1(f"Arbeidsgiverpolitikk for {ny} kommune"),
            M(f"Vedtatt i partssammensatt utvalg og fellesnemnda {long_date(vedtatt_iso)}, {sak}"),
            H2("Hvorfor en felles arbeidsgiverpolitikk?"),
            P(f"""Kommunesammenslåingen betyr at nesten 5 000 ansatte i {gamle_liste(k)} skal bli kolleger i
            én organisasjon. Arbeidsgiverpolitikken beskriver hva de ansatte kan forvente av kommunen
            som arbeidsgiver, og hva kommunen forventer av sine ledere og medarbeidere. Den er
            utarbeidet i et samarbeid mellom arbeidsgiver, tillitsvalgte og verneombud, og ble drøftet
            i partssammensatt utvalg før vedtak, jf. inndelingslova § 26."""),
            H2("Våre verdier"),
            P("""Verdiene åpen, modig og til stede skal prege hvordan vi møter innbyggerne og hverandre.
            Vi deler kunnskap, sier fra når noe ikke fungerer og tar ansvar for helheten."""),
            H2("Ledelse"),
            P("""Ledere i kommunen har ansvar som arbeidsgiver på vegne av kommunedirektøren. Det betyr
            ansvar for resultater, arbeidsmiljø og for at de ansatte har tydelige forventninger. Ledere
            skal gjennomføre medarbeidersamtaler hvert år, og skal følge opp sykefravær tett og
            tidlig."""),
            H2("Medvirkning"),
            P("""Medvirkning fra ansatte og tillitsvalgte skal skje tidlig. Hovedavtalen og
            arbeidsmiljøloven gir rammer for samarbeidet. I omstillingsprosesser skal tillitsvalgte
            trekkes med før beslutninger tas."""),
            H2("Lønn og kompetanse"),
            P("""Lønnspolitikken skal bidra til å beholde og rekruttere kompetente medarbeidere. Ved
            harmonisering av lønn etter sammenslåingen skal ingen gå ned i lønn. Kommunen skal ha en
            strategisk kompetanseplan som rulleres hvert fjerde år."""),
            H2("Heltidskultur"),
            P("""Kommunen skal ha en heltidskultur. Stillinger lyses ut som hele stillinger med mindre
            det er særlige grunner for noe annet. Deltidsansatte som ønsker det, skal få tilbud om
            økt stillingsstørrelse når det blir ledige timer."""),
            H2("Arbeidsmiljø og seniorpolitikk"),
            P("""Kommunen skal ha et godt og inkluderende arbeidsmiljø med lavt sykefravær. Seniorer
            skal få tilrettelegging som gjør det mulig å stå lenger i arbeid. Alle ansatte har et
            ansvar for å bidra til et godt arbeidsmiljø."""),
        ]
    return [
        H1(f"Personalreglement og arbeidsgiverpolitiske prinsipper – {ny} kommune"),
        M(f"Sak {sak}, vedtatt {short_date(vedtatt_iso)}"),
        H2("1. Innledning"),
        P(f"""Personalreglementet gjelder alle ansatte i {ny} kommune. Reglementet utfyller lov og
        tariffavtale og beskriver kommunens praksis ved ansettelse, prøvetid, permisjoner,
        arbeidstid og avslutning av arbeidsforhold. I perioden fram til sammenslåingen har
        fellesnemnda arbeidsgiveransvaret for prosjektorganisasjonen, mens de {antall(k)} kommunene
        fortsatt er arbeidsgivere for sine ansatte."""),
        H2("2. Ansettelse"),
        P("""Ledige stillinger skal lyses ut offentlig. Ansettelse skjer etter kvalifikasjonsprinsippet.
        Kommunedirektøren har ansvar som arbeidsgiver og ansetter i alle stillinger unntatt
        kommunedirektørens egen stilling. Innstillingsråd kan opprettes for lederstillinger."""),
        H2("3. Prøvetid"),
        P("""Det gjelder en prøvetid på seks måneder ved alle nye ansettelser. Prøvetiden kan
        forlenges dersom arbeidstakeren har vært borte fra arbeid, jf. arbeidsmiljøloven § 15-6."""),
        H2("4. Permisjoner"),
        P("""Velferdspermisjon med lønn kan gis i inntil tolv dager per kalenderår. Permisjon uten lønn
        for utdanning eller annet arbeid kan innvilges for inntil ett år om gangen."""),
        H2("5. Arbeidsgiverpolitiske prinsipper"),
        LI("Vi er én kommune og én arbeidsgiver – ingen skal behandles ulikt etter hvilken kommune de kom fra."),
        LI("Vi sikrer ansatte i kommunesammenslåingen de rettighetene som følger av arbeidsmiljøloven kapittel 16."),
        LI("Vi bruker kompetansen til alle ansatte og legger til rette for utvikling."),
        LI("Vi har nulltoleranse for trakassering og diskriminering."),
        H2("6. Innplassering"),
        P("""Alle ansatte i de tidligere kommunene overføres til den nye kommunen med de rettigheter
        de har. Innplassering i ny organisasjon skjer etter drøftinger med tillitsvalgte, og ansatte
        kan uttale seg om ønsket plassering."""),
    ]


def arbeidsgjevarpolitikk_nn(k, vedtatt_iso, sak):
    d = KOMMUNER[k]
    ny = d["ny"]
    return [
        H1(f"Arbeidsgjevarpolitikk for {ny} kommune"),
        M(f"Vedteke i fellesnemnda {long_date(vedtatt_iso)}, {sak}, etter drøfting i partssamansett utval"),
        H2("Innleiing"),
        P(f"""Når {gamle_liste(k)} vert éin kommune, treng vi ein felles arbeidsgjevarpolitikk som
        seier kva dei tilsette kan vente seg av kommunen, og kva kommunen ventar av leiarar og
        medarbeidarar. Politikken er laga i lag med tillitsvalde og verneombod i alle {antall(k)} kommunane,
        jf. inndelingslova § 26 om partssamansett utval."""),
        H2("Verdiar"),
        P("""Verdiane våre er open, raus og modig. Vi skal vere opne om det vi gjer, rause mot
        kvarandre og innbyggjarane, og modige nok til å prøve nye løysingar."""),
        H2("Leiing"),
        P("""Leiarane utøver arbeidsgjevaransvaret på vegner av kommunedirektøren. Dei har ansvar for
        tenestene, for økonomien og for arbeidsmiljøet. Leiarane skal vere tilgjengelege og gje
        tilbakemeldingar, og dei skal ha medarbeidarsamtalar med alle tilsette kvart år."""),
        H2("Medverknad"),
        P("""Tilsette og tillitsvalde skal takast med tidleg i alle endringsprosessar. Hovudavtalen og
        arbeidsmiljølova er grunnlaget for samarbeidet. I samanslåingsprosessen skal ingen
        tilsette seiast opp som følgje av samanslåinga."""),
        H2("Løn, kompetanse og heiltid"),
        P("""Lønspolitikken skal vere open og føreseieleg. Ingen skal gå ned i løn som følgje av
        samanslåinga. Kommunen skal ha ein heiltidskultur, og stillingar skal som hovudregel lysast
        ut som heile stillingar. Kompetanseplanen skal rullerast kvart fjerde år."""),
        H2("Arbeidsmiljø"),
        P("""Vi skal ha eit arbeidsmiljø der folk trivst og har låg sjukefråvær. Seniorar skal få
        tilrettelegging, og nytilsette skal få ei god innføring i heile organisasjonen, ikkje berre
        i eiga eining."""),
    ]


def build():
    docs = []
    K = kommuner_felt
    # Near-duplicate group: template delegeringsreglement used by three merger projects.
    for k, fmt, iso, sak, terskel, author in [
        ("asker", "docx", "2019-03-12", "PS 14/19", "1 000 000", "Fellesnemnda Asker, Røyken og Hurum"),
        ("holmestrand", "odt", "2017-09-19", "PS 31/17", "500 000", "Prosjektsekretariatet Holmestrand og Hof"),
        ("indre-ostfold", "txt", "2019-05-28", "PS 22/19", "750 000", "Fellesnemnda Indre Østfold"),
    ]:
        ny = KOMMUNER[k]["ny"]
        slugname = k
        docs.append(doc(f"delegeringsreglement-{slugname}-{iso[:4]}", k, K(k), "reglement", "nb", iso,
                        f"Delegeringsreglement for {ny} kommune", delegering_mal(k, iso, sak, terskel), fmt,
                        author, group="nd-delegeringsreglement-mal", topic="delegeringsreglement",
                        description=f"Delegeringsreglement for nye {ny} kommune vedtatt av fellesnemnda"))
    docs.append(doc("delegeringsreglement-sunnfjord-2019", "sunnfjord", K("sunnfjord"), "reglement", "nn",
                    "2019-06-18", "Delegeringsreglement for Sunnfjord kommune",
                    delegering_nn("sunnfjord", "2019-06-18", "PS 41/19"), "docx", "Fellesnemnda for Sunnfjord",
                    topic="delegeringsreglement"))
    # Økonomireglement: a draft and the adopted version (near-duplicate), and another municipality.
    docs.append(doc("okonomireglement-larvik-2017-utkast", "larvik", K("larvik"), "reglement", "nb", "2017-04-25",
                    "Økonomireglement for Larvik kommune (utkast)", okonomireglement("larvik", "2017-04-25", "PS 18/17", "utkast"),
                    "odt", "Prosjektsekretariatet Larvik og Lardal", group="nd-okonomireglement", topic="økonomireglement"))
    docs.append(doc("okonomireglement-larvik-2017", "larvik", K("larvik"), "reglement", "nb", "2017-06-13",
                    "Økonomireglement for Larvik kommune", okonomireglement("larvik", "2017-06-13", "PS 27/17", "vedtatt"),
                    "docx", "Fellesnemnda Larvik og Lardal", group="nd-okonomireglement", topic="økonomireglement"))
    docs.append(doc("okonomireglement-alesund-2019", "alesund", K("alesund"), "reglement", "nb", "2019-04-02",
                    "Økonomireglement for nye Ålesund kommune", okonomireglement("alesund", "2019-04-02", "PS 19/19", "vedtatt"),
                    "rtf", "Fellesnemnda for nye Ålesund", group="nd-okonomireglement", topic="økonomireglement"))
    docs.append(doc("finansreglement-larvik-2017", "larvik", K("larvik"), "reglement", "nb", "2017-10-17",
                    "Finansreglement – Larvik kommune", finansreglement("larvik", "2017-10-17", "PS 44/17", "a"),
                    "rtf", "Fellesnemnda Larvik og Lardal", topic="finansreglement"))
    docs.append(doc("finansreglement-nordre-follo-2019", "nordre-follo", K("nordre-follo"), "reglement", "nb", "2019-09-10",
                    "Reglement for finansforvaltning i Nordre Follo kommune",
                    finansreglement("nordre-follo", "2019-09-10", "Sak 2019/311", "b"),
                    "md", "Fellesnemnda Nordre Follo", topic="finansreglement"))
    docs.append(doc("godtgjoringsreglement-asker-2019", "asker", K("asker"), "reglement", "nb", "2019-06-04",
                    "Reglement for folkevalgtes godtgjøring – Asker kommune",
                    godtgjoring_nb("asker", "2019-06-04", "PS 38/19", "a"), "html", "Fellesnemnda Asker, Røyken og Hurum",
                    topic="godtgjøring folkevalgte"))
    docs.append(doc("godtgjoringsreglement-nordre-follo-2019", "nordre-follo", K("nordre-follo"), "reglement", "nb",
                    "2019-05-14", "Godtgjøringsreglement for folkevalgte i Nordre Follo",
                    godtgjoring_nb("nordre-follo", "2019-05-14", "Sak 2019/188", "b"), "txt", "Fellesnemnda Nordre Follo",
                    topic="godtgjøring folkevalgte", enc="cp1252"))
    docs.append(doc("godtgjeringsreglement-kinn-2019", "kinn", K("kinn"), "reglement", "nn", "2019-03-26",
                    "Reglement for godtgjering til folkevalde i Kinn kommune",
                    godtgjering_nn("kinn", "2019-03-26", "PS 09/19"), "odt", "Fellesnemnda for Kinn",
                    group="nd-godtgjering-nn", topic="godtgjøring folkevalgte"))
    docs.append(doc("godtgjeringsreglement-stad-2019", "stad", K("stad"), "reglement", "nn", "2019-04-09",
                    "Reglement for godtgjering til folkevalde i Stad kommune",
                    godtgjering_nn("stad", "2019-04-09", "PS 12/19"), "txt", "Fellesnemnda for Stad",
                    group="nd-godtgjering-nn", topic="godtgjøring folkevalgte"))
    docs.append(doc("arbeidsgiverpolitikk-sandefjord-2016", "sandefjord", K("sandefjord"), "reglement", "nb", "2016-05-10",
                    "Arbeidsgiverpolitikk for Sandefjord kommune",
                    arbeidsgiverpolitikk_nb("sandefjord", "2016-05-10", "PS 24/16", "a"), "pdf",
                    "Fellesnemnda Sandefjord, Andebu og Stokke", topic="arbeidsgiverpolitikk"))
    docs.append(doc("personalreglement-indre-ostfold-2019", "indre-ostfold", K("indre-ostfold"), "reglement", "nb",
                    "2019-02-19", "Personalreglement og arbeidsgiverpolitiske prinsipper – Indre Østfold kommune",
                    arbeidsgiverpolitikk_nb("indre-ostfold", "2019-02-19", "2019/045", "b"), "rtf",
                    "Fellesnemnda Indre Østfold", topic="arbeidsgiverpolitikk"))
    docs.append(doc("arbeidsgjevarpolitikk-sunnfjord-2018", "sunnfjord", K("sunnfjord"), "reglement", "nn", "2018-11-20",
                    "Arbeidsgjevarpolitikk for Sunnfjord kommune",
                    arbeidsgjevarpolitikk_nn("sunnfjord", "2018-11-20", "PS 58/18"), "html", "Fellesnemnda for Sunnfjord",
                    topic="arbeidsgiverpolitikk"))
    return docs
