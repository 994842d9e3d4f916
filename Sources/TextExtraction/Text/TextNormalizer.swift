import Foundation

/// Turns collected text into the one shape every format produces: `\n` line ends, Unicode NFC,
/// no control characters, single spaces, at most one blank line in a row, no leading or trailing
/// whitespace, and at most a given number of UTF-8 bytes.
enum TextNormalizer {
    /// Warning added when text is cut at ``ExtractionLimits/maxTextBytes``.
    static let truncationWarning = "teksten er avkortet fordi den er lengre enn grensen for tekststørrelse"

    /// Normalizes `raw`; `truncated` is set when the text had to be cut to `limit` bytes.
    ///
    /// Works on the UTF-8 bytes: each scalar's bytes are copied as they are (no decode and
    /// re-encode), and only the scalars the rules look at are decoded. As a `String` scalar
    /// walk with an append per encoded byte, this was a seventh of a plain-text ingest.
    static func normalize(_ raw: String, limit: Int = .max, truncated: inout Bool) -> String {
        var composed = needsComposition(raw) ? raw.precomposedStringWithCanonicalMapping : raw
        // The output is never longer than the input: every rule drops, keeps or shortens (a
        // run of spaces becomes one, CR LF one LF, a ligature its letters), so it is written
        // into room of the input's size, with all state local to the loop (captured state
        // paid for dynamic exclusivity checks on every byte).
        var cut = false
        let capacity = max(1, composed.utf8.count)
        let normalized = composed.withUTF8 { text in
            String(unsafeUninitializedCapacity: capacity) { out -> Int in
                var n = 0
                var pendingSpace = false
                var pendingNewlines = 0
                var pendingTab = false
                var lineHasContent = false
                var lastWasCR = false
                var i = 0
                outer: while i < text.count {
                    let lead = text[i]
                    let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    let value: UInt32 = lead < 0x80 ? UInt32(lead) : Self.decode(text, at: i, width: width)
                    let start = i
                    i += width
                    switch value {
                    case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029:
                        // A CR LF pair is one line end.
                        if value == 0x0A, lastWasCR { lastWasCR = false; continue }
                        lastWasCR = value == 0x0D
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
                    if pendingNewlines > 0, n > 0 {
                        for _ in 0..<min(pendingNewlines, 2) {
                            guard n < limit else { cut = true; break outer }
                            out[n] = UInt8(ascii: "\n")
                            n += 1
                        }
                    } else if pendingSpace {
                        guard n < limit else { cut = true; break outer }
                        out[n] = pendingTab ? UInt8(ascii: "\t") : UInt8(ascii: " ")
                        n += 1
                    }
                    pendingNewlines = 0
                    pendingSpace = false
                    pendingTab = false
                    lineHasContent = true
                    if value >= 0xFB00, value <= 0xFB06, let replacement = ligatures[value] {
                        for letter in replacement.utf8 {
                            guard n < limit else { cut = true; break outer }
                            out[n] = letter
                            n += 1
                        }
                    } else {
                        guard n + width <= limit else { cut = true; break outer }
                        for k in 0..<width { out[n + k] = text[start + k] }
                        n += width
                    }
                }
                return n
            }
        }
        if cut { truncated = true }
        return normalized
    }

    /// The scalar of the `width`-byte UTF-8 sequence at `i` (the text is valid UTF-8).
    @inline(__always)
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> UInt32 {
        switch width {
        case 2: return UInt32(text[i] & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F)
        case 3: return UInt32(text[i] & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F)
        default:
            return UInt32(text[i] & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12 | UInt32(text[i + 2] & 0x3F) << 6
                | UInt32(text[i + 3] & 0x3F)
        }
    }

    /// Whether NFC could change `text`. Only scalars from U+0300 up can (UTF-8 lead byte 0xCC
    /// or higher); of those, U+2002–U+20BF — dashes, quotation marks, bullets, the ellipsis,
    /// super- and subscripts, currency signs: most of what ordinary text has beyond Latin-1 —
    /// are NFC-stable (no canonical decomposition, combining class 0, never the second half of
    /// a composition), so they do not send the whole text through CFString. (U+2000 and
    /// U+2001 do decompose.)
    static func needsComposition(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0xCC {
                    i += 1
                    continue
                }
                if b == 0xE2, i + 2 < bytes.count {
                    let second = bytes[i + 1]
                    if second == 0x81 || second == 0x82 || (second == 0x80 && bytes[i + 2] >= 0x82) {
                        i += 3
                        continue
                    }
                }
                return true
            }
            return false
        }
    }

    /// Presentation-form ligatures that PDFs emit; searching needs the letters.
    private static let ligatures: [UInt32: String] = [
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
    ]
}
