import Foundation
import Testing

@testable import TextExtraction

/// Text in the encodings Norwegian files come in must give æøå back.
struct TextDecodingTests {
    let sample = "Blåbærsyltetøy på Ørland og Ålesund"

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Data(sample.utf8), fileName: "a.txt").text == sample)
        let withBOM = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8), fileName: "a.txt")
        #expect(withBOM.text == sample)
        #expect(withBOM.warnings.isEmpty)
    }

    @Test func utf16BothByteOrders() {
        let little = Data(sample.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let big = Data(sample.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(TextDecoding.decodeUTF16(ArraySlice(little), bigEndian: false).text == sample)
        #expect(TextDecoding.decodeUTF16(ArraySlice(big), bigEndian: true).text == sample)
        let odd = TextDecoding.decodeUTF16(ArraySlice(little + Data([0x41])), bigEndian: false)
        #expect(odd.text == sample)
        #expect(odd.warnings.count == 1)
    }

    @Test func windows1252AndLatin1() throws {
        let cp1252 = Data(sample.unicodeScalars.map { UInt8($0.value) })  // all in Latin-1
        let decoded = try TextDecoding.decode(cp1252, fileName: "a.txt")
        #expect(decoded.text == sample)
        #expect(decoded.warnings.count == 1)
        let quotes = try TextDecoding.decode(Data([0x93, 0x6A, 0x61, 0x94, 0x20, 0x96, 0x20, 0xE6, 0xF8, 0xE5, 0x20, 0x80]), fileName: "a.txt")
        #expect(quotes.text == "\u{201C}ja\u{201D} \u{2013} æøå €")
    }

    @Test func utf8WithAFewBrokenBytesStaysUTF8() throws {
        let data = Data("Æøå æøå æøå æøå æøå ".utf8) + Data([0xFF]) + Data(" slutt".utf8)
        let decoded = try TextDecoding.decode(data, fileName: "a.txt")
        #expect(decoded.text.hasPrefix("Æøå æøå"))
        #expect(decoded.text.contains("\u{FFFD}"))
        #expect(decoded.warnings.first?.contains("ugyldige") == true)
    }

    @Test func normalizerShapesText() {
        var truncated = false
        #expect(TextNormalizer.normalize("a\u{0061}\u{030A}", truncated: &truncated) == "aå", "NFC")
        #expect(TextNormalizer.normalize("Tittel \r\n\r\n\r\nTekst", truncated: &truncated) == "Tittel\n\nTekst")
        #expect(TextNormalizer.normalize("a  b\u{00A0}\u{00A0}c", truncated: &truncated) == "a b c")
        #expect(TextNormalizer.normalize("del\u{00AD}bar \u{FB01}n", truncated: &truncated) == "delbar fin")
        #expect(TextNormalizer.normalize("celle\t\tcelle  \n", truncated: &truncated) == "celle\tcelle")
        #expect(!truncated)
        #expect(TextNormalizer.normalize("æøå", limit: 5, truncated: &truncated) == "æø")
        #expect(truncated)
    }
}
