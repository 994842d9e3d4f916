/// How juxtaposed clauses (`plan budsjett`) are joined. Juxtaposition has the precedence of the
/// operator it stands for: with `.and`, `a b ELLER c` is `(a OG b) ELLER c`; with `.or`,
/// `a b OG c` is `a ELLER (b OG c)`.
public enum QueryOperator: Sendable, Hashable {
    /// Any of the words may match; documents with more of them rank first (BM25 adds up).
    case or
    /// Every word must match.
    case and
}
