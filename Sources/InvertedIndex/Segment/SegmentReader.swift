public import IndexStorage
public import SearchCore

/// Reads one immutable segment straight from its mapped file. Opening verifies the whole file's
/// checksum and structure, so damage is reported at open — naming the file — instead of surfacing
/// as wrong answers later. Thread-safe: all state is immutable.
public final class SegmentReader: @unchecked Sendable {
    public let name: String
    public let documentCount: Int
    public let termCount: Int
    let file: ReadableFile
    let postings: UnsafeRawBufferPointer
    let positions: UnsafeRawBufferPointer
    let dictionary: TermDictionaryReader
    let lengths: [UnsafePointer<UInt32>]
    let sumLengths: [UInt64]
    let docMap: UnsafeRawBufferPointer

    /// Opens `name` from `directory`, verifying its checksum and layout.
    public init(directory: some IndexDirectory, name: String) throws(IndexError) {
        do {
            file = try directory.openFile(name)
        } catch {
            throw IndexError(error)
        }
        self.name = name
        let bytes = file.bytes
        do {
            _ = try FileEnvelope.open(bytes, file: name, kind: SegmentFormat.kind, supportedVersions: 1...SegmentFormat.version)
        } catch {
            throw IndexError(error)
        }
        let fieldCount = FieldID.allCases.count
        let trailerSize = SegmentFormat.trailerSize(fieldCount: fieldCount)
        let payloadEnd = bytes.count - FileEnvelope.footerSize
        guard payloadEnd - trailerSize >= FileEnvelope.headerSize else { throw .corrupted(name, "mangler segmenttabell") }
        var r = ByteReader(bytes, offset: payloadEnd - trailerSize, file: name)
        func region() throws(IndexError) -> UnsafeRawBufferPointer {
            do {
                let offset = try r.readUInt64()
                let length = try r.readUInt64()
                guard offset >= UInt64(FileEnvelope.headerSize), offset + length <= UInt64(payloadEnd - trailerSize) else {
                    throw IndexError.corrupted(name, "område utenfor filen")
                }
                return UnsafeRawBufferPointer(rebasing: bytes[Int(offset)..<Int(offset + length)])
            } catch let e as IndexStorageError {
                throw IndexError(e)
            } catch {
                throw error as! IndexError
            }
        }
        postings = try region()
        positions = try region()
        let termBytes = try region()
        let termIndex = try region()
        docMap = try region()
        var lengths: [UnsafePointer<UInt32>] = []
        var sums: [UInt64] = []
        do {
            for _ in 0..<fieldCount {
                let offset = Int(try r.readUInt64())
                sums.append(try r.readUInt64())
                guard offset >= 0, offset <= payloadEnd else { throw IndexError.corrupted(name, "feltlengder utenfor filen") }
                lengths.append((bytes.baseAddress! + offset).assumingMemoryBound(to: UInt32.self))
            }
            documentCount = Int(try r.readUInt32())
            guard Int(try r.readUInt32()) == fieldCount else { throw IndexError.corrupted(name, "feil antall felt") }
            termCount = Int(try r.readUInt64())
        } catch let e as IndexStorageError {
            throw IndexError(e)
        } catch {
            throw error as! IndexError
        }
        guard docMap.count == documentCount * 8 else { throw .corrupted(name, "dokumenttabellen har feil lengde") }
        for f in 0..<fieldCount {
            let start = UnsafeRawPointer(lengths[f]) - bytes.baseAddress!
            guard documentCount == 0 || (start % 4 == 0 && start + documentCount * 4 <= payloadEnd) else {
                throw .corrupted(name, "feltlengder utenfor filen")
            }
        }
        self.lengths = lengths
        sumLengths = sums
        dictionary = try TermDictionaryReader(terms: termBytes, index: termIndex, file: name)
    }

