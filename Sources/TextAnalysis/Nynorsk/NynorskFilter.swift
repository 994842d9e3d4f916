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
    let words: ByteStringTable<String>
    let infixes: [(nynorsk: [UInt8], bokmål: [UInt8])]
    let suffixes: [(nynorsk: [UInt8], bokmål: [UInt8])]
    /// One bit per byte pair that starts an infix or suffix pattern: a word without any of
    /// them is passed on after one cheap scan, without touching the rules.
    let patternStarts: [UInt64]
    /// Every infix and suffix pattern, concatenated, with `patternLengths`: the exact check of
    /// the fast path, free of per-pattern array retains.
    let patternBytes: [UInt8]
    let patternLengths: [Int]
    /// Per pattern, in `patternBytes` order: its first two bytes as `b0 << 8 | b1`, so a
    /// candidate position compares only the patterns starting with its own two bytes.
    let patternKeys: [Int]
    /// The longest key of `words`: longer words skip the hash lookup.
    let longestWord: Int

    init(folding: CharacterFolding) {
        var words: [String: String] = [:]
        for (nynorsk, bokmål) in NynorskSpellings.words {
            words[folding.normalize(nynorsk)] = folding.normalize(bokmål)
        }
        self.words = ByteStringTable(words.map { ($0.key, $0.value) })
        self.infixes = NynorskSpellings.infixes.map { (Array(folding.normalize($0.nynorsk).utf8), Array(folding.normalize($0.bokmål).utf8)) }
        self.suffixes = NynorskSpellings.suffixes.map { (Array($0.nynorsk.utf8), Array($0.bokmål.utf8)) }
        var starts = [UInt64](repeating: 0, count: 65536 / 64)
        for pattern in infixes.map(\.nynorsk) + suffixes.map(\.nynorsk) {
            let key = Int(pattern[0]) << 8 | Int(pattern[1])
            starts[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.patternStarts = starts
        self.patternBytes = (infixes.map(\.nynorsk) + suffixes.map(\.nynorsk)).flatMap { $0 }
        self.patternLengths = (infixes.map(\.nynorsk) + suffixes.map(\.nynorsk)).map(\.count)
        self.patternKeys = (infixes.map(\.nynorsk) + suffixes.map(\.nynorsk)).map { Int($0[0]) << 8 | Int($0[1]) }
        self.longestWord = words.keys.map(\.utf8.count).max() ?? 0
    }

    /// Whether `bytes` contains any infix or suffix pattern (suffixes are checked anywhere;
    /// `rewrite` then looks at the end only). Allocation- and retain-free: this runs per word.
    @inline(__always)
    func containsPattern(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else {
            return false
        }
        return patternStarts.withUnsafeBufferPointer { starts in
            patternBytes.withUnsafeBufferPointer { patterns in
                patternLengths.withUnsafeBufferPointer { lengths in
                  patternKeys.withUnsafeBufferPointer { keys in
                    for index in 0..<(bytes.count - 1) {
                        let key = Int(bytes[index]) << 8 | Int(bytes[index + 1])
                        guard starts[key >> 6] & (1 << UInt64(key & 63)) != 0 else {
                            continue
                        }
                        var patternStart = 0
                        for (p, length) in lengths.enumerated() {
                            if keys[p] == key, index + length <= bytes.count {
                                var matches = true
                                for offset in 0..<length where bytes[index + offset] != patterns[patternStart + offset] {
                                    matches = false
                                    break
                                }
                                if matches {
                                    return true
                                }
                            }
                            patternStart += length
                        }
                    }
                    return false
                  }
                }
            }
        }
    }

    func apply(to term: inout String, kind: TokenKind) -> TokenFilterDecision {
        guard kind == .word else {
            return .keep
        }
        // One look at the bytes for both rules, in place: no copy of the String per token.
        let replacement: String? = term.withUTF8 { bytes in
            if bytes.count <= longestWord, let bokmål = words.value(forBytes: bytes) {
                return bokmål
            }
            guard bytes.count >= Self.shortestRewrittenWord, containsPattern(bytes), let rewritten = rewrite(bytes) else {
                return nil
            }
            return String(decoding: rewritten, as: UTF8.self)
        }
        if let replacement { term = replacement }
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
