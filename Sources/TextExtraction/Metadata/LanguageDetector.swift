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

    static let nynorskMarkers: Set<Substring> = [
        "ikkje", "eg", "kva", "frå", "vere", "dei", "ein", "eit", "berre", "korleis", "kven", "noko", "nokon",
        "mykje", "meir", "utan", "kvar", "kvart", "sjølv", "heile", "fleire", "medan", "vart", "òg", "hjå", "ho",
        "desse", "difor", "elles", "saman", "vedteke", "gjeld", "kjem", "gjer", "seier", "særleg", "vanleg",
        "mogleg", "eigen", "eige", "eigne", "omsyn", "vore", "vorte", "tilsette", "tenester", "teneste",
        "verksemd", "samanslåing", "høve", "dykk", "deira", "no",
    ]
    static let bokmalMarkers: Set<Substring> = [
        "ikke", "jeg", "hva", "fra", "være", "de", "en", "et", "bare", "hvordan", "hvem", "noe", "noen", "mye",
        "mer", "uten", "hver", "hvert", "selv", "hele", "flere", "mens", "ble", "hun", "disse", "derfor",
        "ellers", "sammen", "vedtatt", "gjelder", "kommer", "gjør", "sier", "særlig", "vanlig", "mulig", "egen",
        "eget", "egne", "hensyn", "vært", "ansatte", "tjenester", "tjeneste", "virksomhet", "sammenslåing",
        "dere", "deres", "nå",
    ]

    /// `nb`, `nn`, or nil when the text has too few markers or they are too mixed.
    /// Words looked at: 50,000 (about 100 pages) give thousands of markers, far more than a
    /// verdict needs, and keep detection cheap for very long documents.
    static let maxWords = 50_000

    /// The marker sets as packed words (see `PackedWord`), built once.
    static let packedNynorsk = Set(nynorskMarkers.compactMap { PackedWord($0.utf8) })
    static let packedBokmal = Set(bokmalMarkers.compactMap { PackedWord($0.utf8) })

    static func detect(_ tokens: [MetadataToken]) -> DocumentLanguage? {
        var nynorsk = 0
        var bokmal = 0
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if words > maxWords { break }
            // Most words are lower case already (æ ø å included); only the others pay for
            // lower-casing.
            let word = LatinLowercasing.hasCapital(token.text) ? Substring(token.text.lowercased()) : token.text
            if let packed = PackedWord(word.utf8) {
                if packedNynorsk.contains(packed) {
                    nynorsk += 1
                    continue
                }
                if packedBokmal.contains(packed) {
                    bokmal += 1
                    continue
                }
            }
            if word.utf8.count >= 6 {
                let tail = word.utf8.suffix(3)
                if tail.elementsEqual("ane".utf8) { nynorsk += 1 } else if tail.elementsEqual("ene".utf8) { bokmal += 1 }
            }
        }
        let high = max(nynorsk, bokmal)
        let low = min(nynorsk, bokmal)
        guard high >= minMarkers, Double(high) >= Double(low) * dominance else { return nil }
        return nynorsk > bokmal ? .nynorsk : .bokmal
    }
}

/// A word of at most 16 UTF-8 bytes packed into two integers, with its length: a set of them is
/// looked up by hashing 17 bytes, where `Set<Substring>` hashed each word's Unicode
/// normalisation (a fifth of a plain-text file's extraction). Equal bytes, equal packed words;
/// the marker words are NFC like the extracted text, so bytes compare as strings did.
struct PackedWord: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: UInt8 = 0

    /// Nil for more than 16 bytes (no marker word is that long).
    init?(_ bytes: some Collection<UInt8>) {
        var n = 0
        for b in bytes {
            guard n < 16 else { return nil }
            if n < 8 { low |= UInt64(b) << (8 * UInt64(n)) } else { high |= UInt64(b) << (8 * UInt64(n - 8)) }
            n += 1
        }
        count = UInt8(n)
    }
}
