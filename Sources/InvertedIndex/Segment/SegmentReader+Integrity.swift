internal import IndexStorage
internal import SearchCore

extension SegmentReader {
    /// Deep check beyond the checksum verified at open: walks every term of every field and
    /// decodes all postings and positions, checking order, bounds and the dictionary's counts.
    /// Returns the number of postings checked.
    @discardableResult
    public func verify() throws(IndexError) -> Int {
        var postingsChecked = 0
        var termsSeen = 0
        var previous: [UInt8]? = nil
        var failure: IndexError?
        var positions: [UInt32] = []
        for field in FieldID.allCases {
            try forEachTerm(field) { key, info in
                termsSeen += 1
                if let p = previous, !p.lexicographicallyPrecedes(key) {
                    failure = .corrupted(name, "termlisten er ikke sortert")
                    return false
                }
                previous = key
                let it = makeIterator(field, info)
                var count = 0
                var total: UInt64 = 0
                var last: Int64 = -1
                while it.doc != PostingsIterator.exhausted {
                    guard Int64(it.doc) > last, Int(it.doc) < documentCount else {
                        failure = .corrupted(name, "postinger i feil rekkefølge")
                        return false
                    }
                    last = Int64(it.doc)
                    it.positions(into: &positions)
                    guard positions.count == Int(it.freq), zip(positions, positions.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                        failure = .corrupted(name, "posisjoner kan ikke leses")
                        return false
                    }
                    total += UInt64(it.freq)
                    count += 1
                    it.next()
                }
                guard !it.isCorrupted, count == Int(info.docFreq), total == info.totalTermFreq else {
                    failure = .corrupted(name, "antall postinger stemmer ikke med termlisten")
                    return false
                }
                postingsChecked += count
                return true
            }
            if let failure { throw failure }
        }
        guard termsSeen == termCount else { throw .corrupted(name, "antall termer stemmer ikke") }
        return postingsChecked
    }
}
