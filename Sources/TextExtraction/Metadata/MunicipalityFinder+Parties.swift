/// The municipalities a document is *about*: its parties, not every capitalised word that is
/// also a municipality's name («Ida Vik», «Berg», a village called Sande mentioned in passing).
///
/// 1. Names in the title and the header (the first `headerLines` lines: letterhead, organ,
///    labelled lines, subject), where a document names whose it is; a header line that reads
///    as prose counts only names standing as municipalities (rule 2).
/// 2. Only when those name none: names in the body standing as a municipality
///    («Larvik kommune», «kommunestyret i …» is not needed: «nye Ålesund», «Asker kommunes»).
/// In both, a name directly after a capitalised word that is not itself a municipality's name
/// is a surname («Kjell Arne Hof») and is skipped. Former municipalities bring the one they
/// became part of (`MunicipalityMergers`).
extension MunicipalityFinder {
    /// Lines of the text's start that make its header; a case's letterhead, three labelled
    /// lines and its subject fit in six, and minutes' attendance lists start after them.
    static let headerLines = 6
    /// Capitalised words that may stand before a name without making it a surname: organs,
    /// and the prepositions and conjunctions a sentence starts with («Frå Ålesund kommune …»).
    static let namePrefixes: Set<String> = [
        "Nye", "Nya", "Fellesnemnda", "Fellesnemnd", "Kommunene", "Kommunane", "Kommunen", "Kommunestyret", "Bystyret",
        "I", "På", "Fra", "Frå", "Til", "For", "Av", "Med", "Hos", "Om", "Og", "Både", "Mellom", "Mot", "Etter", "Ved",
        "Under", "Både", "Mens", "Når", "Da", "Då",
    ]
    /// Words after a name that make it a municipality in running text.
    static let municipalityWords: Set<String> = [
        "kommune", "kommunes", "kommunestyre", "kommunestyret", "bystyre", "bystyret", "herad", "heradsstyre",
    ]

    func parties(title: [MetadataToken], text: [MetadataToken]) -> [String] {
        let notSurname = { (tokens: ArraySlice<MetadataToken>, i: Int, _: Int) in !self.isSurname(tokens, at: i) }
        let asMunicipality = { (tokens: ArraySlice<MetadataToken>, i: Int, length: Int) in
            notSurname(tokens, i, length) && Self.standsAsMunicipality(tokens, at: i, length: length)
        }
        var found = find(in: title[...], accept: notSurname)
        for line in Self.lines(of: text[..<Self.headerEnd(text)]) {
            let names = Self.isHeading(line) ? find(in: line, accept: notSurname) : prosePartners(line, asMunicipality)
            for name in names where !found.contains(name) { found.append(name) }
        }
        if found.isEmpty {
            for line in Self.lines(of: text[...]) {
                for name in prosePartners(line, asMunicipality) where !found.contains(name) { found.append(name) }
            }
        }
        return MunicipalityMergers.withMergedNames(found)
    }

    /// In a sentence: names standing as municipalities («Larvik kommune»), and names of one
    /// merger mentioned together («Holmestrand og Hof søker …»), which a sentence about other
    /// places («i Oslo og Bergen») is not.
    func prosePartners(_ line: ArraySlice<MetadataToken>, _ asMunicipality: (ArraySlice<MetadataToken>, Int, Int) -> Bool) -> [String] {
        let mentioned = find(in: line) { tokens, i, _ in !self.isSurname(tokens, at: i) }
        let partners = Set(mentioned.filter { name in
            guard let merger = MunicipalityMergers.merger(of: name) else { return false }
            return mentioned.contains { $0 != name && MunicipalityMergers.merger(of: $0) == merger }
        })
        let standing = Set(find(in: line, accept: asMunicipality))
        return mentioned.filter { partners.contains($0) || standing.contains($0) }
    }

    /// Words of a header line above which it is prose, unless it names an organ or is a
    /// labelled line: a letterhead names up to five municipalities in eight words.
    static let maxHeadingWords = 8
    /// Words that make a header line an organ's or municipality's name however long it is.
    static let organWords: Set<String> = ["fellesnemnda", "fellesnemnd", "kommune", "kommunane", "kommunene", "møteprotokoll"]

    /// A heading, letterhead or labelled line, as opposed to a sentence of prose: it does not
    /// end like a sentence and is short, names an organ, or is labelled (`Møtestad: …`).
    static func isHeading(_ line: ArraySlice<MetadataToken>) -> Bool {
        guard let last = line.last else { return false }
        if let first = line.first, line.count > 1, line[line.startIndex + 1].text == ":", first.kind == .word { return true }
        if [".", "!", "?"].contains(last.text) { return false }
        let words = line.filter { $0.kind == .word }
        return words.count <= maxHeadingWords || words.contains { organWords.contains($0.text.lowercased()) }
    }

    /// The tokens split into lines.
    static func lines(of tokens: ArraySlice<MetadataToken>) -> [ArraySlice<MetadataToken>] {
        var lines: [ArraySlice<MetadataToken>] = []
        var start = tokens.startIndex
        for i in tokens.indices where tokens[i].startsLine && i > start {
            lines.append(tokens[start..<i])
            start = i
        }
        if start < tokens.endIndex { lines.append(tokens[start...]) }
        return lines
    }

    /// Words that open minutes' attendance list, where the header ends: the names after them
    /// are people («Frode\nKvam»), some with a line break before the surname.
    static let attendanceOpeners: Set<String> = ["til stede", "til stades", "møtt", "møtande", "frammøtte", "forfall", "fråvær"]

    /// The index of the first token after the header's lines (lines of symbols only, such as
    /// a heading's `=====` underline, are not counted), or of an attendance list's first line.
    static func headerEnd(_ tokens: [MetadataToken]) -> Int {
        var lines = 0
        for (i, token) in tokens.enumerated() where token.startsLine && token.kind != .symbol {
            if lines == headerLines { return i }
            let opener = token.text.lowercased() + (i + 1 < tokens.count && !tokens[i + 1].startsLine ? " " + tokens[i + 1].text.lowercased() : "")
            if attendanceOpeners.contains(opener) || attendanceOpeners.contains(token.text.lowercased()) { return i }
            lines += 1
        }
        return tokens.count
    }

    /// A capitalised word on the same line directly before the name, neither a municipality's
    /// name nor an allowed prefix: the name is a surname.
    func isSurname(_ tokens: ArraySlice<MetadataToken>, at i: Int) -> Bool {
        guard i > tokens.startIndex, !tokens[i].startsLine else { return false }
        let previous = tokens[i - 1]
        guard previous.kind == .word, let first = previous.text.unicodeScalars.first, Self.isUppercase(first) else { return false }
        let word = String(previous.text)
        return index[word] == nil && !Self.namePrefixes.contains(word)
    }

    /// «Larvik kommune», «Askers kommunestyre», «nye Ålesund».
    static func standsAsMunicipality(_ tokens: ArraySlice<MetadataToken>, at i: Int, length: Int) -> Bool {
        let after = i + length
        if after < tokens.endIndex, municipalityWords.contains(tokens[after].text.lowercased()) { return true }
        return i > tokens.startIndex && ["nye", "nya"].contains(tokens[i - 1].text.lowercased())
    }
}
