/// Norwegian municipality names: those in force from 2020 (plus Haram, re-established in 2024)
/// and those merged away in the 2017–2020 reform. Written by hand from the reform's public
/// lists; spelled as the municipalities spell themselves in bokmål/nynorsk (Sámi names omitted).
enum MunicipalityNames {
    /// Municipalities in force after the reform.
    static let current: [String] = [
        // Oslo and Viken (Østfold, Akershus, Buskerud)
        "Oslo", "Halden", "Moss", "Sarpsborg", "Fredrikstad", "Drammen", "Kongsberg", "Ringerike", "Hvaler",
        "Aremark", "Marker", "Indre Østfold", "Skiptvet", "Rakkestad", "Råde", "Våler", "Vestby", "Nordre Follo",
        "Ås", "Frogn", "Nesodden", "Bærum", "Asker", "Aurskog-Høland", "Rælingen", "Enebakk", "Lørenskog",
        "Lillestrøm", "Nittedal", "Gjerdrum", "Ullensaker", "Nes", "Eidsvoll", "Nannestad", "Hurdal", "Hole",
        "Flå", "Nesbyen", "Gol", "Hemsedal", "Ål", "Hol", "Sigdal", "Krødsherad", "Modum", "Øvre Eiker", "Lier",
        "Flesberg", "Rollag", "Nore og Uvdal", "Jevnaker", "Lunner",
        // Innlandet
        "Kongsvinger", "Hamar", "Lillehammer", "Gjøvik", "Ringsaker", "Løten", "Stange", "Nord-Odal", "Sør-Odal",
        "Eidskog", "Grue", "Åsnes", "Elverum", "Trysil", "Åmot", "Stor-Elvdal", "Rendalen", "Engerdal", "Tolga",
        "Tynset", "Alvdal", "Folldal", "Os", "Dovre", "Lesja", "Skjåk", "Lom", "Vågå", "Nord-Fron", "Sel",
        "Sør-Fron", "Ringebu", "Øyer", "Gausdal", "Østre Toten", "Vestre Toten", "Gran", "Søndre Land",
        "Nordre Land", "Sør-Aurdal", "Etnedal", "Nord-Aurdal", "Vestre Slidre", "Øystre Slidre", "Vang",
        // Vestfold og Telemark
        "Horten", "Holmestrand", "Tønsberg", "Sandefjord", "Larvik", "Færder", "Porsgrunn", "Skien", "Notodden",
        "Siljan", "Bamble", "Kragerø", "Drangedal", "Nome", "Midt-Telemark", "Tinn", "Hjartdal", "Seljord",
        "Kviteseid", "Nissedal", "Fyresdal", "Tokke", "Vinje",
        // Agder
        "Risør", "Grimstad", "Arendal", "Kristiansand", "Lindesnes", "Farsund", "Flekkefjord", "Gjerstad",
        "Vegårshei", "Tvedestrand", "Froland", "Lillesand", "Birkenes", "Åmli", "Iveland", "Evje og Hornnes",
        "Bygland", "Valle", "Bykle", "Vennesla", "Åseral", "Lyngdal", "Hægebostad", "Kvinesdal", "Sirdal",
        // Rogaland
        "Stavanger", "Haugesund", "Sandnes", "Eigersund", "Sokndal", "Lund", "Bjerkreim", "Hå", "Klepp", "Time",
        "Gjesdal", "Sola", "Randaberg", "Strand", "Hjelmeland", "Suldal", "Sauda", "Kvitsøy", "Bokn", "Tysvær",
        "Karmøy", "Utsira", "Vindafjord",
        // Vestland
        "Bergen", "Kinn", "Etne", "Sveio", "Bømlo", "Stord", "Fitjar", "Tysnes", "Kvinnherad", "Ullensvang",
        "Eidfjord", "Ulvik", "Voss", "Kvam", "Samnanger", "Bjørnafjorden", "Austevoll", "Øygarden", "Askøy",
        "Vaksdal", "Modalen", "Osterøy", "Alver", "Austrheim", "Fedje", "Masfjorden", "Gulen", "Solund",
        "Hyllestad", "Høyanger", "Vik", "Sogndal", "Aurland", "Lærdal", "Årdal", "Luster", "Askvoll", "Fjaler",
        "Sunnfjord", "Bremanger", "Stad", "Gloppen", "Stryn",
        // Møre og Romsdal
        "Kristiansund", "Molde", "Ålesund", "Haram", "Vanylven", "Sande", "Herøy", "Ulstein", "Hareid", "Volda",
        "Ørsta", "Stranda", "Sykkylven", "Sula", "Giske", "Vestnes", "Rauma", "Aukra", "Averøy", "Gjemnes",
        "Tingvoll", "Sunndal", "Surnadal", "Smøla", "Aure", "Fjord", "Hustadvika",
        // Trøndelag
        "Trondheim", "Steinkjer", "Namsos", "Frøya", "Osen", "Oppdal", "Rennebu", "Røros", "Holtålen",
        "Midtre Gauldal", "Melhus", "Skaun", "Malvik", "Selbu", "Tydal", "Meråker", "Stjørdal", "Frosta",
        "Levanger", "Verdal", "Snåsa", "Lierne", "Røyrvik", "Namsskogan", "Grong", "Høylandet", "Overhalla",
        "Flatanger", "Leka", "Inderøy", "Indre Fosen", "Heim", "Hitra", "Ørland", "Åfjord", "Orkland",
        "Nærøysund", "Rindal",
        // Nordland
        "Bodø", "Narvik", "Bindal", "Sømna", "Brønnøy", "Vega", "Vevelstad", "Alstahaug", "Leirfjord", "Vefsn",
        "Grane", "Hattfjelldal", "Dønna", "Nesna", "Hemnes", "Rana", "Lurøy", "Træna", "Rødøy", "Meløy",
        "Gildeskål", "Beiarn", "Saltdal", "Fauske", "Sørfold", "Steigen", "Lødingen", "Evenes", "Røst", "Værøy",
        "Flakstad", "Vestvågøy", "Vågan", "Hadsel", "Bø", "Øksnes", "Sortland", "Andøy", "Moskenes", "Hamarøy",
        // Troms og Finnmark
        "Tromsø", "Harstad", "Alta", "Vardø", "Vadsø", "Hammerfest", "Kvæfjord", "Tjeldsund", "Ibestad",
        "Gratangen", "Lavangen", "Bardu", "Salangen", "Målselv", "Sørreisa", "Dyrøy", "Senja", "Balsfjord",
        "Karlsøy", "Lyngen", "Storfjord", "Kåfjord", "Skjervøy", "Nordreisa", "Kvænangen", "Kautokeino", "Loppa",
        "Hasvik", "Måsøy", "Nordkapp", "Porsanger", "Karasjok", "Lebesby", "Gamvik", "Berlevåg", "Tana",
        "Nesseby", "Båtsfjord", "Sør-Varanger",
    ]

