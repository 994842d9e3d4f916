public import InvertedIndex
public import SearchCore

/// Statistics over every segment of a snapshot, so scores do not depend on how documents happen
/// to be split into segments.
public struct CollectionStatistics: Sendable {
    /// Docs in all segments, deleted-but-not-merged included (see `BM25Parameters`).
    public let documentCount: Int
    /// Mean field length per field.
    public let averageFieldLength: [Double]

    public init(segments: [SegmentReader]) {
        let n = segments.reduce(0) { $0 + $1.documentCount }
        documentCount = n
        averageFieldLength = FieldID.allCases.map { f in
            let total = segments.reduce(UInt64(0)) { $0 + $1.totalFieldLength(f) }
            return n == 0 ? 1 : max(Double(total) / Double(n), 1e-9)
        }
    }

    public init(documentCount: Int, averageFieldLength: [Double]) {
        self.documentCount = documentCount
        self.averageFieldLength = averageFieldLength
    }

    public func averageLength(_ field: FieldID) -> Double { averageFieldLength[Int(field.rawValue)] }
}
