/// Which edition of the Snowball Norwegian rules to apply.
///
/// The product uses `.snowball3`, the rules that produce the official test vocabulary. The
/// C library packaged by Debian 12 (libstemmer 2.2.0) still implements `.snowball2`; the
/// benchmark package uses that revision to check this stemmer byte for byte against C.
@_spi(Benchmarks)
public enum SnowballRevision: Sendable, CaseIterable {
    /// Snowball 2.x (libstemmer 2.2.0): vowels a e i o u y æ å ø; a final `-s` goes after
    /// b c d f g h j l m n o p r t v y z, or after `k` that follows a consonant; `-ers` is an
    /// ordinary suffix.
    case snowball2
    /// Snowball 3.0: vowels also include ê ò ó ô; `r` leaves the `-s` list but `-s` still goes
    /// after an `r` that does not follow `e`; `-ers` is kept after amm, ast, ind, kap, kk, lt,
    /// nk, omm, pp, v and øst (but removed after skap, hav and giv).
    case snowball3
}
