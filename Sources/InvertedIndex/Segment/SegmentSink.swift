internal import IndexStorage
internal import SearchCore

/// Lays out a segment file (`SegmentFormat`) from terms given in key order — by a builder's
/// flush or by a merge — streaming it to the directory as it goes:
///
/// - each term's postings go straight to the output (the first region of the file);
/// - its positions and dictionary entry go to two scratch files (their regions come later),
///   which `finish()` copies in after the postings;
/// - what stays in memory is one term's encoded postings and positions, at most
///   `dictionaryBufferBytes` of dictionary, the block index (4 bytes per 16 terms) and the
///   per-document arrays the caller passed in (field lengths and ids: 20 bytes a document).
///
/// The bytes are exactly those of the in-memory encoder this replaced (a test keeps a copy of it).
/// Dropping a sink before `finish()` leaves no file (the output is aborted).
struct SegmentSink {
    /// Dictionary bytes collected before they go to their scratch file. 64 KiB: a few thousand
    /// entries, so the copy is cheap and the buffer is negligible next to the budget.
    static let dictionaryBufferBytes = 64 << 10

    private var encoder = PostingsEncoder()
    private var dictionary = TermDictionaryWriter()
    private let fieldLengths: [[UInt32]]
    private let documentIDs: [DocumentID]
    private let output: IndexOutput
    private let positions: ScratchFile
    private let terms: ScratchFile
    private var postingsLength: UInt64 = 0
    private var positionsLength: UInt64 = 0

    /// Starts the file `name` in `directory`.
    init(directory: some IndexDirectory, name: String, fieldLengths: [[UInt32]], documentIDs: [DocumentID]) throws(IndexError) {
        self.fieldLengths = fieldLengths
        self.documentIDs = documentIDs
        do {
            output = try FileEnvelope.begin(directory, name: name, kind: SegmentFormat.kind, version: SegmentFormat.version)
            positions = try directory.createScratchFile(name + ".positions.tmp")
            terms = try directory.createScratchFile(name + ".terms.tmp")
        } catch {
            throw IndexError(error)
        }
    }

    /// Adds one term; keys must arrive in ascending bytewise order.
    mutating func addTerm(key: [UInt8], docs: [UInt32], freqs: [UInt32], positions list: UnsafeBufferPointer<UInt32>) throws(IndexError) {
        let field = Int(key[0])
        let info = docs.withUnsafeBufferPointer { d in
            freqs.withUnsafeBufferPointer { f in
                fieldLengths[field].withUnsafeBufferPointer { l in
                    encoder.addTerm(docs: d, freqs: f, positionList: list, lengths: l)
                }
            }
        }
        try store(key: key, info: info, encodedPositions: nil)
    }

    /// Adds one term whose positions are already encoded (a merge's copy of its inputs'
    /// position bytes); `blockPositionOffsets` as in `PostingsEncoder.addTerm(…encodedPositionsLength…)`.
    mutating func addTerm(
        key: [UInt8], docs: UnsafeBufferPointer<UInt32>, freqs: UnsafeBufferPointer<UInt32>,
        encodedPositions: [UInt8], blockPositionOffsets: [Int]
    ) throws(IndexError) {
        let field = Int(key[0])
        let info = fieldLengths[field].withUnsafeBufferPointer { l in
            blockPositionOffsets.withUnsafeBufferPointer { o in
                encoder.addTerm(docs: docs, freqs: freqs, encodedPositionsLength: encodedPositions.count,
                                blockPositionOffsets: o, lengths: l)
            }
        }
        try store(key: key, info: info, encodedPositions: encodedPositions)
    }

    /// Writes the term the encoder just took (its postings, and its positions: the encoder's,
    /// or `encodedPositions` when given) and adds its dictionary entry.
    private mutating func store(key: [UInt8], info termInfo: TermInfo, encodedPositions: [UInt8]?) throws(IndexError) {
        var info = termInfo
        // The encoder's buffers hold this term only, so its offsets are relative to the term.
        info.postingsOffset += postingsLength
        info.positionsOffset += positionsLength
        postingsLength += UInt64(encoder.postings.count)
        positionsLength += UInt64(encodedPositions?.count ?? encoder.positions.count)
        dictionary.add(key: key, info: info)
        do {
            try output.write(encoder.postings)
            try positions.write(encodedPositions ?? encoder.positions)
            if dictionary.bytes.count >= Self.dictionaryBufferBytes {
                try terms.write(dictionary.bytes)
                dictionary.discardBytes()
            }
        } catch {
            output.abort()
            throw IndexError(error)
        }
        encoder.postings.removeAll(keepingCapacity: true)
        encoder.positions.removeAll(keepingCapacity: true)
    }

    /// Copies in the later regions, writes the tables and the footer, and publishes the file.
    /// Returns its size in bytes.
    mutating func finish() throws(IndexError) -> Int {
        do {
            return try writeTail()
        } catch {
            output.abort()
            throw IndexError(error)
        }
    }

    private mutating func writeTail() throws(IndexStorageError) -> Int {
        let fieldCount = FieldID.allCases.count
        var regions: [(Int, Int)] = [(FileEnvelope.headerSize, Int(postingsLength))]
        precondition(output.count == FileEnvelope.headerSize + Int(postingsLength))
        var start = output.count
        try output.write(contentsOf: positions)
        regions.append((start, output.count - start))
        start = output.count
        try output.write(contentsOf: terms)
        try output.write(dictionary.bytes)
        dictionary.discardBytes()
        regions.append((start, output.count - start))
        try output.align(to: 4)
        let indexStart = output.count
        for o in dictionary.blockOffsets { try output.writeUInt32(o) }
        regions.append((indexStart, output.count - indexStart))
        var lengthOffsets: [(Int, UInt64)] = []
        for f in 0..<fieldCount {
            lengthOffsets.append((output.count, fieldLengths[f].reduce(0) { $0 + UInt64($1) }))
            for l in fieldLengths[f] { try output.writeUInt32(l) }
        }
        try output.align(to: 8)
        let docmapStart = output.count
        for id in documentIDs { try output.writeUInt64(UInt64(bitPattern: id.rawValue)) }
        regions.append((docmapStart, output.count - docmapStart))
        for (offset, length) in regions {
            try output.writeUInt64(UInt64(offset))
            try output.writeUInt64(UInt64(length))
        }
        for (offset, sum) in lengthOffsets {
            try output.writeUInt64(UInt64(offset))
            try output.writeUInt64(sum)
        }
        try output.writeUInt32(UInt32(documentIDs.count))
        try output.writeUInt32(UInt32(fieldCount))
        try output.writeUInt64(UInt64(dictionary.termCount))
        return try FileEnvelope.finish(output)
    }
}

extension SegmentSink {
    /// Bytes of the segment encoded so far (postings in the file, positions and dictionary in
    /// their scratch files).
    var bytesWritten: Int { Int(postingsLength + positionsLength) + dictionary.discardedByteCount + dictionary.bytes.count }
}
