import TestRandomness

/// Random words for the property tests: mostly Norwegian-looking, with arbitrary Unicode mixed
/// in, and with the algorithm's suffixes often appended so that every rule gets exercised.
enum RandomWords {
    /// Longest random word in characters; the algorithm looks at most 7 bytes back from the end
    /// and at the first few characters, so longer words add nothing.
    static let maximumLength = 16

    static let norwegianLetters = Array("abcdefghijklmnopqrstuvwxyzæøåêòóô").map(String.init)
    static let suffixes = [
        "a", "e", "ede", "ande", "ende", "ane", "ene", "hetene", "erte", "en", "heten", "ar", "er",
        "heter", "s", "as", "es", "edes", "endes", "enes", "hetenes", "ens", "hetens", "ers", "ets",
        "et", "het", "ert", "ast", "dt", "vt", "leg", "eleg", "ig", "eig", "lig", "elig", "els",
        "lov", "elov", "slov", "hetslov", "skapers", "havers", "ammers", "østers", "ks", "rs",
    ]

    /// One random scalar from a pool chosen at random: Norwegian letters, any BMP scalar, any
    /// supplementary-plane scalar, or a combining mark.
    static func scalar(using random: inout SeededRandom) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<6:
            return norwegianLetters.randomElement(using: &random)!
        case 6:
            return String(Unicode.Scalar(UInt32.random(in: 0x80...0xD7FF, using: &random))!)
        case 7:
            return String(Unicode.Scalar(UInt32.random(in: 0x1_0000...0x10_FFFF, using: &random))!)
        case 8:
            return String(Unicode.Scalar(UInt32.random(in: 0x300...0x36F, using: &random))!)
        default:
            return String(Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &random)))
        }
    }

    static func word(using random: inout SeededRandom) -> String {
        var word = ""
        for _ in 0..<Int.random(in: 0...maximumLength, using: &random) {
            word += scalar(using: &random)
        }
        if Bool.random(using: &random) {
            word += suffixes.randomElement(using: &random)!
        }
        return word
    }
}