    /// The global id of segment-local doc `doc`.
    public func documentID(_ doc: UInt32) -> DocumentID {
        DocumentID(Int64(bitPattern: UInt64(littleEndian: docMap.loadUnaligned(fromByteOffset: Int(doc) * 8, as: UInt64.self))))
    }

    /// Number of tokens of `field` in `doc`.
    public func fieldLength(_ field: FieldID, _ doc: UInt32) -> UInt32 {
        lengths[Int(field.rawValue)][Int(doc)]
    }

    /// Total tokens of `field` over all docs of the segment (deleted included), for avgdl.
    public func totalFieldLength(_ field: FieldID) -> UInt64 { sumLengths[Int(field.rawValue)] }

    static func key(_ field: FieldID, _ term: String) -> [UInt8] {
        var k: [UInt8] = [field.rawValue]
        k.append(contentsOf: term.utf8)
        return k
    }

    /// Number of docs containing `term` in `field` (deleted included), 0 if absent.
    public func documentFrequency(_ field: FieldID, _ term: String) throws(IndexError) -> Int {
        Int(try dictionary.lookup(Self.key(field, term))?.docFreq ?? 0)
    }

    /// A fresh iterator over `term`'s postings in `field`, or nil when the term is absent.
    public func postings(_ field: FieldID, _ term: String) throws(IndexError) -> PostingsIterator? {
        guard let info = try dictionary.lookup(Self.key(field, term)) else { return nil }
        return makeIterator(field, info)
    }

    /// `term`'s entry in `field`, or nil when absent: one lookup for both the frequency and
    /// the postings (`postings(_:)`).
    public func lookup(_ field: FieldID, _ term: String) throws(IndexError) -> TermHandle? {
        try dictionary.lookup(Self.key(field, term)).map { TermHandle(field: field, info: $0) }
    }

    /// A fresh iterator over the postings of a term looked up in this segment.
    public func postings(_ handle: TermHandle) -> PostingsIterator {
        makeIterator(handle.field, handle.info)
    }

    func makeIterator(_ field: FieldID, _ info: TermInfo) -> PostingsIterator {
        PostingsIterator(
            postings: postings, termInfo: info, positions: positions,
            lengths: lengths[Int(field.rawValue)], docCount: documentCount)
    }

    /// Terms of `field` that start with `prefix`, in byte order, with their doc frequencies;
    /// stops after `limit` terms (the caller reports truncation).
    public func terms(_ field: FieldID, prefix: String, limit: Int) throws(IndexError) -> [(term: String, documentFrequency: Int)] {
        let start = Self.key(field, prefix)
        var out: [(String, Int)] = []
        try dictionary.forEachKey(from: start) { key, info in
            guard key.starts(with: start), out.count < limit else { return false }
            out.append((String(decoding: key.dropFirst(), as: UTF8.self), Int(info.docFreq)))
            return true
        }
        return out
    }

    /// Terms of `field` from `start` (inclusive; term bytes without the field) in byte order,
    /// with their doc frequencies, until `body` returns false. For query-time expansion that
    /// seeks: fuzzy matching skips whole subtrees, ranges start at their lower bound.
    package func forEachTerm(
        _ field: FieldID, from start: [UInt8], _ body: (_ term: [UInt8], _ documentFrequency: Int) -> Bool
    ) throws(IndexError) {
        let key = [field.rawValue] + start
        try dictionary.forEachKey(from: key) { key, info in
            guard key.first == field.rawValue else { return false }
            return body(Array(key.dropFirst()), Int(info.docFreq))
        }
    }

    /// Every term of `field` in byte order (for merges, fuzzy matching and integrity checks).
    func forEachTerm(_ field: FieldID, _ body: ([UInt8], TermInfo) -> Bool) throws(IndexError) {
        let start: [UInt8] = [field.rawValue]
        try dictionary.forEachKey(from: start) { key, info in
            guard key.first == field.rawValue else { return false }
            return body(key, info)
        }
    }

    /// Bytes on disk.
    public var sizeInBytes: Int { file.bytes.count }
}
