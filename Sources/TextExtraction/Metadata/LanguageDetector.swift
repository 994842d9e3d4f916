import Foundation

/// Tells bokmål from nynorsk by counting marker words that differ between the two standards
/// (ikkje/ikke, eg/jeg, kva/hva, frå/fra, vere/være, dei/de, ein/en, …) and the nynorsk
/// masculine plural ending -ane (kommunane) against bokmål -ene (kommunene).
enum LanguageDetector {
    /// Fewest marker hits for a verdict: a title page or a table of names may have none or one.
    static let minMarkers = 5
    /// How many times the winner's count must exceed the loser's: documents in one standard quote
    /// the other (a nynorsk municipality citing a bokmål law), so a bare majority is not enough.
    static let dominance = 1.5

    static let nynorskMarkers: Set<String> = [
        "ikkje", "eg", "kva", "frå", "vere", "dei", "ein", "eit", "berre", "korleis", "kven", "noko", "nokon",
        "mykje", "meir", "utan", "kvar", "kvart", "sjølv", "heile", "fleire", "medan", "vart", "òg", "hjå", "ho",
        "desse", "difor", "elles", "saman", "vedteke", "gjeld", "kjem", "gjer", "seier", "særleg", "vanleg",
        "mogleg", "eigen", "eige", "eigne", "omsyn", "vore", "vorte", "tilsette", "tenester", "teneste",
        "verksemd", "samanslåing", "høve", "dykk", "deira", "no",
    ]
    static let bokmalMarkers: Set<String> = [
        "ikke", "jeg", "hva", "fra", "være", "de", "en", "et", "bare", "hvordan", "hvem", "noe", "noen", "mye",
        "mer", "uten", "hver", "hvert", "selv", "hele", "flere", "mens", "ble", "hun", "disse", "derfor",
        "ellers", "sammen", "vedtatt", "gjelder", "kommer", "gjør", "sier", "særlig", "vanlig", "mulig", "egen",
        "eget", "egne", "hensyn", "vært", "ansatte", "tjenester", "tjeneste", "virksomhet", "sammenslåing",
        "dere", "deres", "nå",
    ]

    /// `nb`, `nn`, or nil when the text has too few markers or they are too mixed.
    static func detect(_ tokens: [MetadataToken]) -> DocumentLanguage? {
        var nynorsk = 0
        var bokmal = 0
        for token in tokens where token.kind == .word {
            let word = token.text.lowercased()
            if nynorskMarkers.contains(word) {
                nynorsk += 1
            } else if bokmalMarkers.contains(word) {
                bokmal += 1
            } else if word.count >= 6 {
                if word.hasSuffix("ane") { nynorsk += 1 } else if word.hasSuffix("ene") { bokmal += 1 }
            }
        }
        let high = max(nynorsk, bokmal)
        let low = min(nynorsk, bokmal)
        guard high >= minMarkers, Double(high) >= Double(low) * dominance else { return nil }
        return nynorsk > bokmal ? .nynorsk : .bokmal
    }
}
