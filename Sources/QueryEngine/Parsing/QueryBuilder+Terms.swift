internal import SearchCore
internal import TextAnalysis

extension QueryBuilder {
    /// A leaf in text fields: analysed word, phrase, prefix or fuzzy word.
    func textPart(_ node: QuerySyntax.Node, _ text: String, _ fields: [FieldID], _ notes: inout [String]) -> Part? {
        let query: Query?
        switch node {
        case .phrase(_, let slop):
            query = phraseQuery(text, slop: slop ?? 0, fields, &notes).map { slop ?? 0 == 0 ? addingSynonyms($0, of: text, fields, &notes) : $0 }
        case .prefix: query = prefixQuery(text, fields, &notes)
        case .fuzzy(_, let edits): query = fuzzyQuery(text, maxEdits: edits, fields, &notes)
        default: query = wordQuery(text, fields, &notes).map { addingSynonyms($0, of: text, fields, &notes) }
        }
        return query.map { Part(query: $0, isFilter: false) }
    }

    /// A leaf under a metadata key: an exact filter term (values normalised by `MetadataKey`),
    /// a prefix of values, or a range of dates/years.
    func metadataPart(_ node: QuerySyntax.Node, _ key: MetadataKey) -> Part? {
        switch node {
        case .term(let value), .phrase(let value, _), .fuzzy(let value, _):
            return Part(query: .term(key.term(Self.canonicalValue(value, key)), fields: [.metadata]), isFilter: true, filterKey: key)
        case .prefix(let value):
            return Part(query: .prefix(key.term(value), fields: [.metadata]), isFilter: true, filterKey: key)
        case .range(let lower, let upper):
            // Bounded by the key's own terms: an open end must not run into other keys' terms.
            let top = key == .year ? "9999" : "9999-12-31"
            return Part(
                query: .termRange(field: .metadata, lower: key.term(lower ?? ""), upper: key.term(upper ?? top)), isFilter: true,
                filterKey: key)
        default:
            return nil
        }
    }

    /// Spellings users type for the language codes the indexer stores (`nb`, `nn`).
    static func canonicalValue(_ value: String, _ key: MetadataKey) -> String {
        guard key == .language else { return value }
        switch MetadataKey.normalize(value) {
        case "bokmål", "bokmal", "nob", "nb": return "nb"
        case "nynorsk", "nno", "nn": return "nn"
        default: return value
        }
    }

    /// A bare word (see the type's documentation for the rules).
    func wordQuery(_ text: String, _ fields: [FieldID], _ notes: inout [String]) -> Query? {
        let tokens = queryTokens(text)
        guard !tokens.isEmpty else {
            noteDropped(text, &notes)
            return nil
        }
        let positions = Self.groupByPosition(tokens)
        if positions.count == 1 {
            if tokens.count == 1, let word = compoundCandidate(text) {
                return .compound(word: word, term: tokens[0].term, fields: fields)
            }
            return Self.alternatives(positions[0].map(\.term), fields)
        }
        let (spanning, phrase) = Self.phraseTerms(positions)
        let phraseQuery = Query.phrase(phrase, slop: 0, fields: fields)
        if spanning.isEmpty { return phraseQuery }
        return .or(Self.unique(spanning).map { .term($0, fields: fields) } + [phraseQuery])
    }

    /// The indexable tokens of `text`, except that where a position holds a law's name
    /// (`kommuneloven` → the lemma `kommunelov`, see `TokenKind.lawName`) only that token is
    /// kept: the user named the law, and its word's stem (`kommun`) would match every document
    /// about municipalities.
    func queryTokens(_ text: String) -> [Token] {
        var tokens: [(token: Token, isLawName: Bool)] = []
        var lawPositions = Set<UInt32>()
        analyzer.forEachAnalyzedToken(in: text) { analysed in
            guard !analysed.isStopWord else { return }
            tokens.append((analysed.token, analysed.kind == .lawName))
            if analysed.kind == .lawName { lawPositions.insert(analysed.token.position) }
        }
        return tokens.filter { $0.isLawName || !lawPositions.contains($0.token.position) }.map(\.token)
    }

    /// The normalised form of `text` when it is one long plain word that the searcher may try
    /// to split (`Decompounder`), else nil.
    func compoundCandidate(_ text: String) -> String? {
        guard text.unicodeScalars.count >= Decompounder.minimumWordLength else { return nil }
        let detailed = analyzer.analyzeDetailed(text)
        guard detailed.count == 1, detailed[0].kind == .word, !detailed[0].isStopWord,
              detailed[0].normalized.unicodeScalars.count >= Decompounder.minimumWordLength else { return nil }
        return detailed[0].normalized
    }

    /// A quoted phrase: one term per position, offsets from the analyzer (stop-word gaps kept).
    func phraseQuery(_ text: String, slop: Int, _ fields: [FieldID], _ notes: inout [String]) -> Query? {
        let tokens = queryTokens(text)
        guard !tokens.isEmpty else {
            noteDropped(text, &notes)
            return nil
        }
        let positions = Self.groupByPosition(tokens)
        if positions.count == 1 { return Self.alternatives(positions[0].map(\.term), fields) }
        return .phrase(Self.phraseTerms(positions).phrase, slop: slop, fields: fields)
    }

    /// `kommun*`: the folded, unstemmed form of the widest token, plus the word's own stem.
    func prefixQuery(_ text: String, _ fields: [FieldID], _ notes: inout [String]) -> Query? {
        let detailed = analyzer.analyzeDetailed(text)
        guard let widest = detailed.max(by: { $0.token.byteRange.count < $1.token.byteRange.count }) else {
            noteDropped(text, &notes)
            return nil
        }
        let prefix = widest.normalized
        let prefixQuery = Query.prefix(prefix, fields: fields)
        let stem = widest.token.term
        guard !widest.isStopWord, !stem.hasPrefix(prefix) else { return prefixQuery }
        return .or([prefixQuery, .term(stem, fields: fields)])
    }

