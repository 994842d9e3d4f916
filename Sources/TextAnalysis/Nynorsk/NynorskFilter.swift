/// Makes Nynorsk and Bokmål spellings of the same word meet, before stop-word removal and
/// stemming (``NorwegianAnalyzerConfiguration/nynorsk``).
///
/// What it covers, in this order (the first that applies wins):
/// 1. whole words from `NynorskSpellings.words`: function words (ikkje → ikke, eg → jeg,
///    kva → hva, korleis → hvordan, frå → fra, berre → bare, ho → hun …), irregular verbs
///    (vere → være, vart → ble, kjem → kommer, gjer → gjør …) and a few nouns (utval → utvalg,
///    verksemda → virksomheten …);
/// 2. spellings inside words from `NynorskSpellings.infixes` (saman → sammen, eigedom →
///    eiendom, høyring → høring, tenest → tjenest, kyrkj → kirk, skule → skole …), which also
///    cover compounds and every inflection;
/// 3. the `-heit` noun endings (`openheit`, `-heita`, `-heiter`, `-heitene`) → `-het`…
///
/// What it leaves to the stemmer: inflectional endings. Snowball already removes the Nynorsk
/// plural and definite endings `-ane`, `-ar`, `-a`, `-ingar`, `-inga` together with the Bokmål
/// ones, so `kommunane`, `kommunar`, `kommunene` and `kommuner` all stem to `kommun`.
/// What it does not cover: the weak feminine plural `-or` (`visor`), since stripping `-or`
/// would also cut `sektor`, `faktor`, `motor`; vocabulary differences (`tilsett`/`ansatt`);
/// and words that mean something else in Bokmål (see `NynorskSpellings`).
struct NynorskFilter: TokenFilter {
    let words: [String: String]
    let infixes: [(nynorsk: [UInt8], bokmål: [UInt8])]
    let suffixes: [(nynorsk: [UInt8], bokmål: [UInt8])]

    init(folding: CharacterFolding) {
        var words: [String: String] = [:]
        for (nynorsk, bokmål) in NynorskSpellings.words {
            words[folding.normalize(nynorsk)] = folding.normalize(bokmål)
        }
        self.words = words
        self.infixes = NynorskSpellings.infixes.map { (Array(folding.normalize($0.nynorsk).utf8), Array(folding.normalize($0.bokmål).utf8)) }
        self.suffixes = NynorskSpellings.suffixes.map { (Array($0.nynorsk.utf8), Array($0.bokmål.utf8)) }
    }

    func apply(to term: inout String, kind: TokenKind) -> TokenFilterDecision {
        guard kind == .word else {
            return .keep
        }
        if let bokmål = words[term] {
            term = bokmål
            return .keep
        }
        let count = term.utf8.count
        if count < Self.shortestRewrittenWord {
            return .keep
        }
        var copy = term
        if let rewritten = copy.withUTF8({ rewrite($0) }) {
            term = String(decoding: rewritten, as: UTF8.self)
        }
        return .keep
    }

    /// The shortest infix (`kyrkj`) or suffixed word (`xxxheit`) has five bytes or more.
    static let shortestRewrittenWord = 5

    /// Applies the infix rules, then the suffix rules; nil when nothing changed (the common
    /// case, which allocates nothing).
    func rewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8]? = nil
        for (nynorsk, bokmål) in infixes {
            if let current = output {
                if let replaced = current.withUnsafeBufferPointer({ Self.replacingAll(nynorsk, with: bokmål, in: $0) }) {
                    output = replaced
                }
            } else {
                output = Self.replacingAll(nynorsk, with: bokmål, in: bytes)
            }
        }
        if let current = output {
            return current.withUnsafeBufferPointer { rewriteSuffix($0) } ?? current
        }
        return rewriteSuffix(bytes)
    }

    /// The word with its `-heit…` ending replaced, or nil.
    func rewriteSuffix(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        for (nynorsk, bokmål) in suffixes where bytes.count >= nynorsk.count + NynorskSpellings.minimumStemBytes {
            if bytes[(bytes.count - nynorsk.count)...].elementsEqual(nynorsk) {
                return Array(bytes[..<(bytes.count - nynorsk.count)]) + bokmål
            }
        }
        return nil
    }

    /// `haystack` with every occurrence of `needle` replaced, or nil when there is none.
    static func replacingAll(_ needle: [UInt8], with replacement: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard haystack.count >= needle.count, let first = needle.first else {
            return nil
        }
        var result: [UInt8]? = nil
        var copiedUpTo = 0
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                if result == nil {
                    result = []
                    result!.reserveCapacity(haystack.count + replacement.count)
                }
                result!.append(contentsOf: haystack[copiedUpTo..<index])
                result!.append(contentsOf: replacement)
                index += needle.count
                copiedUpTo = index
            } else {
                index += 1
            }
        }
        guard var result else {
            return nil
        }
        result.append(contentsOf: haystack[copiedUpTo...])
        return result
    }
}
