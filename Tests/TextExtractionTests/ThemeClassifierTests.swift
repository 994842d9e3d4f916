import Foundation
import Testing

@testable import TextExtraction

/// Themes: every Corpus document's judged main theme (`Corpus/metadata.tsv`'s `theme`) is among
/// its themes, per theme; the themes without Corpus documents are tested on written examples.
@Suite(.serialized) struct ThemeClassifierTests {
    /// Share of Corpus documents whose judged theme must be found (75 of 79 at the time of
    /// writing: minutes with many items are the misses).
    static let floor = 0.9
    /// Themes per document on average at most: a filter on a theme must narrow.
    static let maxMeanThemes = 2.0

    @Test func corpusDocumentsHaveTheirMainTheme() throws {
        let judged = CorpusMetadataTests.rows
        let tsv = try String(contentsOfFile: CorpusMetadataTests.root + "/Corpus/metadata.tsv", encoding: .utf8)
        let themes = tsv.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count > 12 }.map { $0[12] }
        #expect(themes.count == judged.count)
        var found: [String: (right: Int, all: Int)] = [:]
        var assigned = 0
        var misses: [String] = []
        for ((row, theme), document) in zip(zip(judged, themes), CorpusMetadataTests.extracted) {
            let got = document?.themes ?? []
            assigned += got.count
            found[theme, default: (0, 0)].all += 1
            if got.contains(theme) { found[theme]!.right += 1 } else { misses.append("\(row.path): \(got), judged \(theme)") }
        }
        let right = found.values.reduce(0) { $0 + $1.right }
        print("Corpus themes: \(right)/\(judged.count) main themes found, \(String(format: "%.2f", Double(assigned) / Double(judged.count))) themes per document")
        for (theme, f) in found.sorted(by: { $0.key < $1.key }) {
            print("  tema \(theme): \(f.right)/\(f.all)")
            #expect(f.right * 2 > f.all, "\(theme): \(f.right)/\(f.all)")
        }
        #expect(Double(right) / Double(judged.count) >= Self.floor, "\(misses.joined(separator: "\n"))")
        #expect(Double(assigned) / Double(judged.count) <= Self.maxMeanThemes)
        #expect(Set(found.keys).isSubset(of: Set(ThemeVocabulary.themes)))
    }

    /// One written example per theme, Bokmål or Nynorsk, including the three themes no Corpus
    /// document has as its main theme.
    @Test(arguments: [
        ("Lokaldemokrati i nye Kinn", "Innbyggjarinvolvering og nærdemokrati: lokalutval i kvar bygd, folkemøte og ungdomsråd. Lokaldemokratiet skal styrkjast.", "lokaldemokrati"),
        ("Tjenestetilbudet etter sammenslåingen", "Barnehage, skole, sykehjem og hjemmetjenester: tjenestene skal gis der folk bor. Legevakt og barnevern blir felles tjenester.", "tjenester"),
        ("Eierskapsmelding", "Eierskap i interkommunale selskaper (IKS) og aksjeselskap. Eierstyring og vertskommunesamarbeid vurderes; eierandelene i selskapene videreføres.", "eierskap og interkommunalt samarbeid"),
        ("Arbeidsgjevarpolitikk", "Tilsette, tillitsvalde og hovudavtalen: innplassering av tilsette, løn og arbeidsmiljø.", "arbeidsgiverspørsmål"),
        ("Kommunikasjonsplan", "Informasjon til innbyggere og ansatte: nettside, nyhetsbrev, pressemeldinger og sosiale medier.", "kommunikasjon"),
        ("Felles kultur", "Kulturbygging og organisasjonskultur: verdier, identitet og tilhørighet i den nye kommunen.", "kulturbygging"),
        ("Budsjett 2019", "Budsjett og økonomiplan, regnskap, eiendomsskatt og lånegjeld; reformstøtte og engangskostnader.", "økonomi"),
        ("Administrativ organisering", "Organisering av administrasjonen: kommunalsjefer, ledergruppe, rådhus og servicekontor.", "organisering"),
        ("Felles IKT-plattform", "Digitalisering og IKT: fagsystemer, skytjenester, datasenter og informasjonssikkerhet.", "IKT og digitalisering"),
        ("Arkivplan", "Arkiv, arkivering og bevaring; kassasjon, depot og Noark-standarden for journalføring.", "arkiv"),
        ("Politisk organisering", "Kommunestyre, formannskap og hovedutvalg; folkevalgtes godtgjøring og delegering fra kommunestyret.", "politisk organisering"),
    ])
    func everyThemeIsFound(_ title: String, _ text: String, _ theme: String) {
        let themes = ThemeClassifier.shared.themes(title: title, text: Substring(text))
        #expect(themes.first == theme, "\(title): \(themes)")
    }

    @Test func unrelatedTextHasNoTheme() {
        let review = "Filmen er en varm og morsom historie om to brødre på tur i fjellet. Skuespillerne er gode, og musikken er fin."
        #expect(ThemeClassifier.shared.themes(title: nil, text: Substring(review)) == [])
        // A case's `Arkivsak:` label is not about archives.
        #expect(ThemeClassifier.shared.themes(title: nil, text: "Arkivsak: 2017/1\nArkivsak: 2017/2\nArkivsak: 2017/3") == [])
    }

    @Test func everyVocabularyLineNamesAKnownTheme() {
        for line in ThemeVocabulary.table.split(separator: "\n") {
            let theme = line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            #expect(ThemeVocabulary.themes.contains(theme), "\(line)")
        }
    }
}
