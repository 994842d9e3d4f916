/// Infers the ``DocumentType`` from the title and the text, by ordered rules (first match wins):
///
/// 1. title contains "reglement" → reglement
/// 2. title contains "prosjektplan" → prosjektplan
/// 3. title contains "protokoll" (møteprotokoll) → protokoll
/// 4. title contains "saksframlegg", "saksfremlegg", "særutskrift" or "innstilling" → sak
/// 5. the head of the text contains "møteprotokoll" or "protokoll fra/frå" → protokoll
/// 6. the head contains "saksframlegg", "saksfremlegg" or "særutskrift" → sak
/// 7. the head contains "prosjektplan" → prosjektplan
/// 8. the head contains "reglement" → reglement
/// 9. the text has a political case number (`PS 12/17`) and the word "vedtak" → sak
/// 10. otherwise annet
///
/// Title rules come first because a title is a deliberate label, while text mentions other
/// documents ("jf. reglement for …"). Minutes are tested before cases in the text because minutes
/// list many `PS` cases with their "vedtak".
enum DocumentTypeClassifier {
    /// How much of the text's start is the "head": a cover page or heading block. 1,500
    /// characters cover a title page with the body's name, meeting data and a short table of contents.
    static let headLength = 1500

    static func classify(title: String?, head text: Substring, mentionsVedtak: Bool, caseNumbers: [String]) -> DocumentType {
        let title = LatinLowercasing.bytes(title ?? "")
        if contains(title, "reglement") { return .reglement }
        if contains(title, "prosjektplan") { return .prosjektplan }
        if contains(title, "protokoll") { return .protokoll }
        if ["saksframlegg", "saksfremlegg", "særutskrift", "innstilling"].contains(where: { contains(title, $0) }) { return .sak }
        let head = LatinLowercasing.bytes(text.prefix(headLength))
        if ["møteprotokoll", "protokoll fra", "protokoll frå"].contains(where: { contains(head, $0) }) { return .protokoll }
        if ["saksframlegg", "saksfremlegg", "særutskrift"].contains(where: { contains(head, $0) }) { return .sak }
        if contains(head, "prosjektplan") { return .prosjektplan }
        if contains(head, "reglement") { return .reglement }
        if caseNumbers.contains(where: { $0.hasPrefix("PS ") }), mentionsVedtak { return .sak }
        return .annet
    }

    /// Whether the word list has "vedtak" (any case) as a whole word.
    static func mentionsVedtak(_ tokens: [MetadataToken]) -> Bool {
        tokens.contains { $0.kind == .word && $0.text.utf8.count == 6 && LatinLowercasing.bytes($0.text).elementsEqual("vedtak".utf8) }
    }

    /// Substring search on UTF-8 bytes (Foundation's `contains` goes through NSString and
    /// dominated extraction time on large corpora).
    static func contains(_ h: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count else { return n.isEmpty }
        for i in 0...(h.count - n.count) where h[i] == n[0] {
            var j = 1
            while j < n.count && h[i + j] == n[j] { j += 1 }
            if j == n.count { return true }
        }
        return false
    }
}
