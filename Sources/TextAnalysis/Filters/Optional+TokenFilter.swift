/// A filter that the configuration switched off is `nil`, and keeps every token unchanged:
/// the chain's type stays fixed while its steps are chosen at run time.
extension Optional: TokenFilter where Wrapped: TokenFilter {
    @inline(__always)
    func apply(to term: inout TermBuffer, kind: TokenKind) -> TokenFilterDecision {
        guard let filter = self else {
            return .keep
        }
        return filter.apply(to: &term, kind: kind)
    }

    func maximumOutputBytes(forInputBytes inputBytes: Int) -> Int {
        self?.maximumOutputBytes(forInputBytes: inputBytes) ?? inputBytes
    }
}
