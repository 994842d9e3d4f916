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
    /// Whole words → their Bokmål form, a range of `bokmålWords`.
    let words: ByteStringTable<Range<Int>>
    /// The Bokmål forms of `words`, concatenated (no array per entry to retain on a hit).
    let bokmålWords: [UInt8]
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
    /// The longest value of `words`.
    let longestBokmålWord: Int

    init(folding: CharacterFolding) {
        var words: [String: String] = [:]
        for (nynorsk, bokmål) in NynorskSpellings.words {
            words[folding.normalize(nynorsk)] = folding.normalize(bokmål)
        }
        var bokmålWords: [UInt8] = []
        var entries: [(key: String, value: Range<Int>)] = []
        for (nynorsk, bokmål) in words {
            entries.append((nynorsk, bokmålWords.count..<(bokmålWords.count + bokmål.utf8.count)))
            bokmålWords.append(contentsOf: bokmål.utf8)
        }
        self.words = ByteStringTable(entries)
        self.bokmålWords = bokmålWords
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
        self.longestBokmålWord = words.values.map(\.utf8.count).max() ?? 0
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

    func apply(to term: inout TermBuffer, kind: TokenKind) -> TokenFilterDecision {
        // A law's name is spelled in either standard (`omsorgstenestelova`), like any word.
        guard kind == .word || kind == .lawName else {
            return .keep
        }
        let bytes = term.bytes
        if bytes.count <= longestWord, let bokmål = words.value(forBytes: bytes) {
            bokmålWords.withUnsafeBufferPointer { term.assign(UnsafeBufferPointer(rebasing: $0[bokmål])) }
            return .keep
        }
        if bytes.count >= Self.shortestRewrittenWord, containsPattern(bytes) {
            rewrite(&term)
        }
        return .keep
    }

    /// The shortest infix (`kyrkj`) or suffixed word (`xxxheit`) has five bytes or more.
    static let shortestRewrittenWord = 5

    /// Applies the infix rules, then the suffix rules, in place.
    func rewrite(_ term: inout TermBuffer) {
        for (nynorsk, bokmål) in infixes {
            term.rebuild { Self.replacingAll(nynorsk, with: bokmål, in: $0, into: $1) }
        }
        for (nynorsk, bokmål) in suffixes where term.count >= nynorsk.count + NynorskSpellings.minimumStemBytes {
            let stemCount = term.count - nynorsk.count
            if UnsafeBufferPointer(rebasing: term.bytes[stemCount...]).elementsEqual(nynorsk) {
                term.truncate(to: stemCount)
                bokmål.withUnsafeBufferPointer { term.append($0) }
                return
            }
        }
    }

    /// Writes `haystack` with every occurrence of `needle` replaced into `output`; returns the
    /// length written, or nil (writing nothing) when there is no occurrence.
    static func replacingAll(
        _ needle: [UInt8], with replacement: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        guard haystack.count >= needle.count, let first = needle.first else {
            return nil
        }
        var written = 0
        func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            precondition(written + bytes.count <= output.count, "rewritten term longer than its buffer")
            _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(fromContentsOf: bytes)
            written += bytes.count
        }
        var found = false
        var copiedUpTo = 0
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                found = true
                write(UnsafeBufferPointer(rebasing: haystack[copiedUpTo..<index]))
                replacement.withUnsafeBufferPointer { write($0) }
                index += needle.count
                copiedUpTo = index
            } else {
                index += 1
            }
        }
        guard found else {
            return nil
        }
        write(UnsafeBufferPointer(rebasing: haystack[copiedUpTo...]))
        return written
    }

    /// A whole word may become its Bokmål form; any other grows by each infix rule in turn (at most one replacement per `needle.count` bytes), then by a suffix.
    func maximumOutputBytes(forInputBytes inputBytes: Int) -> Int {
        var length = inputBytes
        for (nynorsk, bokmål) in infixes where bokmål.count > nynorsk.count {
            length += length / nynorsk.count * (bokmål.count - nynorsk.count)
        }
        length += suffixes.map { max(0, $0.bokmål.count - $0.nynorsk.count) }.max() ?? 0
        return max(length, longestBokmålWord)
    }
}
