import Foundation

/// Turns collected text into the one shape every format produces: `\n` line ends, Unicode NFC,
/// no control characters, single spaces, at most one blank line in a row, no leading or trailing
/// whitespace, and at most a given number of UTF-8 bytes.
enum TextNormalizer {
    /// Warning added when text is cut at ``ExtractionLimits/maxTextBytes``.
    static let truncationWarning = "teksten er avkortet fordi den er lengre enn grensen for tekststørrelse"

    /// Normalizes `raw`; `truncated` is set when the text had to be cut to `limit` bytes.
    static func normalize(_ raw: String, limit: Int = .max, truncated: inout Bool) -> String {
        // NFC can only change text with scalars from U+0300 up (lead byte 0xCC or higher);
        // skipping it for plain Latin text saves a round trip through CFString.
        let composed = raw.utf8.contains(where: { $0 >= 0xCC }) ? raw.precomposedStringWithCanonicalMapping : raw
        var output: [UInt8] = []
        output.reserveCapacity(composed.utf8.count)
        var pendingSpace = false
        var pendingNewlines = 0
        var pendingTab = false
        var lineHasContent = false
        var lastWasCR = false
        var bytes = 0

        func emit(_ scalar: Unicode.Scalar) -> Bool {
            let width = UTF8.width(scalar)
            guard bytes + width <= limit else { return false }
            UTF8.encode(scalar) { output.append($0) }
            bytes += width
            return true
        }

        outer: for scalar in composed.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029:
                // A CR LF pair is one line end.
                if scalar.value == 0x0A, lastWasCR { lastWasCR = false; continue }
                lastWasCR = scalar.value == 0x0D
                if lineHasContent || pendingNewlines > 0 { pendingNewlines += 1 }
                pendingSpace = false
                pendingTab = false
                lineHasContent = false
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
                continue  // controls, soft hyphen, zero-width characters, BOM
            default:
                lastWasCR = false
            }
            if pendingNewlines > 0, bytes > 0 {
                for _ in 0..<min(pendingNewlines, 2) where !emit("\n") { truncated = true; break outer }
            } else if pendingSpace {
                if !emit(pendingTab ? "\t" : " ") { truncated = true; break outer }
            }
            pendingNewlines = 0
            pendingSpace = false
            pendingTab = false
            lineHasContent = true
            if scalar.value >= 0xFB00, scalar.value <= 0xFB06, let replacement = ligatures[scalar.value] {
                for part in replacement.unicodeScalars where !emit(part) { truncated = true; break outer }
            } else if !emit(scalar) {
                truncated = true
                break outer
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Presentation-form ligatures that PDFs emit; searching needs the letters.
    private static let ligatures: [UInt32: String] = [
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
    ]
}
