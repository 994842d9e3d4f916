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
    static let packedNynorsk = PackedWordSet(nynorskMarkers.compactMap { PackedWord($0.utf8) })
    static let packedBokmal = PackedWordSet(bokmalMarkers.compactMap { PackedWord($0.utf8) })

    static func detect(_ tokens: [MetadataToken]) -> DocumentLanguage? {
        var nynorsk = 0
        var bokmal = 0
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if words > maxWords { break }
            let verdict = vote(token.text)
            if verdict > 0 { nynorsk += 1 } else if verdict < 0 { bokmal += 1 }
        }
        let high = max(nynorsk, bokmal)
        let low = min(nynorsk, bokmal)
        guard high >= minMarkers, Double(high) >= Double(low) * dominance else { return nil }
        return nynorsk > bokmal ? .nynorsk : .bokmal
    }

    /// +1 for a nynorsk marker or the plural ending -ane, -1 for a bokmål marker or -ene, 0
    /// otherwise. One pass over the word's bytes packs it, tests it for capitals and keeps
    /// its last three bytes; most words are lower case already (æ ø å included), and only the
    /// others pay for lower-casing (then the lower-cased word is voted on, capitals unchecked).
    static func vote(_ word: some StringProtocol, checkingCapitals: Bool = true) -> Int {
        var packed = PackedWord()
        var fits = true
        var count = 0
        var last3: UInt32 = 0
        var previous: UInt8 = 0
        for b in word.utf8 {
            if checkingCapitals, LatinLowercasing.isCapital(b, after: previous) {
                return vote(word.lowercased(), checkingCapitals: false)
            }
            if fits { fits = packed.append(b) }
            last3 = (last3 << 8 | UInt32(b)) & 0xFF_FFFF
            count += 1
            previous = b
        }
        if fits {
            if packedNynorsk.contains(packed) { return 1 }
            if packedBokmal.contains(packed) { return -1 }
        }
        guard count >= 6 else { return 0 }
        if last3 == 0x61_6E65 { return 1 }  // "ane"
        if last3 == 0x65_6E65 { return -1 }  // "ene"
        return 0
    }
}

/// A fixed set of packed words: open addressing over a power-of-two table with a multiplicative
/// hash, so a lookup is a multiply, a shift and one or two compares (a `Set` ran SipHash).
struct PackedWordSet {
    private var slots: [PackedWord?]
    private let shift: UInt64

    init(_ words: [PackedWord]) {
        var bits: UInt64 = 4
        while (1 << bits) < 4 * max(1, words.count) { bits += 1 }  // at most a quarter full
        shift = 64 - bits
        slots = Array(repeating: nil, count: 1 << bits)
        for w in words where !contains(w) {
            var i = slot(w)
            while slots[i] != nil { i = (i + 1) & (slots.count - 1) }
            slots[i] = w
        }
    }

    @inline(__always) private func slot(_ w: PackedWord) -> Int {
        let h = (w.low &* 0x9E37_79B9_7F4A_7C15) ^ (w.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(w.count)
        return Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    func contains(_ w: PackedWord) -> Bool {
        var i = slot(w)
        while let s = slots[i] {
            if s == w { return true }
            i = (i + 1) & (slots.count - 1)
        }
        return false
    }
}

/// A word of at most 16 UTF-8 bytes packed into two integers, with its length, for a
/// `PackedWordSet`: a `Set<Substring>` hashed each word's Unicode normalisation (a fifth of a
/// plain-text file's extraction). Equal bytes, equal packed words; the marker words are NFC like
/// the extracted text, so bytes compare as strings did.
struct PackedWord: Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: UInt8 = 0

    /// The empty word.
    init() {}

    /// Nil for more than 16 bytes (no marker word is that long).
    init?(_ bytes: some Sequence<UInt8>) {
        for b in bytes where !append(b) { return nil }
    }

    /// Adds a byte at the end; false (and unchanged) when the word already has 16.
    @inline(__always)
    mutating func append(_ b: UInt8) -> Bool {
        let n = UInt64(count)
        guard n < 16 else { return false }
        if n < 8 { low |= UInt64(b) << (8 * n) } else { high |= UInt64(b) << (8 * (n - 8)) }
        count += 1
        return true
    }
}
