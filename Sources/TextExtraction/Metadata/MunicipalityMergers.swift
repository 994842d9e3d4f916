/// Which municipality a merged-away one became part of: the 2017–2020 municipal reform
/// (kommunereformen), written by hand from the reform's public lists. Haram, merged into
/// Ålesund in 2020, was re-established in 2024; its merger documents belong to the merger into
/// Ålesund, so it maps to Ålesund like the others. A name that is both merged away and still
/// in force elsewhere (Bø in Telemark and in Nordland, Sande in Vestfold and in Møre og
/// Romsdal, Os in Hordaland and in Innlandet) is left out, as are municipalities split between
/// several (Tysfjord, Snillfjord): a document naming them cannot be assigned to one merger.
enum MunicipalityMergers {
    /// New municipality → the municipalities it was formed from (itself included when it kept
    /// its name).
    static let formedFrom: [String: [String]] = [
        "Moss": ["Moss", "Rygge"],
        "Indre Østfold": ["Askim", "Eidsberg", "Hobøl", "Spydeberg", "Trøgstad"],
        "Nordre Follo": ["Oppegård", "Ski"],
        "Asker": ["Asker", "Røyken", "Hurum"],
        "Lillestrøm": ["Fet", "Skedsmo", "Sørum"],
        "Drammen": ["Drammen", "Nedre Eiker", "Svelvik"],
        "Aurskog-Høland": ["Aurskog-Høland", "Rømskog"],
        "Holmestrand": ["Holmestrand", "Hof"],
        "Tønsberg": ["Tønsberg", "Re"],
        "Sandefjord": ["Sandefjord", "Andebu", "Stokke"],
        "Larvik": ["Larvik", "Lardal"],
        "Færder": ["Nøtterøy", "Tjøme"],
        "Midt-Telemark": ["Sauherad"],
        "Kristiansand": ["Kristiansand", "Søgne", "Songdalen"],
        "Lindesnes": ["Lindesnes", "Mandal", "Marnardal"],
        "Lyngdal": ["Lyngdal", "Audnedal"],
        "Stavanger": ["Stavanger", "Finnøy", "Rennesøy"],
        "Sandnes": ["Sandnes", "Forsand"],
        "Kinn": ["Flora", "Vågsøy"],
        "Stad": ["Eid", "Selje"],
        "Sunnfjord": ["Førde", "Jølster", "Gaular", "Naustdal"],
        "Sogndal": ["Sogndal", "Leikanger", "Balestrand"],
        "Alver": ["Lindås", "Meland", "Radøy"],
        "Øygarden": ["Øygarden", "Fjell", "Sund"],
        "Bjørnafjorden": ["Fusa"],
        "Ullensvang": ["Ullensvang", "Odda", "Jondal"],
        "Voss": ["Voss", "Granvin"],
        "Volda": ["Volda", "Hornindal"],
        "Ålesund": ["Ålesund", "Haram", "Sandøy", "Skodje", "Ørskog"],
        "Molde": ["Molde", "Nesset", "Midsund"],
        "Fjord": ["Norddal", "Stordal"],
        "Hustadvika": ["Eide", "Fræna"],
        "Heim": ["Hemne", "Halsa"],
        "Trondheim": ["Trondheim", "Klæbu"],
        "Orkland": ["Orkdal", "Agdenes", "Meldal"],
        "Indre Fosen": ["Rissa", "Leksvik"],
        "Ørland": ["Ørland", "Bjugn"],
        "Åfjord": ["Åfjord", "Roan"],
        "Namsos": ["Namsos", "Namdalseid", "Fosnes"],
        "Steinkjer": ["Steinkjer", "Verran"],
        "Nærøysund": ["Vikna", "Nærøy"],
        "Narvik": ["Narvik", "Ballangen"],
        "Tjeldsund": ["Tjeldsund", "Skånland"],
        "Senja": ["Lenvik", "Berg", "Torsken", "Tranøy"],
        "Hammerfest": ["Hammerfest", "Kvalsund"],
    ]

    /// Former municipality → the one it became part of (names that kept their name excluded).
    static let becamePartOf: [String: String] = {
        var map: [String: String] = [:]
        for (new, old) in formedFrom {
            for name in old where name != new { map[name] = new }
        }
        return map
    }()

    /// The merger a municipality took part in, named by the municipality it formed.
    static func merger(of name: String) -> String? {
        becamePartOf[name] ?? (formedFrom[name] != nil ? name : nil)
    }

    /// The names with the municipalities they became part of added before their first former
    /// part (`[Flora, Vågsøy]` → `[Kinn, Flora, Vågsøy]`), so a filter on the new name finds the
    /// former municipalities' documents.
    static func withMergedNames(_ names: [String]) -> [String] {
        var out: [String] = []
        var seen: Set<String> = []
        for name in names {
            if let new = becamePartOf[name], seen.insert(new).inserted { out.append(new) }
            if seen.insert(name).inserted { out.append(name) }
        }
        return out
    }
}

/// What other modules may know of the municipality list.
public enum Municipalities {
    /// Every Norwegian municipality's name, in force or merged away in the 2017–2020 reform.
    public static var allNames: [String] { MunicipalityNames.all }
}
