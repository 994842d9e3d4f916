internal import IndexStorage

/// Which docs of a segment are deleted: a bitmap, written as its own small file
/// (`s<N>_<generation>.del`) so that a delete never rewrites the segment.
///
/// ```
/// payload := docCount:u32 deletedCount:u32 bitmap:u8{ceil(docCount/8)}   (bit d%8 of byte d/8)
/// ```
public struct DeletionSet: Sendable, Equatable {
    public private(set) var bits: [UInt8]
    public let documentCount: Int
    public private(set) var deletedCount: Int

    public init(documentCount: Int) {
        self.documentCount = documentCount
        bits = [UInt8](repeating: 0, count: (documentCount + 7) / 8)
        deletedCount = 0
    }

    @inline(__always) public func contains(_ doc: UInt32) -> Bool {
        bits[Int(doc >> 3)] & (1 << (doc & 7)) != 0
    }

    /// Marks `doc` deleted; returns false if it already was.
    @discardableResult
    public mutating func insert(_ doc: UInt32) -> Bool {
        guard !contains(doc) else { return false }
        bits[Int(doc >> 3)] |= 1 << (doc & 7)
        deletedCount += 1
        return true
    }

    static let version: UInt32 = 1

    func encode() -> [UInt8] {
        var w = FileEnvelope.begin(kind: FileEnvelopeKinds.deletions, version: Self.version, capacity: bits.count + 40)
        w.writeUInt32(UInt32(documentCount))
        w.writeUInt32(UInt32(deletedCount))
        w.write(bits)
        return FileEnvelope.finish(&w)
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, file: String, expectedDocumentCount: Int) throws(IndexError) -> DeletionSet {
        do {
            let (_, payload) = try FileEnvelope.open(bytes, file: file, kind: FileEnvelopeKinds.deletions, supportedVersions: 1...version)
            var r = ByteReader(payload, file: file)
            let count = Int(try r.readUInt32())
            let deleted = Int(try r.readUInt32())
            guard count == expectedDocumentCount else { throw IndexError.corrupted(file, "passer ikke til segmentet") }
            var set = DeletionSet(documentCount: count)
            let raw = try r.readBytes(set.bits.count)
            set.bits = Array(raw)
            set.deletedCount = set.bits.reduce(0) { $0 + $1.nonzeroBitCount }
            guard set.deletedCount == deleted else { throw IndexError.corrupted(file, "antall slettede stemmer ikke") }
            return set
        } catch let e as IndexStorageError {
            throw IndexError(e)
        } catch {
            throw error as! IndexError
        }
    }
}

extension DeletionSet {
    /// Decodes a deletions file (`s<N>_<gen>.del`), checking it belongs to a segment of
    /// `expectedDocumentCount` docs.
    public static func load(_ bytes: UnsafeRawBufferPointer, file: String, expectedDocumentCount: Int) throws(IndexError) -> DeletionSet {
        try decode(bytes, file: file, expectedDocumentCount: expectedDocumentCount)
    }

    /// The deletions file's bytes.
    public func encoded() -> [UInt8] { encode() }
}
