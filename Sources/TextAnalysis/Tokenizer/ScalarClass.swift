/// How the tokenizer treats a non-ASCII scalar.
enum ScalarClass: Sendable, Hashable {
    /// Part of a word: letters, non-ASCII digits, letter numbers.
    case letter
    /// A combining mark: continues a word, never starts one.
    case mark
    /// U+00AD soft hyphen: invisible, joins the letters around it (PDF line breaks).
    case softHyphen
    /// U+2010 hyphen, U+2011 non-breaking hyphen: split a word into parts like `-`.
    case hyphen
    /// U+00A7 `§`.
    case section
    /// Unicode white space (no-break space, thin space, …).
    case space
    /// Anything else: punctuation, symbols, dashes. Ends a token.
    case other

    @inline(__always)
    init(_ scalar: UInt32) {
        switch scalar {
        case 0xC0...0x24F:
            self = (scalar == 0xD7 || scalar == 0xF7) ? .other : .letter
        case 0xAD:
            self = .softHyphen
        case 0xA7:
            self = .section
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            self = .space
        case 0x2010, 0x2011:
            self = .hyphen
        case 0x300...0x36F:
            self = .mark
        case 0x2012...0x2027, 0x2030...0x205E, 0x20A0...0x20CF:
            // Dashes, quotation marks, bullets, ellipsis, primes, guillemets, currency signs:
            // common in prose, all punctuation or symbols (what the Unicode lookup below
            // answers too, `ScalarClassTests`), and the lookup costs ~2 % of indexing.
            self = .other
        case 0x80...0xBF:
            self = (scalar == 0xAA || scalar == 0xB5 || scalar == 0xBA) ? .letter : .other
        default:
            self = Self.classifyByProperties(scalar)
        }
    }

    static func classifyByProperties(_ scalar: UInt32) -> ScalarClass {
        guard let unicodeScalar = Unicode.Scalar(scalar) else {
            return .other
        }
        switch unicodeScalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber:
            return .letter
        case .nonspacingMark, .spacingMark:
            return .mark
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return .space
        default:
            return .other
        }
    }
}
