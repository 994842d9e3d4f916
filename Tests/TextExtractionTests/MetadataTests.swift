import Foundation
import Testing

@testable import TextExtraction

/// The rules that derive language, document type, municipalities, case numbers and dates.
struct MetadataTests {
    private func tokens(_ text: String) -> [MetadataToken] { MetadataToken.tokenize(Substring(text)) }

    // MARK: Language

    @Test(arguments: [
        ("Eg veit ikkje kva dei vil gjere med kommunane, men det skal vere klart frå neste år.", DocumentLanguage.nynorsk),
        ("Jeg vet ikke hva de vil gjøre med kommunene, men det skal være klart fra neste år.", .bokmal),
        ("Fellesnemnda har vedteke at dei tilsette skal få tenester frå ein ny organisasjon, og at ho skal leie arbeidet.", .nynorsk),
        ("Fellesnemnda har vedtatt at de ansatte skal få tjenester fra en ny organisasjon, og at hun skal lede arbeidet.", .bokmal),
    ])
    func detectsTheWrittenStandard(_ text: String, _ expected: DocumentLanguage) {
        #expect(LanguageDetector.detect(tokens(text)) == expected)
    }

    /// Capitalised markers (ASCII and Å) count after lower-casing; every marker word is found
    /// through its packed bytes, and a word too long to pack is simply not a marker.
    @Test func capitalisedMarkersCountAndEveryMarkerPacks() {
        #expect(LanguageDetector.detect(tokens("IKKJE Kva DEI Frå EIN Sjølv")) == .nynorsk)
        #expect(LanguageDetector.detect(tokens("IKKE Hva DE Fra EN Selv")) == .bokmal)
        for word in LanguageDetector.nynorskMarkers.union(LanguageDetector.bokmalMarkers) {
            #expect(PackedWord(word.utf8) != nil, "\(word)")
        }
        for word in LanguageDetector.nynorskMarkers {
            #expect(LanguageDetector.packedNynorsk.contains(PackedWord(word.utf8)!) && !LanguageDetector.packedBokmal.contains(PackedWord(word.utf8)!), "\(word)")
        }
        for word in LanguageDetector.bokmalMarkers {
            #expect(LanguageDetector.packedBokmal.contains(PackedWord(word.utf8)!) && !LanguageDetector.packedNynorsk.contains(PackedWord(word.utf8)!), "\(word)")
        }
        for word in ["kommune", "ikk", "ikkjee", "", "fellesnemnda", "a", "nåå"] {
            #expect(!LanguageDetector.packedNynorsk.contains(PackedWord(word.utf8)!) && !LanguageDetector.packedBokmal.contains(PackedWord(word.utf8)!), "\(word)")
        }
        #expect(PackedWord("kommunesammenslåingen".utf8) == nil)
        #expect(PackedWord("fra".utf8) != PackedWord("fra\u{0}".utf8))
    }

    @Test func tooFewOrMixedMarkersGiveNoLanguage() {
        #expect(LanguageDetector.detect(tokens("Budsjett 2018. Asker kommune.")) == nil)
        #expect(LanguageDetector.detect(tokens("ikkje ikke kva hva frå fra dei de ein en")) == nil)
    }

    // MARK: Document type

    @Test(arguments: [
        ("Delegeringsreglement for Ålesund kommune", "", DocumentType.reglement),
        ("Prosjektplan – ny kommune", "", .prosjektplan),
        ("Møteprotokoll fellesnemnda", "", .protokoll),
        ("Saksframlegg: budsjett", "", .sak),
        ("Innstilling til fellesnemnda", "", .sak),
        (nil, "MØTEPROTOKOLL\nFellesnemnda\nPS 1/17 Vedtak: ...", .protokoll),
        (nil, "Saksfremlegg\nSaksbehandler: Kari", .sak),
        // Mentioning a plan or a case does not make a text one.
        (nil, "Dette er prosjektplanen for arbeidet.", .annet),
        (nil, "Reglement for godtgjering", .reglement),
        ("Budsjett", "Behandlet som PS 12/17. Vedtak: vedtatt.", .annet),
        ("Budsjett", "Ingen spesielle kjennetegn her.", .annet),
    ] as [(String?, String, DocumentType)])
    func classifiesDocumentTypes(_ title: String?, _ text: String, _ expected: DocumentType) {
        let caseNumbers = CaseNumberFinder.find(in: tokens((title ?? "") + "\n" + text))
        #expect(DocumentTypeClassifier.classify(title: title, head: text[...], mentionsVedtak: DocumentTypeClassifier.mentionsVedtak(MetadataToken.tokenize(text[...])), caseNumbers: caseNumbers) == expected)
    }

