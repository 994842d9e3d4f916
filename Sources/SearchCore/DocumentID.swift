/// The stable, global identity of a stored document: the SQLite rowid of its row in the
/// document store. Segments map their dense local doc numbers to these.
public struct DocumentID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var rawValue: Int64

    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public static func < (lhs: DocumentID, rhs: DocumentID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(rawValue) }
}
