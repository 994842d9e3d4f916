import Foundation

/// Decodes text files whose encoding is not declared: UTF-8 (with or without BOM), UTF-16 with
/// BOM, or Windows-1252/ISO-8859-1 when the bytes are not UTF-8 but read plausibly as Norwegian.
enum TextDecoding {
    /// The decoded text and any warning about how it was decoded.
    struct Decoded {
        var text: String
        var warnings: [String] = []
    }

    /// Share of non-ASCII characters that must be ``commonNonASCII`` for a Windows-1252 reading
    /// to be believed. Norwegian text in cp1252 is dominated by æøå, typographic quotes and
    /// dashes; other bytes read as cp1252 spread over all 123 defined characters, of which the
    /// common set is about a quarter. 0.6 leaves room for names with rarer letters.
    static let minCommonShare = 0.6

    /// The non-ASCII characters of Norwegian text: letters of Norwegian and its neighbours,
    /// quotes, dashes, and the signs of municipal documents (§, €, °, ½, bullets).
    static let commonNonASCII: Set<Unicode.Scalar> = Set("æøåÆØÅéèêëóòôöüäáàíúÉÈÓÖÜÄÁçñ§«»“”„‘’‚–—…€°½¼¾·•\u{00A0}´×±²³".unicodeScalars)

    /// When invalid UTF-8 also holds this many valid multi-byte sequences per invalid byte, it is
    /// UTF-8 with a few damaged bytes, not cp1252 (which hardly ever forms valid UTF-8 pairs).
    static let damagedUTF8Ratio = 4

    static func decode(_ data: Data, fileName: String) throws(ExtractionError) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes.dropFirst(2), bigEndian: true) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return Decoded(text: text) }

        let (validMultibyte, invalid) = utf8Statistics(body)
        if validMultibyte >= invalid * damagedUTF8Ratio {
            return Decoded(
                text: String(decoding: body, as: UTF8.self),
                warnings: ["filen er UTF-8 med \(invalid) ugyldige byte, som er erstattet med �"]
            )
        }
        let (text, undefined) = Windows1252.decode(body)
        guard undefined == 0, isPlausibleLatin(text) else { throw .invalidEncoding(fileName) }
        return Decoded(text: text, warnings: ["filen er ikke UTF-8; tegnkodingen er tolket som Windows-1252 (ISO-8859-1)"])
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 == 1 { warnings.append("UTF-16-filen har et odde antall byte; den siste er ignorert") }
        let text = String(decoding: units, as: UTF16.self)
        if text.unicodeScalars.contains("\u{FFFD}") { warnings.append("ugyldige UTF-16-tegn er erstattet med �") }
        return Decoded(text: text, warnings: warnings)
    }

    /// Counts well-formed multi-byte UTF-8 sequences and bytes that start none.
    private static func utf8Statistics(_ bytes: ArraySlice<UInt8>) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: invalid += 1; index += 1; continue
            }
            let end = index + length
            if end <= bytes.endIndex, bytes[(index + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                index = end
            } else {
                invalid += 1
                index += 1
            }
        }
        return (valid, invalid)
    }

    private static func isPlausibleLatin(_ text: String) -> Bool {
        var nonASCII = 0
        var common = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            nonASCII += 1
            if commonNonASCII.contains(scalar) { common += 1 }
        }
        return nonASCII == 0 || Double(common) >= Double(nonASCII) * minCommonShare
    }
}
