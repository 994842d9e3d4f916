/// Law names (`kommuneloven`, `offentleglova`, `plan- og bygningsloven`) kept whole: a word
/// ending in a form of `lov` after at least ``minimumPrefixBytes`` bytes is also emitted, at its
/// own position, as a ``TokenKind/lawName`` token holding its lemma (`kommunelov`), which is not
/// stemmed. The word itself is still stemmed as usual (`kommuneloven` → `kommun`), so a search
/// for `kommune` finds documents citing the law, while a search for the law (the query side
/// keeps only the law-name token) finds only documents naming that law.
///
/// The Snowball stemmer removes `lov` as a derivational suffix, which is why the lemma needs its
/// own token: without it `kommuneloven` and `bygningsloven` match every `kommune` and `bygning`.
enum LawName {
    /// Endings of a law's name, Bokmål and Nynorsk, definite and genitive. The indefinite plural
    /// (`særlover`, `lovene`) is left out: it names laws in general, not one law.
    static let endings: [[UInt8]] = ["lov", "loven", "lova", "lovens", "lovas"].map { Array($0.utf8) }

    /// The part before the ending has at least this many bytes, so that verbs and adverbs ending
    /// in `lov`/`lova` (`utlova`, `forlova`, `tillova` — promised, engaged, allowed) are no law
    /// names, while the shortest real ones are (`skattelova`, `ferieloven`, `sameloven`).
    static let minimumPrefixBytes = 4

    /// The byte length of the lemma (the prefix plus `lov`) of the word `term`, or nil when it is
    /// no law name. Reads single bytes only: it runs for every word.
    @inline(__always)
    static func lemmaLength(_ term: TermBytes) -> Int? {
        let count = term.count
        guard count >= minimumPrefixBytes + 3 else { return nil }
        // Cheap rejection first: every ending's last byte is `v`, `n`, `a` or `s`.
        switch term[count - 1] {
        case UInt8(ascii: "v"), UInt8(ascii: "n"), UInt8(ascii: "a"), UInt8(ascii: "s"): break
        default: return nil
        }
        for ending in endings where count - ending.count >= minimumPrefixBytes {
            var matches = true
            for (offset, byte) in ending.enumerated() where term[count - ending.count + offset] != byte {
                matches = false
                break
            }
            if matches {
                return count - ending.count + 3
            }
        }
        return nil
    }
}
