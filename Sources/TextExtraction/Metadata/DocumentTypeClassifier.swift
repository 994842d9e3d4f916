import Foundation

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

    static func classify(title: String?, text: String, caseNumbers: [String]) -> DocumentType {
        let title = title?.lowercased() ?? ""
        if title.contains("reglement") { return .reglement }
        if title.contains("prosjektplan") { return .prosjektplan }
        if title.contains("protokoll") { return .protokoll }
        if ["saksframlegg", "saksfremlegg", "særutskrift", "innstilling"].contains(where: title.contains) { return .sak }
        let head = text.prefix(headLength).lowercased()
        if ["møteprotokoll", "protokoll fra", "protokoll frå"].contains(where: head.contains) { return .protokoll }
        if ["saksframlegg", "saksfremlegg", "særutskrift"].contains(where: head.contains) { return .sak }
        if head.contains("prosjektplan") { return .prosjektplan }
        if head.contains("reglement") { return .reglement }
        if caseNumbers.contains(where: { $0.hasPrefix("PS ") }), containsWord("vedtak", in: text) { return .sak }
        return .annet
    }

    private static func containsWord(_ word: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: word, options: .caseInsensitive) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !before.isLetter, !after.isLetter { return true }
            rest = text[range.upperBound...]
        }
        return false
    }
}
