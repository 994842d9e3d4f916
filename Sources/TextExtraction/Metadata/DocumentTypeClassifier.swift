import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Infers the ``DocumentType`` from the document's structure, by ordered rules (first match wins):
///
/// 1. The title names a kind that nothing else has: kommunikasjonsplan/-strategi →
///    kommunikasjonsplan; høringsuttalelse/høringssvar/høyringsfråsegn → høringsuttalelse;
///    a forum thread (`Tråd:`, or posts marked «skrev:», «svarte:», «Innlegg fra», «Svar fra»
///    in the head) → forum.
/// 2. Minutes: the title starts with møteprotokoll/protokoll/møtebok, or the head says so and
///    the text lists several political cases (`PS 12/17`) → protokoll.
/// 3. A case for a political body: a case number in its header or title (`PS 02/18 …`), or a
///    saksframlegg's parts (an innstilling or tilråding together with saksopplysninger,
///    vurdering or bakgrunn), saksframlegg as the title or a line of its own, or innstilling
///    in the title → sak. Tested before rules, because a case may propose a rule
///    («PS 05/17 Reglement for fellesnemnda» is a case).
/// 4. Rules: reglement, vedtekter, retningslinjer, instruks or a policy (…politikk) in the
///    title, or three or more lines opening with `§` → reglement.
/// 5. Plans: prosjektplan in the title, or a plan that a project wrote (prosjekt… in its head)
///    or whose text has a project's parts (mål, milepæl, organisering, prosjekteier,
///    styringsgruppe; two of them) → prosjektplan.
/// 6. Utredning, utgreiing or analyse in the title → utredning.
/// 7. Otherwise annet.
///
/// Without a title, the text's first line stands for it. Word counts are not used: a case about fees («godtgjøring») mentions «reglement» more than
/// anything else, and is still a case.
enum DocumentTypeClassifier {
    /// How much of the text's start is the "head": a cover page or heading block. 1,500
    /// characters cover a title page with the body's name, meeting data and a short table of contents.
    static let headLength = 1500
    /// `§` lines that make a text a set of rules: two could be quoted from a law in a case.
    static let minimumParagraphLines = 3
    /// Political case numbers that make a meeting record minutes rather than one case.
    static let minimumMinutesCases = 2

    /// A line naming the document's kind (`Saksframlegg`) is a word or two.
    static let maxKindLineBytes = 32
    static let forumMarkers = ["skrev:", "svarte:", "innlegg fra", "innlegg frå", "svar fra", "svar frå"]
    static let caseParts = ["saksopplysninger", "saksopplysningar", "vurdering", "bakgrunn", "saksutgreiing"]
    static let projectParts = ["mål", "milepæl", "organisering", "prosjekteier", "prosjekteigar", "styringsgruppe"]
    static let utredningWords = ["utredning", "utgreiing", "analyse"]
    static let ruleWords = ["reglement", "vedtekter", "retningslinjer", "instruks", "politikk"]

    static func classify(title: String?, head text: Substring, mentionsVedtak: Bool, caseNumbers: [String]) -> DocumentType {
        // Without a title, the text's first line stands for it, unless it is a sentence.
        let firstLine = (text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
            .prefix(TitleGuesser.maxHeadingLineBytes)
        let headingLine = [".", "!", "?"].contains(firstLine.trimmingCharacters(in: .whitespaces).last) ? "" : String(firstLine)
        let title = LatinLowercasing.bytes(title ?? headingLine)
        // The head by bytes (a cut inside a letter does not matter to the marker searches).
        let head = LatinLowercasing.lowered(Array(text.utf8.prefix(headLength)))
        if ["kommunikasjonsplan", "kommunikasjonsstrategi"].contains(where: { contains(title, $0) }) { return .kommunikasjonsplan }
        if ["høringsuttalelse", "høringssvar", "høyringsfråsegn", "høyringsuttale", "høyringssvar"].contains(where: { contains(title, $0) }) {
            return .horingsuttalelse
        }
        if title.starts(with: Array("tråd:".utf8)) || forumMarkers.filter({ contains(head, $0) }).count >= 2 { return .forum }

        let politicalCases = Set(caseNumbers.filter { $0.hasPrefix("PS ") })
        if ["møteprotokoll", "protokoll", "møtebok"].contains(where: { title.starts(with: Array($0.utf8)) }) { return .protokoll }
        if ["møteprotokoll", "protokoll fra", "protokoll frå", "møtebok"].contains(where: { contains(head, $0) }),
           politicalCases.count >= minimumMinutesCases {
            return .protokoll
        }

        if title.starts(with: Array("ps ".utf8)) || contains(head, "saksnr.: ps") || contains(head, "saksnr: ps") { return .sak }
        if ["innstilling", "tilråding"].contains(where: { contains(head, $0) }), caseParts.contains(where: { contains(head, $0) }) {
            return .sak
        }
        if ["saksframlegg", "saksfremlegg", "særutskrift", "innstilling"].contains(where: { contains(title, $0) })
            || head.split(separator: UInt8(ascii: "\n")).contains(where: { $0.count <= maxKindLineBytes && CaseHeader.isKindLine(String(decoding: $0, as: UTF8.self)) }) {
            return .sak
        }

        if ruleWords.contains(where: { contains(title, $0) }) || paragraphLines(text) >= minimumParagraphLines { return .reglement }
        if contains(title, "prosjektplan") { return .prosjektplan }
        if contains(title, "plan") {
            if contains(head, "prosjekt") { return .prosjektplan }
            let whole = LatinLowercasing.bytes(text)
            if projectParts.filter({ contains(whole, $0) }).count >= 2 { return .prosjektplan }
        }
        if utredningWords.contains(where: { contains(title, $0) }) { return .utredning }
        return .annet
    }

    /// Lines that open with `§` (after spaces), counted up to the threshold.
    static func paragraphLines(_ text: Substring) -> Int {
        var count = 0
        var atLineStart = true
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                atLineStart = true
            } else if atLineStart, scalar != " ", scalar != "\t" {
                if scalar == "§" {
                    count += 1
                    if count >= minimumParagraphLines { return count }
                }
                atLineStart = false
            }
        }
        return count
    }

    /// Whether the word list has "vedtak" (any case) as a whole word.
    static func mentionsVedtak(_ tokens: [MetadataToken]) -> Bool {
        tokens.contains { $0.kind == .word && $0.text.utf8.count == 6 && LatinLowercasing.bytes($0.text).elementsEqual("vedtak".utf8) }
    }

    /// Substring search on UTF-8 bytes: `memchr` to the next candidate first byte, `memcmp` for
    /// the rest. Every document runs about 30 marker searches over its head, so this avoids
    /// Foundation's `contains` (NSString bridging) and per-byte Swift loops.
    static func contains(_ h: [UInt8], _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            guard let first = n.first, let needleBase = n.baseAddress else { return true }
            return h.withUnsafeBytes { hay in
                guard hay.count >= n.count, let base = hay.baseAddress else { return false }
                var offset = 0
                let last = hay.count - n.count
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + at, needleBase, n.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}
