"""'Eventuelt' sections for the møteprotokoller, keyed by document key."""

EVENTUELT = {
    "protokoll-fellesnemnda-asker-2018-06-05": """Nora Haugen spurte om hvordan innbyggerne i Hurum vil bli
        informert om endringer i åpningstidene ved servicetorget på Tofte. Prosjektrådmannen svarte at det
        vil bli sendt ut informasjon til alle husstander i august, og at åpningstidene ikke endres før
        sammenslåingen. Geir Øvrebø ba om en orientering om arbeidet med felles IKT-plattform i neste
        møte. Lederen tok dette til følge.""",
    "protokoll-fellesnemnda-larvik-2017-02-14": """Solveig Lia tok opp at mange i Lardal er bekymret for
        framtiden til Svarstad skole. Rådmannen orienterte om at skolestrukturen ikke er en del av
        sammenslåingsprosjektet, og at eventuelle endringer vil bli behandlet av det nye kommunestyret
        etter en egen utredning. Fellesnemnda ba om at dette blir gjort kjent på nettsiden.""",
    "protokoll-fellesnemnda-sandefjord-2015-11-24": """Liv Torill Hansen ba om at fellesnemnda får en samlet
        oversikt over alle interkommunale samarbeid som Andebu, Stokke og Sandefjord deltar i, og en
        vurdering av hvilke som skal videreføres. Prosjektrådmannen vil legge fram en slik oversikt i
        februar 2016. Det ble også spurt om reglene for godtgjøring til medlemmene. Sekretariatet
        orienterte om at hver kommune utbetaler etter eget reglement inntil videre.""",
    "protokoll-fellesnemnda-holmestrand-2016-10-04": """Kjell Arne Hof spurte om det er avklart hvilket
        kommunevåpen den nye kommunen skal bruke. Rådmannen svarte at saken vil bli lagt fram våren
        2017, etter at innbyggerne er invitert til å gi innspill. Det ble videre spurt om fergetilbudet
        og kollektivtransport mellom Hof og Holmestrand sentrum. Dette er fylkeskommunens ansvar, men
        fellesnemnda vil sende et brev om behovet for bedre busstilbud.""",
    "protokoll-fellesnemnda-indre-ostfold-2018-10-16": """Randi Brekke tok opp at flere ansatte har uttrykt
        usikkerhet om hvor de skal ha arbeidssted etter vedtaket om fordeling av administrative
        funksjoner. Prosjektrådmannen Sigrid Müller orienterte om at alle berørte ansatte får brev før
        jul, og at det holdes allmøter i alle fem kommunene i november. Det ble også spurt om tidsplanen
        for ny nettside. Nettsiden skal lanseres i september 2019.""",
    "protokoll-fellesnemnda-alesund-2018-01-16": """Marianne Fjørtoft spurte om ferjetider blir tatt hensyn
        til når møteplanen legges, slik at medlemmer fra Sandøy kan delta. Lederen bekreftet at møtene
        starter kl. 10.00 av denne grunn. Det ble også spurt om når godtgjøringen til medlemmene blir
        utbetalt første gang. Sekretariatet svarte at utbetaling skjer i februar, etter vedtaket i
        PS 05/17.""",
    "protokoll-fellesnemnda-nordre-follo-2017-10-24": """Camilla Aas spurte om hvordan plasseringen av
        administrasjonssenteret skal avgjøres, og når. Lederen svarte at kommunedirektøren vil legge fram
        en analyse av lokaler og økonomi i mars 2018, og at fellesnemnda da skal gjøre vedtak. Det ble
        også tatt opp at innbyggerne bør få et enkelt sted å følge med på arbeidet. Sekretariatet
        orienterte om at alle saksdokumenter legges ut på nettsiden for den nye kommunen.""",
    "protokoll-fellesnemnda-sunnfjord-2018-09-25": """Nils Jølstad spurde om kostnadene ved nytt
        kommunevåpen, særleg for skilt og bilar. Prosjektleiaren svarte at det er sett av om lag 1,2
        millionar kroner, og at skilta vert skifta gradvis. Det vart òg spurt om korleis innbyggjarane i
        Naustdal skal få vite om opningstidene ved servicekontoret. Det skal sendast ut informasjon til
        alle husstandar før jul.""",
    "protokoll-fellesnemnda-stad-2017-11-21": """Berit Hoddevik tok opp at det er viktig at møta i
        fellesnemnda vert lagde til tider som passar med ferje og buss frå Selje. Leiaren sa seg samd,
        og møteplanen vert lagd slik at alle rekk heim same kveld. Det vart òg spurt om kommunevåpenet.
        Leiaren svarte at prosessen for val av kommunevåpen skal leggjast fram våren 2018.""",
    "protokoll-fellesnemnda-kinn-2018-02-06": """Turid Aase spurde kor tid spørsmålet om plassering av
        kommunale funksjonar i Florø og Måløy skal handsamast. Rådmannen svarte at saka skal leggjast fram
        i juni 2018. Det vart òg spurt om korleis ein skal sikre at begge byane får høve til å vere
        med i arbeidet med kommunevåpen og visuell profil. Prosjektleiaren skal kome attende til dette.""",
}
