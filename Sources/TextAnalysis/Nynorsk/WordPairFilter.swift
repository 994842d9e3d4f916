/// Maps the analysed form of a Nynorsk word to the analysed form of its Bokmål pair, after
/// stemming (``NynorskWordPairs``): `godtgjering` → `godtgjøring`, `namn` → `navn`.
///
/// Working on stems rather than whole words means one listed pair covers each inflection that
/// stems alike (`namnet`, `namna` → `namn` → `navn`), and index-time normalisation lets queries
/// in either standard meet text in either: both end as the Bokmål stem. The table is built once
/// per analyzer by running each listed word through the filters before this one.
///
/// Cost: one hash lookup per word token (the bulk indexer memoises filtered terms per surface
/// key, so in practice once per distinct word form of a segment).
struct WordPairFilter: TokenFilter {
    /// Nynorsk stem → its Bokmål stem, a range of `bokmålStems`.
    let stems: ByteStringTable<Range<Int>>
    /// The Bokmål stems, concatenated.
    let bokmålStems: [UInt8]
    /// The longest key of `stems`: longer terms skip the lookup.
    let longestKey: Int
    /// The longest value: what a term may grow to.
    let longestValue: Int

    /// Builds the table from `pairs`, analysing each side with `folding` and then `analysis` (the
    /// filters that run before this one). A pair whose Nynorsk side is removed (a stop word) or
    /// already meets its Bokmål side adds nothing; a later pair for a stem already mapped is
    /// ignored (the first listed wins; `NynorskWordPairTests` keeps the shipped list free of them).
    init(pairs: [(nynorsk: String, bokmål: String)], folding: CharacterFolding, analysis: some TokenFilter) {
        var mapped: [[UInt8]: [UInt8]] = [:]
        var order: [[UInt8]] = []
        for (nynorsk, bokmål) in pairs {
            guard let key = Self.analysed(nynorsk, folding, analysis), let value = Self.analysed(bokmål, folding, analysis),
                  key != value, mapped[key] == nil else { continue }
            mapped[key] = value
            order.append(key)
        }
        var bokmålStems: [UInt8] = []
        var entries: [(key: String, value: Range<Int>)] = []
        for key in order {
            let value = mapped[key]!
            entries.append((String(decoding: key, as: UTF8.self), bokmålStems.count..<(bokmålStems.count + value.count)))
            bokmålStems.append(contentsOf: value)
        }
        self.stems = ByteStringTable(entries)
        self.bokmålStems = bokmålStems
        longestKey = order.map(\.count).max() ?? 0
        longestValue = mapped.values.map(\.count).max() ?? 0
    }

    /// The term `analysis` makes of the word `text`, or nil when it removes it.
    static func analysed(_ text: String, _ folding: CharacterFolding, _ analysis: some TokenFilter) -> [UInt8]? {
        let normalized = Array(folding.normalize(text).utf8)
        let capacity = analysis.maximumOutputBytes(forInputBytes: normalized.count)
        guard !normalized.isEmpty else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { memory in
            var term = TermBuffer(memory: memory, capacity: capacity)
            normalized.withUnsafeBufferPointer { term.assign($0) }
            guard analysis.apply(to: &term, kind: .word) == .keep else { return nil }
            return Array(term.bytes)
        }
    }

    @inline(__always)
    func apply(to term: inout TermBuffer, kind: TokenKind) -> TokenFilterDecision {
        guard kind == .word, term.count <= longestKey, let bokmål = stems.value(forBytes: term.bytes) else {
            return .keep
        }
        bokmålStems.withUnsafeBufferPointer { term.assign(UnsafeBufferPointer(rebasing: $0[bokmål])) }
        return .keep
    }

    func maximumOutputBytes(forInputBytes inputBytes: Int) -> Int {
        max(inputBytes, longestValue)
    }
}

extension NynorskWordPairs {
    /// The pairs of ``text``, in order.
    static var pairs: [(nynorsk: String, bokmål: String)] {
        parse(text).pairs
    }

    /// The pairs of `text` in the list format, and the 1-based numbers of lines that are
    /// neither a pair, a comment nor blank.
    static func parse(_ text: String) -> (pairs: [(nynorsk: String, bokmål: String)], malformedLines: [Int]) {
        var pairs: [(nynorsk: String, bokmål: String)] = []
        var malformed: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.isEmpty { continue }
            guard words.count == 2 else {
                malformed.append(index + 1)
                continue
            }
            pairs.append((String(words[0]), String(words[1])))
        }
        return (pairs, malformed)
    }
}
