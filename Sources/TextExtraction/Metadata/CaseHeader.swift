import Foundation

/// The header block of a municipal case document or minutes: the letterhead (organ), the
/// labelled lines (`Arkivsak:`, `Saksbehandler:`, `Utvalg:`, `Møtedato:`, `Saksnr.:`) and the
/// lines that only name the document's kind (`Saksframlegg`). None of them is what the
/// document is about; the case number and meeting date they give belong in its title.
struct CaseHeader {
    /// `PS 02/18` from a `Saksnr.:` label in the header, nil without one.
    var caseNumber: String?
    /// `16.01.2018` from a `Møtedato:` label in the header, nil without one.
    var meetingDate: String?

    /// Labels that start a header line (Bokmål and Nynorsk), lower-cased, without the colon.
    static let labels = [
        "arkivsak", "arkivsaksnr", "saksbehandler", "saksbehandlar", "utvalg", "utval", "møtedato", "møtestad",
        "møtested", "saksnr", "sak nr", "journalpost", "vår ref", "deres ref", "dato", "tid", "arkiv", "gradering",
    ]
    /// Lines that only name the document's kind.
    static let kindLines: Set<String> = [
        "saksframlegg", "saksfremlegg", "saksutgreiing", "saksutredning", "særutskrift", "møteinnkalling", "notat",
    ]

    /// Whether `line` (trimmed, Markdown emphasis removed) is a labelled header line.
    static func isLabelLine(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return labels.contains { label in
            lowered.hasPrefix(label) && lowered.dropFirst(label.count).drop { $0 == "." || $0 == " " }.first == ":"
        }
    }

    /// Whether `line` names the document's kind only (`Saksframlegg`).
    static func isKindLine(_ line: String) -> Bool {
        kindLines.contains(line.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// Reads the case number and meeting date from labelled lines.
    mutating func read(_ line: String) {
        if caseNumber == nil, let value = Self.value(after: ["saksnr", "sak nr"], in: line) {
            let words = value.split(separator: " ").prefix(2)
            if words.first?.uppercased() == "PS", words.count == 2, words[1].contains("/") {
                caseNumber = "PS " + words[1]
            }
        }
        if meetingDate == nil, let value = Self.value(after: ["møtedato"], in: line),
           let date = value.split(separator: " ").first, date.filter({ $0 == "." }).count == 2 {
            meetingDate = String(date)
        }
    }

    /// The text after `label:` (any of `labels`), up to the next label's run of spaces.
    private static func value(after labels: [String], in line: String) -> String? {
        let lowered = line.lowercased()
        for label in labels {
            guard let range = lowered.range(of: label) else { continue }
            let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
            var rest = line.dropFirst(offset).drop { $0 == "." || $0 == " " }
            guard rest.first == ":" else { continue }
            rest = rest.dropFirst().drop { $0 == " " }
            let value = rest.components(separatedBy: "   ").first ?? ""
            return value.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "_*")))
        }
        return nil
    }
}
