internal import SearchCore
public import TextAnalysis

/// Picks the best fragment of a document for a query and marks the matches.
///
/// The text is analysed again with the index's analyzer, so a match is any word whose *index
/// term* is a query term: a search for «kommunesammenslåing» highlights «kommunesammenslåingen»,
/// and «Aasen» highlights «Åsen». The window of `windowTokens` words with the most distinct
/// query terms (ties: the most matches, then the earliest) wins.
public struct SnippetBuilder: Sendable {
    public let analyzer: Analyzer
    /// Words in a fragment. 32: about two lines of a result page, as on common search engines.
    public var windowTokens = 32
    /// Words of context shown before the first match. 2: enough to read the match in its phrase.
    static let contextWords = 2

    public init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// The snippet of `text` for `terms` (index terms). `pageOffsets`: UTF-8 offsets where each
    /// page starts (PDF), or [] when the format has no pages.
    public func snippet(of text: String, terms: Set<String>, prefixes: [String] = [], pageOffsets: [Int] = []) -> Snippet {
        let tokens = analyzer.analyze(text)
        let bytes = Array(text.utf8)
        guard !tokens.isEmpty else {
            let end = min(bytes.count, 240)
            let cut = Self.wordBoundary(bytes, end)
            return Snippet(text: String(decoding: bytes[0..<cut], as: UTF8.self), highlights: [], page: pageOffsets.isEmpty ? nil : 1,
                           truncatedStart: false, truncatedEnd: cut < bytes.count)
        }
        // Distinct positions (alternatives share one) in order.
        var words: [(start: Int, end: Int, match: String?)] = []
        for t in tokens {
            let hit = terms.contains(t.term) || prefixes.contains(where: { t.term.hasPrefix($0) }) ? t.term : nil
            if let last = words.last, last.start == Int(t.byteStart) || Int(t.byteStart) < last.end {
                if last.match == nil && hit != nil {
                    words[words.count - 1].match = hit
                    words[words.count - 1].end = max(last.end, Int(t.byteEnd))
                }
                continue
            }
            words.append((Int(t.byteStart), Int(t.byteEnd), hit))
        }
        let w = min(windowTokens, words.count)
        var best = (distinct: -1, count: -1, start: 0)
        var counts: [String: Int] = [:]
        var matches = 0
        for i in 0..<words.count {
            if let m = words[i].match { counts[m, default: 0] += 1; matches += 1 }
            if i >= w, let m = words[i - w].match {
                counts[m]! -= 1
                if counts[m] == 0 { counts[m] = nil }
                matches -= 1
            }
            if i >= w - 1 {
                let s = i - w + 1
                if counts.count > best.distinct || (counts.count == best.distinct && matches > best.count) {
                    best = (counts.count, matches, s)
                }
            }
        }
        // Among equally good windows the first found ends on the matches; move it forward so
        // it starts `contextWords` before its first match, as readers expect.
        var first = best.start
        if let m = (first..<(first + w)).first(where: { words[$0].match != nil }) {
            first = max(first, min(m - Self.contextWords, words.count - w))
        }
        let last = first + w - 1
        let startByte = first == 0 ? 0 : words[first].start
        let endByte = last == words.count - 1 ? bytes.count : words[last].end
        var highlights: [Range<Int>] = []
        for i in first...last where words[i].match != nil {
            highlights.append((words[i].start - startByte)..<(words[i].end - startByte))
        }
        // The page of the first match (else of the fragment's start): where the reader should look.
        let anchor = (first...last).first { words[$0].match != nil }.map { words[$0].start } ?? startByte
        let page = pageOffsets.isEmpty ? nil : (pageOffsets.lastIndex { $0 <= anchor } ?? 0) + 1
        let fragment = String(decoding: bytes[startByte..<endByte], as: UTF8.self)
        return Snippet(text: Self.collapseWhitespace(fragment, &highlights), highlights: highlights, page: page,
                       truncatedStart: startByte > 0, truncatedEnd: endByte < bytes.count)
    }

    private static func wordBoundary(_ bytes: [UInt8], _ end: Int) -> Int {
        var e = end
        while e < bytes.count && e > 0 && bytes[e] != 0x20 && bytes[e] != 0x0A && e - end < 40 { e += 1 }
        return min(e, bytes.count)
    }

    /// Newlines and runs of spaces become one space (a snippet is one line), and so do rulings
    /// copied from plain-text headings (`-----`, `=====`, `_____`: runs of three or more);
    /// highlight ranges are shifted to match.
    private static func collapseWhitespace(_ s: String, _ highlights: inout [Range<Int>]) -> String {
        let bytes = Array(s.utf8)
        var isRuling = [Bool](repeating: false, count: bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var j = i
            if b == 0x2D || b == 0x3D || b == 0x5F {
                while j < bytes.count && bytes[j] == b { j += 1 }
                if j - i >= 3 { for k in i..<j { isRuling[k] = true } }
                i = j
            } else {
                i += 1
            }
        }
        var out: [UInt8] = []
        var map: [Int] = []  // old offset → new offset
        var lastSpace = false
        for (k, b) in bytes.enumerated() {
            map.append(out.count)
            let space = b == 0x20 || (0x09...0x0D).contains(b) || isRuling[k]
            if space {
                if !lastSpace { out.append(0x20) }
            } else {
                out.append(b)
            }
            lastSpace = space
        }
        map.append(out.count)
        highlights = highlights.map { map[$0.lowerBound]..<map[$0.upperBound] }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Query {
    /// The index terms a snippet should mark: every term and phrase term in title or body.
    public var highlightTerms: Set<String> {
        switch self {
        case .term(let t, let fields): return fields.contains(.metadata) && fields.count == 1 ? [] : [t]
        case .phrase(let terms, _, _): return Set(terms.map(\.term))
        case .boolean(let must, let should, _, _):
            return (must + should).reduce(into: Set<String>()) { $0.formUnion($1.highlightTerms) }
        case .fuzzy(let t, _, let fields): return fields.contains(.metadata) ? [] : [t]
        case .compound(_, let t, _): return [t]
        case .boosted(let q, _): return q.highlightTerms
        case .withSynonyms(let q, let synonyms, _, _): return ([q] + synonyms).reduce(into: Set<String>()) { $0.formUnion($1.highlightTerms) }
        case .prefix, .termRange, .empty: return []
        }
    }

    /// Prefixes whose words a snippet should mark (prefix queries).
    public var highlightPrefixes: [String] {
        switch self {
        case .prefix(let p, let fields): return fields.contains(.metadata) ? [] : [p]
        case .boolean(let must, let should, _, _): return (must + should).flatMap(\.highlightPrefixes)
        case .boosted(let q, _): return q.highlightPrefixes
        case .withSynonyms(let q, let synonyms, _, _): return ([q] + synonyms).flatMap(\.highlightPrefixes)
        default: return []
        }
    }
}
