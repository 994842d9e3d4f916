/// Step 3 of the algorithm: remove the longest of these suffixes found in R1:
///
///     leg eleg ig eig lig elig els lov elov slov hetslov
enum OtherSuffixStep {
    /// Returns the new end of the word.
    @inline(__always)
    static func apply(to word: WordBytes, end: Int, r1: Int) -> Int {
        let at = RegionTail(word: word, end: end, r1: r1)
        switch at[1] {
        case Letter.g:
            return end - removalEndingInG(at)
        case Letter.s:
            return at[2] == Letter.l && at[3] == Letter.e ? end - 3 : end  // -els
        case Letter.v:
            return end - removalEndingInV(at)
        default:
            return end
        }
    }

    /// -leg, -eleg, -ig, -eig, -lig, -elig.
    @inline(__always)
    static func removalEndingInG(_ at: RegionTail) -> Int {
        switch at[2] {
        case Letter.e:
            guard at[3] == Letter.l else {
                return 0
            }
            return at[4] == Letter.e ? 4 : 3  // -eleg, -leg
        case Letter.i:
            switch at[3] {
            case Letter.e:
                return 3  // -eig
            case Letter.l:
                return at[4] == Letter.e ? 4 : 3  // -elig, -lig
            default:
                return 2  // -ig
            }
        default:
            return 0
        }
    }

    /// -lov, -elov, -slov, -hetslov.
    @inline(__always)
    static func removalEndingInV(_ at: RegionTail) -> Int {
        guard at[2] == Letter.o, at[3] == Letter.l else {
            return 0
        }
        switch at[4] {
        case Letter.e:
            return 4  // -elov
        case Letter.s:
            return at.hasHet(endingAt: 5) ? 7 : 4  // -hetslov, -slov
        default:
            return 3  // -lov
        }
    }
}
