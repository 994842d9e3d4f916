/// The Windows-1252 code page: Latin-1 plus typographic characters in 0x80–0x9F.
///
/// Written out rather than taken from Foundation so decoding is the same on every platform.
/// ISO-8859-1 text decodes identically except for 0x80–0x9F, which are unused controls there.
enum Windows1252 {
    /// Scalars for 0x80–0x9F; nil marks the five bytes the code page leaves undefined.
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The scalar for one byte, or nil for an undefined byte.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
        return high[Int(byte - 0x80)]
    }

    /// Decodes bytes; undefined bytes become U+FFFD and are counted.
    static func decode(_ bytes: some Sequence<UInt8>) -> (text: String, undefined: Int) {
        var scalars = String.UnicodeScalarView()
        var undefined = 0
        for byte in bytes {
            if let scalar = scalar(byte) {
                scalars.append(scalar)
            } else {
                scalars.append("\u{FFFD}")
                undefined += 1
            }
        }
        return (String(scalars), undefined)
    }
}
