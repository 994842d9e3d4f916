import Foundation
import TestRandomness
import Testing

@testable import TextExtraction

/// `TextNormalizer` on UTF-8 bytes against the scalar-by-scalar rules it replaced (kept here as
/// the oracle), on seeded random texts over every character class the rules treat differently,
/// with and without a byte limit; and `needsComposition` against Foundation's NFC.
struct TextNormalizerOracleTests {
    /// The previous implementation: a walk over Unicode scalars of the NFC text.
    static func reference(_ raw: String, limit: Int) -> (String, Bool) {
        let composed = raw.precomposedStringWithCanonicalMapping
        var output: [UInt8] = []
        var pendingSpace = false, pendingNewlines = 0, pendingTab = false, lineHasContent = false, lastWasCR = false
        var truncated = false
        func emit(_ scalar: Unicode.Scalar) -> Bool {
            let width = UTF8.width(scalar)
            guard output.count + width <= limit else { return false }
            UTF8.encode(scalar) { output.append($0) }
            return true
        }
        let ligatures: [UInt32: String] = [0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"]
        outer: for scalar in composed.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029:
                if scalar.value == 0x0A, lastWasCR { lastWasCR = false; continue }
                lastWasCR = scalar.value == 0x0D
                if lineHasContent || pendingNewlines > 0 { pendingNewlines += 1 }
                pendingSpace = false; pendingTab = false; lineHasContent = false
                continue
            case 0x09:
                lastWasCR = false
                if lineHasContent { pendingSpace = true; pendingTab = true }
                continue
            case 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                lastWasCR = false
                if lineHasContent { pendingSpace = true }
                continue
            case 0x00...0x08, 0x0E...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0xFFFE, 0xFFFF:
                lastWasCR = false
                continue
            default:
                lastWasCR = false
            }
            if pendingNewlines > 0, !output.isEmpty {
                for _ in 0..<min(pendingNewlines, 2) where !emit("\n") { truncated = true; break outer }
            } else if pendingSpace {
                if !emit(pendingTab ? "\t" : " ") { truncated = true; break outer }
            }
            pendingNewlines = 0; pendingSpace = false; pendingTab = false; lineHasContent = true
            if let replacement = ligatures[scalar.value] {
                for part in replacement.unicodeScalars where !emit(part) { truncated = true; break outer }
            } else if !emit(scalar) {
                truncated = true
                break outer
            }
        }
        return (String(decoding: output, as: UTF8.self), truncated)
    }

    /// Characters of every class: letters, æøå, combining marks, Angstrom and other NFC
    /// singletons, spaces of all kinds, line ends, controls, soft hyphen, zero-width, BOM,
    /// ligatures, General Punctuation, currency, CJK and emoji.
    static let alphabet: [String] = [
        "a", "Z", "æ", "Ø", "å", "é", "\u{0061}\u{030A}", "\u{0301}", "\u{212B}", "\u{2126}", "\u{2000}", "\u{2001}",
        " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{202F}", "\u{3000}", "\n", "\r", "\r\n", "\u{0B}", "\u{2028}",
        "\u{01}", "\u{7F}", "\u{85}", "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{FB01}", "\u{FB03}", "“", "”", "–", "…",
        "•", "€", "\u{2082}", "中", "😀", "§", "5", "-",
    ]

    @Test(arguments: [1 as UInt64, 2, 20261203])
    func agreesWithTheScalarRules(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        for round in 0..<400 {
            let text = (0..<Int(rng.next() % 40)).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }.joined()
            for limit in [Int.max, Int(rng.next() % 30)] {
                var truncated = false
                let got = TextNormalizer.normalize(text, limit: limit, truncated: &truncated)
                let (expected, expectedTruncated) = Self.reference(text, limit: limit)
                #expect(got == expected && truncated == expectedTruncated,
                        "seed \(seed), round \(round), limit \(limit): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func compositionIsSkippedOnlyForNFCStableText() {
        for text in ["Blåbær på Ørland", "“Sitat” – og … • € ₂", "\u{2002}\u{200A}\u{205F}"] {
            #expect(!TextNormalizer.needsComposition(text), "\(text)")
            #expect(text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8))
        }
        for text in ["a\u{030A}", "\u{212B}", "\u{2000}", "\u{2001}", "e\u{0301}", "\u{F900}"] {
            #expect(TextNormalizer.needsComposition(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }
}
