/// Two filters run one after the other; the second never sees a token the first removed.
struct TokenFilterChain<First: TokenFilter, Second: TokenFilter>: TokenFilter {
    let first: First
    let second: Second

    init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }

    @inline(__always)
    func apply(to term: inout TermBuffer, kind: TokenKind) -> TokenFilterDecision {
        guard first.apply(to: &term, kind: kind) == .keep else {
            return .remove
        }
        return second.apply(to: &term, kind: kind)
    }

    func maximumOutputBytes(forInputBytes inputBytes: Int) -> Int {
        second.maximumOutputBytes(forInputBytes: first.maximumOutputBytes(forInputBytes: inputBytes))
    }
}
