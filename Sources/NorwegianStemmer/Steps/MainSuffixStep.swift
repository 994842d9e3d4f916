/// Step 1 of the algorithm: remove the longest main suffix found in R1.
///
/// The suffixes, longest match wins, all inside R1:
///
///     a e ede ande ende ane ene hetene en heten ar er heter as es edes endes enes hetenes
///     ens hetens ets et het ast   → delete
///     ers                         → delete (Snowball 3: see `ErsRule`)
///     s                           → delete if it follows an `s` ending (see `SEndingRule`)
///     erte ert                    → replace by er
///
/// The suffix table is written as a decision tree over the word's last bytes, read from the
/// end: `at(k)` is the k-th byte from the end, or 0 outside R1. Each function returns the
/// number of bytes to remove, falling back to the longest suffix matched on the way down.
enum MainSuffixStep {
    /// Applies the step to the whole word; returns the new end of the word.
    @inline(__always)
    static func apply(to word: WordBytes, r1: Int, revision: SnowballRevision) -> Int {
        let end = word.count
        let at = RegionTail(word: word, end: end, r1: r1)
        switch at[1] {
        case Letter.a:
            return end - 1
        case Letter.e:
            return end - removalEndingInE(at)
        case Letter.n:
            return end - removalEndingInN(at)
        case Letter.r:
            return end - removalEndingInR(at)
        case Letter.s:
            return end - removalEndingInS(at, word: word, revision: revision)
        case Letter.t:
            return end - removalEndingInT(at)
        default:
            return end
        }
    }

    /// -e, -ede, -ande, -ende, -ane, -ene, -hetene; -erte → -er.
    @inline(__always)
    static func removalEndingInE(_ at: RegionTail) -> Int {
        switch at[2] {
        case Letter.d:
            switch at[3] {
            case Letter.e:
                return 3  // -ede
            case Letter.n:
                return at[4] == Letter.a || at[4] == Letter.e ? 4 : 1  // -ande, -ende
            default:
                return 1
            }
        case Letter.n:
            switch at[3] {
            case Letter.a:
                return 3  // -ane
            case Letter.e:
                return at.hasHet(endingAt: 4) ? 6 : 3  // -hetene, -ene
            default:
                return 1
            }
        case Letter.t:
            return at[3] == Letter.r && at[4] == Letter.e ? 2 : 1  // -erte → -er
        default:
            return 1
        }
    }

    /// -en, -heten.
    @inline(__always)
    static func removalEndingInN(_ at: RegionTail) -> Int {
        guard at[2] == Letter.e else {
            return 0
        }
        return at.hasHet(endingAt: 3) ? 5 : 2
    }

    /// -ar, -er, -heter.
    @inline(__always)
    static func removalEndingInR(_ at: RegionTail) -> Int {
        switch at[2] {
        case Letter.a:
            return 2
        case Letter.e:
            return at.hasHet(endingAt: 3) ? 5 : 2
        default:
            return 0
        }
    }

    /// -et, -het, -ast; -ert → -er.
    @inline(__always)
    static func removalEndingInT(_ at: RegionTail) -> Int {
        switch at[2] {
        case Letter.e:
            return at[3] == Letter.h ? 3 : 2
        case Letter.r:
            return at[3] == Letter.e ? 1 : 0
        case Letter.s:
            return at[3] == Letter.a ? 3 : 0
        default:
            return 0
        }
    }
}