    @Test func titleRulesWinOverContent() {
        let text = "Møteprotokoll ble nevnt i innledningen."
        #expect(DocumentTypeClassifier.classify(title: "Reglement for fellesnemnda", head: text[...], mentionsVedtak: false, caseNumbers: []) == .reglement)
    }

    // MARK: Municipalities

    @Test func findsMunicipalitiesAsWholeCapitalisedWords() {
        let text = "Larvik og Lardal slo seg saman. Sandefjord, Andebu og Stokke òg. Indre Østfold kom frå Askim og Eidsberg. "
            + "Evje og Hornnes er uendra, medan Nord-Fron og Askers nabo Røyken endra seg. larvik er skrive med liten bokstav; Larviksregionen er eitt ord."
        #expect(MunicipalityFinder.norwegian.find(in: tokens(text)) == [
            "Larvik", "Lardal", "Sandefjord", "Andebu", "Stokke", "Indre Østfold", "Askim", "Eidsberg", "Evje og Hornnes",
            "Nord-Fron", "Asker", "Røyken",
        ])
    }

    @Test func ambiguousNamesAreSkippedAtSentenceStart() {
        #expect(MunicipalityFinder.norwegian.find(in: tokens("Strand er fin. Sola skin.")) == [])
        #expect(MunicipalityFinder.norwegian.find(in: tokens("Møtet var i Sola, ikkje i Strand.")) == ["Sola", "Strand"])
    }

    @Test func theListHasTheReformMunicipalities() {
        let all = Set(MunicipalityNames.all)
        for name in ["Asker", "Røyken", "Hurum", "Larvik", "Lardal", "Sandefjord", "Andebu", "Stokke", "Holmestrand", "Hof",
                     "Askim", "Eidsberg", "Spydeberg", "Hobøl", "Trøgstad", "Indre Østfold", "Ålesund", "Haram", "Sandøy",
                     "Skodje", "Ørskog", "Førde", "Jølster", "Gaular", "Naustdal", "Sunnfjord", "Eid", "Selje", "Stad",
                     "Flora", "Vågsøy", "Kinn"] {
            #expect(all.contains(name), "\(name)")
        }
        #expect(all.count > 400)
    }

    // MARK: Case numbers and dates

    @Test func findsCaseNumbers() {
        let text = "Viser til PS 12/17 og sak 2017/123. Saksnr.: 17/1234, arkivsak 2018/9. KS-sak 3/19 og FS 4/2019. "
            + "Ikke 12/17 alene, ikke ps 1/17, ikke sak 1/2/3."
        #expect(CaseNumberFinder.find(in: tokens(text)) == ["PS 12/17", "2017/123", "17/1234", "2018/9", "KS 3/19", "FS 4/2019"])
    }

    @Test func findsDatesAsISO() {
        let text = "Møte 12. mars 2017, frist 01.04.2017 og 1.4.2017, vedtak 2017-03-12 (same dag). "
            + "Ugyldig: 31.02.2017, 12.03.17, 2017-13-01. Også 3. feb. 2019 og 24. desember, 2020."
        #expect(DateFinder.find(in: tokens(text)) == ["2017-03-12", "2017-04-01", "2019-02-03", "2020-12-24"])
    }

    // MARK: Parties

    /// The parties come from the title and the header; people's surnames, villages and other
    /// municipalities mentioned in the body are not parties.
    @Test func municipalitiesAreTheParties() {
        func parties(_ title: String?, _ text: String) -> [String] {
            MunicipalityFinder.norwegian.parties(title: title.map { tokens($0) } ?? [], text: tokens(text))
        }
        let minutes = """
            Møteprotokoll – Fellesnemnda for Eid og Selje
            =====
            Møtestad: Eid rådhus
            Møtedato: 21.11.2017
            Til stades
            Arnfinn Kvalsund (leiar), Frode
            Kvam, Ida Vik, Kjell Arne Berg.
            Fellesnemnda i Larvik og Lardal gjorde det same i Larvik kommune.
            """
        #expect(parties(nil, minutes) == ["Stad", "Eid", "Selje"])
        let header = "Reglement\nVedtatt 2017\nAv kommunestyret\nI\nFire\nDeler\n"
        #expect(parties("Reglement for Flora kommune", header + "Tekst om Sande og Førde kommune.") == ["Kinn", "Flora"])
        // Nothing in the header: names standing as municipalities in the body, nothing else.
        let forum = "Tråd om godtgjøring\n\nI nye Ålesund fikk vi mer enn i Larvik.\nHos oss i Asker kommune var det likt. Ida Vik"
        #expect(parties(nil, forum) == ["Ålesund", "Asker"])
        // Prose (a sentence, not a heading) names no parties by mentioning places.
        #expect(parties(nil, "Filmen er spilt inn i Oslo og Bergen.\nDen har premiere i Bodø.") == [])
        #expect(parties(nil, "Kommunevåpen for nye Larvik\n\nVåpenet fra Larvik og Lardal.") == ["Larvik", "Lardal"])
    }

    @Test func mergerHistoryAddsTheNewMunicipality() {
        #expect(MunicipalityMergers.withMergedNames(["Flora", "Vågsøy"]) == ["Kinn", "Flora", "Vågsøy"])
        #expect(MunicipalityMergers.withMergedNames(["Haram"]) == ["Ålesund", "Haram"])
        #expect(MunicipalityMergers.withMergedNames(["Asker", "Røyken"]) == ["Asker", "Røyken"])
        #expect(MunicipalityMergers.withMergedNames(["Bø", "Sande", "Os"]) == ["Bø", "Sande", "Os"])
        for (new, old) in MunicipalityMergers.formedFrom {
            #expect(MunicipalityNames.all.contains(new), "\(new)")
            for name in old { #expect(MunicipalityNames.all.contains(name), "\(name)") }
        }
    }

    // MARK: Type

    @Test(arguments: [
        ("PS 03/16 Godtgjøring til fellesnemndas medlemmer", "Reglementet for godtgjøring gjelder.", DocumentType.sak),
        ("Godtgjøring", "Arkivsak: 2016/1\nSaksnr.: PS 03/16\n\nInnstilling\nReglement, reglement, reglement.", .sak),
        ("Reglement for fellesnemnda", "§ 1 Formål\n§ 2 Sammensetning\n§ 3 Møter", .reglement),
        ("Folkevalgte", "Innledning\n§ 1 Formål\n§ 2 Sammensetning\n  § 3 Møter", .reglement),
        ("Møteprotokoll – Fellesnemnda", "PS 1/17 og PS 2/17", .protokoll),
        ("Kommunikasjonsplan for nye Asker", "Mål og milepæler", .kommunikasjonsplan),
        ("Høringsuttalelse om inndeling", "Tekst", .horingsuttalelse),
        ("Tråd: Godtgjøring – hva får dere?", "Innlegg fra «A»: Hei", .forum),
        ("Hva med rådhuset?", "«A» skrev: Hei\n«B» svarte: Nei", .forum),
        ("Utgreiing om økonomi", "Tekst", .utredning),
        ("Prosjektplan for sammenslåingen", "Tekst", .prosjektplan),
        ("IKT – plan for overgangen", "Prosjektnotat", .prosjektplan),
        ("Ski blir administrasjonssenter", "Fellesnemnda vedtok i PS 18/18 at Ski blir senter. Vedtak: ja.", .annet),
        ("Spørsmål og svar", "Står det i saksfremlegget? Ja.", .annet),
    ])
    func typeFromStructure(_ title: String, _ text: String, _ expected: DocumentType) {
        let tokens = tokens(text)
        let type = DocumentTypeClassifier.classify(
            title: title, head: Substring(text), mentionsVedtak: DocumentTypeClassifier.mentionsVedtak(tokens),
            caseNumbers: CaseNumberFinder.find(in: tokens))
        #expect(type == expected, "\(title)")
    }

    // MARK: Title

    @Test func titleFallsBackFromMetadataToHeadingToFirstLine() {
        #expect(TitleGuesser.title(metadata: "Reglement", firstHeading: "Overskrift", text: "Linje") == "Reglement")
        #expect(TitleGuesser.title(metadata: "Microsoft Word - notat.docx", firstHeading: "Overskrift", text: "x") == "Overskrift")
        #expect(TitleGuesser.title(metadata: "python-docx", firstHeading: nil, text: "Overskrift\n\nTekst.") == "Overskrift")
        #expect(TitleGuesser.title(metadata: "  ", firstHeading: nil, text: "\n\n  Første   linje \n\nandre") == "Første linje")
        #expect(TitleGuesser.title(metadata: nil, firstHeading: nil, text: "") == nil)
        let long = String(repeating: "ord ", count: 100)
        #expect(TitleGuesser.title(metadata: nil, firstHeading: nil, text: long, linesAreParagraphs: true) == nil)
    }

    /// Plain text: a first line is a title only when it reads as a heading.
    @Test(arguments: [
        ("Brev til kommunane\n\nMe viser til vedtaket.", "Brev til kommunane"),
        ("Reglement for godtgjøring\n========\nTekst.", "Reglement for godtgjøring"),
        ("Reglement for godtgjøring\n--------\nTekst.", "Reglement for godtgjøring"),
        ("Filmen er en av årets beste.\n\nMer tekst.", nil),
        ("Kommunestyret vedtok i går at den nye kommunen skal hete\nKinn, etter en lang debatt.", nil),
        ("Hva skjer med skolene?\n\nSvar.", nil),
        ("Vedtak:\n\nTekst", nil),
        ("Bare én linje uten punktum", "Bare én linje uten punktum"),
    ] as [(String, String?)])
    func plainTextTitleOnlyFromAHeading(_ text: String, _ expected: String?) {
        #expect(TitleGuesser.title(metadata: nil, firstHeading: nil, text: text) == expected, "\(text)")
    }

    /// Case documents: the subject with its case number, never the letterhead or the labels;
    /// minutes with their meeting date.
    @Test func caseSubjectWithItsNumber() {
        let sak = """
            Fellesnemnda for Flora og Vågsøy
            Arkivsak: 2018/021   Saksbehandlar: Magnus Frøyen
            Utval: Fellesnemnda   Møtedato: 06.02.2018   Saksnr.: PS 02/18
            Namn på den nye kommunen
            ========================

            Rådmannen si tilråding
            """
        #expect(TitleGuesser.title(metadata: nil, firstHeading: nil, text: sak) == "PS 02/18 Namn på den nye kommunen")
        let markdown = "_Fellesnemnda for Eid og Selje_\n\n_Utval: Fellesnemnda   Møtedato: 21.11.2017   Saksnr.: PS 04/17_\n\nTekst"
        #expect(TitleGuesser.title(metadata: nil, firstHeading: "Godtgjering til medlemene", text: markdown) == "PS 04/17 Godtgjering til medlemene")
        let framlegg = "Saksframlegg\nSaksnr.: PS 12/17\n\nNavn på ny kommune\n\nTekst."
        #expect(TitleGuesser.title(metadata: nil, firstHeading: nil, text: framlegg) == "PS 12/17 Navn på ny kommune")
        let protokoll = "Møteprotokoll – Fellesnemnda for Holmestrand og Hof\n=====\n\nMøtested: Hof rådhus\nMøtedato: 04.10.2016   Tid: 18.00–20.15\n"
        #expect(TitleGuesser.title(metadata: nil, firstHeading: nil, text: protokoll) == "Møteprotokoll – Fellesnemnda for Holmestrand og Hof, 04.10.2016")
        #expect(TitleGuesser.title(metadata: nil, firstHeading: "Møteprotokoll 14. mars 2017", text: "Møtedato: 14.03.2017") == "Møteprotokoll 14. mars 2017")
    }
}
