/// The char filters: Unicode lower-casing and ``FoldingMode`` folding of one scalar at a time.
///
/// They run inside the tokenizer's read loop, on the scalar just decoded, and append to the
/// term being built. The original text is never rewritten, so byte offsets need no correction
/// map (Lucene's `correctOffset`) and nothing is copied. ASCII never reaches this type: the
/// tokenizer lower-cases it inline.
struct CharacterFolding: Sendable, Hashable {
    let mode: FoldingMode

    var foldsDiacritics: Bool { mode != .none }

    /// Appends the lower-cased (and, unless the mode is ``FoldingMode/none``, folded) UTF-8 form
    /// of the non-ASCII letter `scalar` to `term`.
    @inline(__always)
    func appendLetter(_ scalar: UInt32, to term: inout TermBytes) {
        if scalar >= 0xC0 && scalar <= 0xFF {
            appendLatin1(scalar, to: &term)
        } else if scalar >= 0x100 && scalar <= 0x17F && foldsDiacritics {
            let base = Self.latinExtendedABase[Int(scalar - 0x100)]
            if base != 0 {
                term.append(base)
            } else {
                appendLowercased(scalar, to: &term)
            }
        } else if foldsDiacritics, let ligature = Self.ligature(scalar) {
            term.append(contentsOf: ligature.utf8)
        } else {
            appendLowercased(scalar, to: &term)
        }
    }

    /// Latin-1 letters: the Norwegian ones and their neighbours, without a Unicode table lookup.
    @inline(__always)
    func appendLatin1(_ scalar: UInt32, to term: inout TermBytes) {
        // À–Þ (except ×) are the capitals of à–þ, 0x20 above them.
        let lower = (scalar <= 0xDE && scalar != 0xD7) ? scalar + 0x20 : scalar
        if foldsDiacritics {
            switch lower {
            case 0xE0...0xE3: term.append(UInt8(ascii: "a"))  // à á â ã
            case 0xE4: Self.appendTwoByte(0xE6, to: &term)  // ä → æ
            case 0xE7: term.append(UInt8(ascii: "c"))  // ç
            case 0xE8...0xEB: term.append(UInt8(ascii: "e"))  // è é ê ë
            case 0xEC...0xEF: term.append(UInt8(ascii: "i"))  // ì í î ï
            case 0xF0: term.append(UInt8(ascii: "d"))  // ð
            case 0xF1: term.append(UInt8(ascii: "n"))  // ñ
            case 0xF2...0xF5: term.append(UInt8(ascii: "o"))  // ò ó ô õ
            case 0xF6: Self.appendTwoByte(0xF8, to: &term)  // ö → ø
            case 0xF9...0xFC: term.append(UInt8(ascii: "u"))  // ù ú û ü
            case 0xFD, 0xFF: term.append(UInt8(ascii: "y"))  // ý ÿ
            default: Self.appendTwoByte(lower, to: &term)  // æ ø å ß þ stay
            }
        } else {
            Self.appendTwoByte(lower, to: &term)
        }
    }

    /// A combining mark after a letter (text in decomposed form). `a` + ring above is always
    /// composed to `å` (canonical equivalence, not folding); with folding, `a`/`o` + diaeresis
    /// become `æ`/`ø` like ä/ö, and every other mark is dropped (é written as e + ´).
    @inline(__always)
    func appendMark(_ scalar: UInt32, to term: inout TermBytes) {
        let last = term.last
        if scalar == 0x30A && last == UInt8(ascii: "a") {
            term.removeLast()
            Self.appendTwoByte(0xE5, to: &term)
        } else if foldsDiacritics {
            if scalar == 0x308 && last == UInt8(ascii: "a") {
                term.removeLast()
                Self.appendTwoByte(0xE6, to: &term)
            } else if scalar == 0x308 && last == UInt8(ascii: "o") {
                term.removeLast()
                Self.appendTwoByte(0xF8, to: &term)
            }
        } else {
            Self.appendScalar(scalar, to: &term)
        }
    }

    /// The general Unicode lower-case mapping (Greek, Cyrillic, …): rare in Norwegian text.
    func appendLowercased(_ scalar: UInt32, to term: inout TermBytes) {
        guard let unicodeScalar = Unicode.Scalar(scalar) else {
            return
        }
        if unicodeScalar.properties.changesWhenLowercased {
            term.append(contentsOf: unicodeScalar.properties.lowercaseMapping.utf8)
        } else {
            Self.appendScalar(scalar, to: &term)
        }
    }

    /// `text` lower-cased and folded as the tokenizer would, for stop-word and mapping lists.
    func normalize(_ text: String) -> String {
        var term = TermBytes(capacity: max(1, text.utf8.count))
        defer { term.deallocate() }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                term.append(UInt8(value) &+ (UInt8(value) &- 0x41 < 26 ? 0x20 : 0))
            } else if ScalarClass(value) == .mark {
                appendMark(value, to: &term)
            } else {
                appendLetter(value, to: &term)
            }
        }
        return String(decoding: term, as: UTF8.self)
    }

    @inline(__always)
    static func appendTwoByte(_ scalar: UInt32, to term: inout TermBytes) {
        term.append(UInt8(0xC0 | (scalar >> 6)))
        term.append(UInt8(0x80 | (scalar & 0x3F)))
    }

    static func appendScalar(_ scalar: UInt32, to term: inout TermBytes) {
        if scalar < 0x80 {
            term.append(UInt8(scalar))
        } else if scalar < 0x800 {
            appendTwoByte(scalar, to: &term)
        } else if scalar < 0x10000 {
            term.append(UInt8(0xE0 | (scalar >> 12)))
            term.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            term.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            term.append(UInt8(0xF0 | (scalar >> 18)))
            term.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            term.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            term.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Typographic ligatures that PDF text extraction produces (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ).
    static func ligature(_ scalar: UInt32) -> String? {
        switch scalar {
        case 0xFB00: "ff"
        case 0xFB01: "fi"
        case 0xFB02: "fl"
        case 0xFB03: "ffi"
        case 0xFB04: "ffl"
        case 0xFB05, 0xFB06: "st"
        default: nil
        }
    }

    /// The lower-case base letter of U+0100–U+017F (Latin Extended-A: Sámi č đ ŋ š ŧ ž, Polish ł,
    /// Czech ř …), or 0 for ĳ and œ, which have no single base letter and are only lower-cased.
    static let latinExtendedABase: [UInt8] = {
        let bases = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrsssssssstttttt"
            + "uuuuuuuuuuuuwwyyyzzzzzzs"
        precondition(bases.utf8.count == 0x80, "one base letter per code point U+0100–U+017F")
        return bases.utf8.map { $0 == UInt8(ascii: "*") ? 0 : $0 }
    }()
}
