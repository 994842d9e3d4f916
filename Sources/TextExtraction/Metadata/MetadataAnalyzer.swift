/// Derives the format-independent metadata (language, document type, municipalities, case
/// numbers, dates) from a title and text.
enum MetadataAnalyzer {
    /// How much text is scanned: 8 MiB is ~2,500 pages, and what a document is about shows up
    /// long before that; the bound keeps metadata cheap for huge texts.
    static let maxScannedBytes = 8 * 1_048_576

    struct Result {
        var language: DocumentLanguage?
        var documentType: DocumentType
        var municipalities: [String]
        var caseNumbers: [String]
        var mentionedDates: [String]
        var themes: [String]
    }

    static func analyze(title: String?, text: String) -> Result {
        let scanned: Substring
        if text.utf8.count > maxScannedBytes {
            var end = text.utf8.index(text.utf8.startIndex, offsetBy: maxScannedBytes)
            while end.samePosition(in: text.unicodeScalars) == nil { end = text.utf8.index(before: end) }
            scanned = text[..<end]
        } else {
            scanned = text[...]
        }
        // The title is scanned on its own (joining token arrays would copy every token); its
        // findings come first.
        let tokens = MetadataToken.tokenize(scanned)
        let titleTokens = title.map { MetadataToken.tokenize(Substring($0)) } ?? []
        func merged(_ find: ([MetadataToken]) -> [String]) -> [String] {
            var seen: Set<String> = []
            return (find(titleTokens) + find(tokens)).filter { seen.insert($0).inserted }
        }
        let caseNumbers = merged(CaseNumberFinder.find)
        return Result(
            language: LanguageDetector.detect(tokens),
            documentType: DocumentTypeClassifier.classify(
                title: title, head: scanned, mentionsVedtak: DocumentTypeClassifier.mentionsVedtak(tokens), caseNumbers: caseNumbers),
            municipalities: MunicipalityFinder.norwegian.parties(title: titleTokens, text: tokens),
            caseNumbers: caseNumbers,
            mentionedDates: merged(DateFinder.find),
            themes: ThemeClassifier.shared.themes(title: titleTokens, text: tokens)
        )
    }
}
