public import SearchCore

/// Accumulates analysed documents in memory until they are flushed as one immutable segment.
///
/// The hot path is `addToken`: it interns the term (one hash lookup) and appends one 8-byte
/// occurrence `(term index, position)` to a log. Nothing is sorted until `encode`, which groups
/// the log by term with a counting sort — no per-term growable lists, so adding is cheap and the
/// memory use is easy to account for (`estimatedMemoryBytes`).
public final class SegmentBuilder {
    /// Per field: term text → term index.
    private var dictionaries: [[String: UInt32]] = Array(repeating: [:], count: FieldID.allCases.count)
    var termFields: [UInt8] = []
    var termTexts: [String] = []
    /// Occurrence log: term index << 32 | position, in document order.
    var occurrences: [UInt64] = []
    /// Where each doc's occurrences start in `occurrences` (docCount + 1 entries).
    var documentStarts: [Int] = [0]
    var documentIDs: [DocumentID] = []
    /// Per field, per doc: number of tokens.
    var fieldLengths: [[UInt32]] = Array(repeating: [], count: FieldID.allCases.count)
    private var currentLengths = [UInt32](repeating: 0, count: FieldID.allCases.count)
    private var termBytes = 0

    public init() {}

    public var documentCount: Int { documentIDs.count }
    public var isEmpty: Bool { documentIDs.isEmpty }

    /// Approximate heap bytes held, including what `encode` will need. Arrays are costed by
    /// capacity (they grow by doubling). Per occurrence: 8 bytes in the log, 8 more for the
    /// counting sort at encode time, and ~4 for the encoded postings and positions. Per term:
    /// ~80 bytes of dictionary entry and bookkeeping (Swift's open-addressing table at 75% load,
    /// the String, the sort key) plus its UTF-8 twice (heap string and sort key).
    public var estimatedMemoryBytes: Int {
        occurrences.capacity * 8 + occurrences.count * 12 + termTexts.count * 80 + termBytes * 2 + documentIDs.capacity * 32
    }

    /// Starts a document; its tokens follow through `addToken`, then `endDocument`.
    public func beginDocument(_ id: DocumentID) {
        documentIDs.append(id)
        for i in currentLengths.indices { currentLengths[i] = 0 }
    }

    /// Adds one token of the current document. Positions must not decrease within a field.
    public func addToken(_ term: String, position: UInt32, field: FieldID) {
        let f = Int(field.rawValue)
        let index: UInt32
        if let existing = dictionaries[f][term] {
            index = existing
        } else {
            index = UInt32(termTexts.count)
            dictionaries[f][term] = index
            termFields.append(field.rawValue)
            termTexts.append(term)
            termBytes += term.utf8.count
        }
        occurrences.append(UInt64(index) << 32 | UInt64(position))
        currentLengths[f] += 1
    }

    public func endDocument() {
        documentStarts.append(occurrences.count)
        for f in currentLengths.indices { fieldLengths[f].append(currentLengths[f]) }
    }

    /// Convenience: one document from already analysed tokens per field.
    public func addDocument(_ id: DocumentID, fields: [(FieldID, [Token])]) {
        beginDocument(id)
        for (field, tokens) in fields {
            for t in tokens { addToken(t.term, position: t.position, field: field) }
        }
        endDocument()
    }
}

extension SegmentBuilder {
    /// The segment file bytes for everything added so far (`SegmentFormat`).
    public func encode() -> [UInt8] { SegmentWriter.encode(self) }
}

extension SegmentBuilder {
    /// Sets the global id of the `index`-th document added. Lets workers analyse documents
    /// before the store has assigned their ids (the ids are only needed when encoding).
    package func setDocumentID(_ id: DocumentID, at index: Int) {
        documentIDs[index] = id
    }
}