    /// `ord~` / `ord~N`: each analysed term within its edit distance; alternatives OR'ed, parts
    /// of a split word AND'ed.
    func fuzzyQuery(_ text: String, maxEdits: Int?, _ fields: [FieldID], _ notes: inout [String]) -> Query? {
        let tokens = queryTokens(text)
        guard !tokens.isEmpty else {
            noteDropped(text, &notes)
            return nil
        }
        var perPosition: [Query] = []
        for group in Self.groupByPosition(tokens) {
            var options: [Query] = []
            for term in Self.unique(group.map(\.term)) {
                let edits = maxEdits ?? Self.automaticEdits(term)
                if edits == 0 {
                    if maxEdits == nil {
                        notes.append("«\(text)~» er for kort for uskarpt søk og ble søkt eksakt. Skriv \(text)~1 for å tillate én feil.")
                    }
                    options.append(.term(term, fields: fields))
                } else {
                    options.append(.fuzzy(term, maxEdits: edits, fields: fields))
                }
            }
            perPosition.append(options.count == 1 ? options[0] : .or(options))
        }
        return perPosition.count == 1 ? perPosition[0] : .and(perPosition)
    }

    /// Elasticsearch's AUTO: 0 edits for 1–2 letters, 1 for 3–5, 2 for longer.
    static func automaticEdits(_ term: String) -> Int {
        switch term.unicodeScalars.count {
        case ...2: 0
        case ...5: 1
        default: 2
        }
    }

    /// Tokens grouped by position, in order. A written date's year, which the analyzer emits
    /// at the date's position so that the text's dates are found by their year, is left out:
    /// a user who types `14.02.2017` means that day, not the year 2017.
    static func groupByPosition(_ tokens: [Token]) -> [[Token]] {
        var groups: [[Token]] = []
        for t in tokens {
            if let last = groups.last?.last, last.position == t.position {
                groups[groups.count - 1].append(t)
            } else {
                groups.append([t])
            }
        }
        return groups.map { group in group.count == 1 ? group : group.filter { !isYear(of: $0, in: group) } }
    }

    /// Whether `token` is the four-digit year of an ISO date (`2017-02-14`) at its position.
    static func isYear(of token: Token, in group: [Token]) -> Bool {
        let year = token.term.utf8
        guard year.count == 4, year.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return false }
        return group.contains { other in
            let date = other.term.utf8
            return date.count == 10 && date.starts(with: year) && isISODate(date)
        }
    }

    /// `YYYY-MM-DD`, digits and hyphens in place.
    static func isISODate(_ bytes: String.UTF8View) -> Bool {
        bytes.enumerated().allSatisfy { i, b in
            i == 4 || i == 7 ? b == UInt8(ascii: "-") : b &- UInt8(ascii: "0") < 10
        }
    }

    /// For several positions: the terms that span into a later position's text (a hyphenated
    /// word's joined form) and one phrase term per position, preferring a non-spanning token.
    static func phraseTerms(_ positions: [[Token]]) -> (spanning: [String], phrase: [Query.PhraseTerm]) {
        var spanning: [String] = []
        var phrase: [Query.PhraseTerm] = []
        let first = positions[0][0].position
        for (i, group) in positions.enumerated() {
            let nextStart = positions[(i + 1)...].lazy.flatMap { $0 }.map(\.byteStart).min()
            let isSpanning = { (t: Token) in nextStart.map { t.byteEnd > $0 } ?? false }
            spanning += group.filter(isSpanning).map(\.term)
            let pick = group.first { !isSpanning($0) } ?? group[0]
            phrase.append(Query.PhraseTerm(pick.term, offset: pick.position - first))
        }
        return (spanning, phrase)
    }

    static func alternatives(_ terms: [String], _ fields: [FieldID]) -> Query {
        let distinct = unique(terms)
        return distinct.count == 1 ? .term(distinct[0], fields: fields) : .or(distinct.map { .term($0, fields: fields) })
    }

    static func unique(_ terms: [String]) -> [String] {
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }

    /// Explains why `text` produced no term: stop words (with a hint when it looks like a
    /// lower-case operator), or nothing searchable.
    func noteDropped(_ text: String, _ notes: inout [String]) {
        let stopWords = analyzer.analyzeDetailed(text).filter(\.isStopWord)
        guard !stopWords.isEmpty else {
            if text.contains(where: { $0.isLetter || $0.isNumber }) {
                notes.append("«\(text)» inneholder ingen ord som kan søkes på og ble ignorert.")
            }
            return
        }
        let bytes = Array(text.utf8)
        for s in stopWords {
            // The word as typed, not its folded form: `òg` (Nynorsk 'also', a stop word like
            // Bokmål `også`) folds to `og` but is not the conjunction, so it gets no operator hint.
            let range = s.token.byteRange.clamped(to: 0..<bytes.count)
            let written = String(decoding: bytes[range], as: UTF8.self)
            var note = "«\(written.isEmpty ? s.normalized : written)» er et stoppord og ble ignorert."
            switch written.lowercased() {
            case "og": note += " Mente du operatoren OG? Skriv den med store bokstaver."
            case "eller": note += " Mente du operatoren ELLER? Skriv den med store bokstaver."
            case "ikke": note += " Mente du operatoren IKKE? Skriv den med store bokstaver."
            default: break
            }
            notes.append(note)
        }
    }
}
