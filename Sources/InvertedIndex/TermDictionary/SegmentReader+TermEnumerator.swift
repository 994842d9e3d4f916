package import SearchCore

extension SegmentReader {
    /// A forward enumerator over the terms of `field`, in byte order, with seeking
    /// (`TermEnumerator.advance(to:)`): for walks that skip most of the dictionary, such as
    /// intersecting it with a fuzzy query's Levenshtein automaton.
    package func termEnumerator(_ field: FieldID) -> TermEnumerator {
        TermEnumerator(dictionary, field: field.rawValue)
    }
}
