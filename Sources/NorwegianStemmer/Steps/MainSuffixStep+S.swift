/// The main suffixes that end in `s`, and the rules for a lone `-s` and for `-ers`.
extension MainSuffixStep {
    /// -as, -es, -edes, -endes, -enes, -hetenes, -ens, -hetens, -ers, -ets, and -s.
    @inline(__always)
    static func removalEndingInS(_ at: RegionTail, word: WordBytes, revision: SnowballRevision) -> Int {
        switch at[2] {
        case Letter.a:
            return 2  // -as
        case Letter.e:
            switch at[3] {
            case Letter.d:
                if at[4] == Letter.e {
                    return 4  // -edes
                }
                return at[4] == Letter.n && at[5] == Letter.e ? 5 : 2  // -endes, -es
            case Letter.n:
                guard at[4] == Letter.e else {
                    return 2  // -es
                }
                return at.hasHet(endingAt: 5) ? 7 : 4  // -hetenes, -enes
            default:
                return 2  // -es
            }
        case Letter.n where at[3] == Letter.e:
            return at.hasHet(endingAt: 4) ? 6 : 3  // -hetens, -ens
        case Letter.r where at[3] == Letter.e:
            return removalOfErs(word: word, start: at.end - 3, revision: revision)
        case Letter.t where at[3] == Letter.e:
            return 3  // -ets
        default:
            return removalOfS(word: word, end: at.end, revision: revision)
        }
    }

    /// A lone `-s` in R1 goes if the letter before it (which may lie before R1) is an
    /// `s_ending` letter, or (Snowball 3) an `r` not preceded by `e`, or a `k` preceded by a
    /// non-vowel.
    @inline(__always)
    static func removalOfS(word: WordBytes, end: Int, revision: SnowballRevision) -> Int {
        let before = word.byte(at: end - 2)
        if LetterClass.isSEnding(before, revision: revision) {
            return 1
        }
        if revision == .snowball3, before == Letter.r, word.byte(at: end - 3) != Letter.e {
            return 1
        }
        if before == Letter.k, end - 3 >= 0, !word.isVowel(endingAt: end - 3, revision: revision) {
            return 1
        }
        return 0
    }

    /// `-ers` in R1 (starting at byte `start`). Snowball 2 always deletes it. Snowball 3 looks
    /// at what precedes it, R1 or not, and keeps it after amm, ast, ind, kap, kk, lt, nk, omm,
    /// pp, v and øst, unless a longer skap, hav or giv matches there.
    @inline(__always)
    static func removalOfErs(word: WordBytes, start: Int, revision: SnowballRevision) -> Int {
        guard revision == .snowball3 else {
            return 3
        }
        @inline(__always) func at(_ k: Int) -> UInt8 { word.byte(at: start - k) }
        let keep: Bool
        switch at(1) {
        case Letter.d:
            keep = at(2) == Letter.n && at(3) == Letter.i  // ind
        case Letter.k:
            keep = at(2) == Letter.k || at(2) == Letter.n  // kk, nk
        case Letter.m:
            keep = at(2) == Letter.m && (at(3) == Letter.a || at(3) == Letter.o)  // amm, omm
        case Letter.p:
            switch at(2) {
            case Letter.p:
                keep = true  // pp
            case Letter.a:
                keep = at(3) == Letter.k && at(4) != Letter.s  // kap, but not skap
            default:
                keep = false
            }
        case Letter.t:
            switch at(2) {
            case Letter.l:
                keep = true  // lt
            case Letter.s:
                // ast, øst
                keep = at(3) == Letter.a || (at(3) == Letter.oSlashTail && at(4) == Letter.latin1Lead)
            default:
                keep = false
            }
        case Letter.v:
            let havOrGiv = (at(2) == Letter.a && at(3) == Letter.h) || (at(2) == Letter.i && at(3) == Letter.g)
            keep = !havOrGiv  // v, but not hav or giv
        default:
            keep = false
        }
        return keep ? 0 : 3
    }
}
