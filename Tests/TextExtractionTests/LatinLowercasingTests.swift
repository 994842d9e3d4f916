import Foundation
import Testing

@testable import TextExtraction

/// The metadata rules' byte-level lower-casing agrees with `String.lowercased()` on ASCII and
/// Latin-1 text, and `hasCapital` never misses a word that `lowercased()` would change.
struct LatinLowercasingTests {
    static let alphabet: [Character] = Array("abcxyzABCXYZæøåÆØÅéÉüÜàÀþÞß×÷ 0189-.§") + ["Ā", "ā", "Σ", "σ", "€", "“", "İ", "K"]

    @Test func agreesWithFoundationOnLatinText() {
        var state: UInt64 = 20261202
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let latin = Self.alphabet.filter { $0.unicodeScalars.allSatisfy { $0.value < 0x100 } }
        for iteration in 0..<2000 {
            let mixed = String((0..<(next() % 24)).map { _ in Self.alphabet[next() % Self.alphabet.count] })
            if !LatinLowercasing.hasCapital(mixed) {
                #expect(mixed.lowercased() == mixed, "seed 20261202 iteration \(iteration): \(mixed.debugDescription)")
            }
            let text = String((0..<(next() % 24)).map { _ in latin[next() % latin.count] })
            #expect(LatinLowercasing.bytes(text) == Array(text.lowercased().utf8), "seed 20261202 iteration \(iteration): \(text.debugDescription)")
        }
        #expect(LatinLowercasing.bytes("SÆRUTSKRIFT – PROTOKOLL FRÅ MØTE") == Array("særutskrift – protokoll frå møte".utf8))
        #expect(!LatinLowercasing.hasCapital("kommunane frå særleg"))
        #expect(LatinLowercasing.hasCapital("Ørsta"))
    }
}