    /// Municipalities merged into others in the 2017–2020 reform.
    static let mergedAway: [String] = [
        "Rygge", "Spydeberg", "Askim", "Eidsberg", "Hobøl", "Trøgstad", "Ski", "Oppegård", "Røyken", "Hurum",
        "Fet", "Sørum", "Skedsmo", "Nedre Eiker", "Svelvik", "Rømskog", "Hof", "Re", "Andebu", "Stokke", "Lardal",
        "Nøtterøy", "Tjøme", "Bø", "Sauherad", "Søgne", "Songdalen", "Mandal", "Marnardal", "Audnedal",
        "Forsand", "Finnøy", "Rennesøy", "Flora", "Vågsøy", "Odda", "Jondal", "Granvin", "Fusa", "Sund", "Fjell",
        "Lindås", "Meland", "Radøy", "Leikanger", "Balestrand", "Førde", "Jølster", "Gaular", "Naustdal", "Eid",
        "Selje", "Hornindal", "Norddal", "Stordal", "Fræna", "Eide", "Nesset", "Midsund", "Sandøy", "Skodje",
        "Ørskog", "Halsa", "Klæbu", "Hemne", "Snillfjord", "Agdenes", "Meldal", "Orkdal", "Rissa", "Leksvik",
        "Bjugn", "Roan", "Vikna", "Nærøy", "Fosnes", "Namdalseid", "Verran", "Ballangen", "Tysfjord", "Skånland",
        "Lenvik", "Berg", "Torsken", "Tranøy", "Kvalsund",
    ]

    /// Names that are also ordinary Norwegian words (ås, vik, strand, sola, …) or names of other
    /// things: matched only inside a sentence, never as its first word, where any word is capitalised.
    static let ambiguous: Set<String> = [
        "Nes", "Hole", "Hol", "Ål", "Os", "Lund", "Time", "Sola", "Strand", "Vik", "Bø", "Sande", "Gran", "Lom",
        "Sel", "Vang", "Valle", "Heim", "Fjord", "Stad", "Eid", "Kinn", "Sund", "Fjell", "Re", "Hof", "Moss",
        "Tana", "Berg", "Grane", "Rana", "Leka", "Vega", "Lier", "Alver", "Grue", "Loppa", "Tinn", "Osen",
        "Lunner", "Marker", "Ås", "Flå", "Stange", "Stranda", "Halsa", "Eide", "Fet", "Ski", "Stokke", "Flora",
        "Luster", "Nome", "Alta", "Vinje", "Sula", "Hå", "Fusa", "Roan", "Selje", "Steigen", "Frosta", "Dovre",
    ]

    /// Every name, current and merged away, without duplicates.
    static let all: [String] = Array(Set(current + mergedAway)).sorted()
}
