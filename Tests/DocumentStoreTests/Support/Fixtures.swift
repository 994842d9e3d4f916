import DocumentStore
import Foundation

/// Drafts and strings shared by the tests.
enum Fixtures {
    /// Strings that have broken storage layers before: SQL metacharacters, an embedded NUL,
    /// Norwegian letters in both Unicode forms, emoji with modifiers, right-to-left text.
    static let hostileStrings: [String] = [
        "Fellesnemnda for Indre Østfold — særutskrift: «Råd» og \"sitat\" og 'apostrof'",
        "'; DROP TABLE document; --",
        "Robert\"); DROP TABLE document_text;--",
        "før\u{0}etter NUL i midten",
        "\u{0}",
        "emoji 👩🏽‍💻🇳🇴 og 🏔️",
        "a\u{030A} dekomponert å, og sammensatt \u{00E5}",
        "ÆØÅ æøå",
        "\\backslash\\ % _ * ? [klammer] {krøll} $(subshell) `tick`",
        "שלום مرحبا",
        "linje1\nlinje2\r\nlinje3\ttab",
        "",
    ]

    /// A draft with every optional field set.
    static func fullDraft(key: String = "2019-sak-042 Økonomiplan", text: String? = nil) -> DocumentDraft {
        let body = text ?? "Side én om økonomi.\u{0C}Side to om bærekraft 🌱.\u{0C}Side tre: ÆØÅ."
        let pageStarts = body.utf8.enumerated().filter { $0.element == 0x0C }.map { $0.offset + 1 }
        return DocumentDraft(
            externalKey: key,
            title: "Økonomiplan 2020–2023 for Nye Ås kommune",
            documentType: "sak",
            municipalities: ["Ås", "Nesodden", "Frogn", "Ås"],
            date: "2019-11-28",
            author: "Kari Nordmann <kari@example.no>",
            createdAt: "2019-11-01T08:30:00Z",
            modifiedAt: "2019-11-27T16:45:12Z",
            language: "nb",
            sourceFormat: "pdf",
            sourcePath: "/data/innsyn/fellesnemnda/\(key).pdf",
            contentHash: "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            byteSize: 1_234_567,
            pageCount: 3,
            text: body,
            pageOffsets: [0] + pageStarts,
            extra: ["saksnummer": "19/00042", "datoer": "[\"2019-12-01\",\"2020-01-01\"]", "nøkkel \"med\" sitat": "verdi\u{0}med NUL"],
            originalFile: Data([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x00, 0x0A]))
    }

    /// A draft with only the required fields.
    static func minimalDraft(key: String, text: String = "tekst") -> DocumentDraft {
        DocumentDraft(
            externalKey: key, title: key, sourceFormat: "text", contentHash: "hash-\(key)",
            byteSize: text.utf8.count, text: text)
    }
}

/// SplitMix64: a tiny seeded generator so random tests can be replayed from the printed seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
