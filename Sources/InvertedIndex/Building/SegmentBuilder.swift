public import SearchCore

/// Accumulates analysed documents in memory until they are flushed as one immutable segment.
///
/// The hot path is `addToken`: it interns the term (one hash lookup) and appends one 8-byte
/// occurrence `(term index, position)` to a log. Nothing is sorted until `encode`, which groups
/// the log by term with a counting sort — no per-term growable lists, so adding is cheap and the
/// memory use is easy to account for (`estimatedMemoryBytes`).
public final class SegmentBuilder {
    /// Per field: term bytes → field-local index; `termIndex[f][local]` is the global index.
    @exclusivity(unchecked) private var tables: [TermTable] = Array(repeating: TermTable(), count: FieldID.allCases.count)
    @exclusivity(unchecked) private var globalIndex: [[UInt32]] = Array(repeating: [], count: FieldID.allCases.count)
    /// Per global term index: its field and field-local index.
    @exclusivity(unchecked) var termFields: [UInt8] = []
    @exclusivity(unchecked) var termLocal: [UInt32] = []
    /// Occurrence log: term index << 32 | position, in document order.
    @exclusivity(unchecked) var occurrences: [UInt64] = []
    /// Where each doc's occurrences start in `occurrences` (docCount + 1 entries).
    var documentStarts: [Int] = [0]
    var documentIDs: [DocumentID] = []
    /// Per field, per doc: number of tokens.
    var fieldLengths: [[UInt32]] = Array(repeating: [], count: FieldID.allCases.count)
    /// Per field: surface key → global term index or `removedSurface` (see `addField(_:surfaceKeys:resolve:)`).
    @exclusivity(unchecked) private var surfaces: [SurfaceMemo] = Array(repeating: SurfaceMemo(), count: FieldID.allCases.count)
    /// Scratch for `addField`, reused across documents.
    @exclusivity(unchecked) private var batch = TokenBatch()
    @exclusivity(unchecked) private var currentLengths = [UInt32](repeating: 0, count: FieldID.allCases.count)

    public init() {}

    public var documentCount: Int { documentIDs.count }
    public var isEmpty: Bool { documentIDs.isEmpty }

    /// Approximate heap bytes held, including what `encode` will need. Arrays are costed by
    /// capacity (they grow by doubling). Per occurrence: 8 bytes in the log, 8 more for the
    /// counting sort at encode time, and ~4 for the encoded postings and positions. The term
    /// tables count twice: encode builds sort keys and a dictionary of the same size.
    public var estimatedMemoryBytes: Int {
        occurrences.capacity * 8 + occurrences.count * 12 + tables.reduce(0) { $0 + $1.memoryBytes * 2 }
            + termFields.capacity * 5 + globalIndex.reduce(0) { $0 + $1.capacity * 4 } + documentIDs.capacity * 32
            + surfaces.reduce(0) { $0 + $1.memoryBytes }
    }

    /// Starts a document; its tokens follow through `addToken`, then `endDocument`.
    public func beginDocument(_ id: DocumentID) {
        documentIDs.append(id)
        for i in currentLengths.indices { currentLengths[i] = 0 }
    }

    /// Adds one token of the current document. Positions must not decrease within a field.
    public func addToken(_ term: String, position: UInt32, field: FieldID) {
        var t = term
        t.withUTF8 { addToken(UnsafeRawBufferPointer($0), position: position, field: field) }
    }

    /// Adds one token given as UTF-8 bytes.
    public func addToken(_ term: UnsafeRawBufferPointer, position: UInt32, field: FieldID) {
        let f = Int(field.rawValue)
        let (local, isNew) = tables[f].intern(term)
        let index = globalTermIndex(field, local: local, isNew: isNew)
        occurrences.append(UInt64(index) << 32 | UInt64(position))
        currentLengths[f] += 1
    }

    /// The global index of `field`'s term number `local`, registering it when just interned.
    @inline(__always)
    private func globalTermIndex(_ field: FieldID, local: UInt32, isNew: Bool) -> UInt32 {
        let f = Int(field.rawValue)
        guard isNew else { return globalIndex[f][Int(local)] }
        let index = UInt32(termFields.count)
        termFields.append(field.rawValue)
        termLocal.append(local)
        globalIndex[f].append(index)
        return index
    }

    /// Adds one field of the current document: `fill` appends its tokens to a reused batch,
    /// which is then interned in one tight loop (see `TokenBatch`). Same result as calling
    /// `addToken` per token.
    public func addField(_ field: FieldID, _ fill: (inout TokenBatch) -> Void) {
        batch.removeAll()
        fill(&batch)
        let n = batch.count
        guard n > 0 else { return }
        let f = Int(field.rawValue)
        batch.computeHashes()
        for i in 0..<n {
            let (local, isNew) = tables[f].intern(batch.term(i), hash: batch.hashes[i], tag: batch.tags[i])
            let index = globalTermIndex(field, local: local, isNew: isNew)
            occurrences.append(UInt64(index) << 32 | UInt64(batch.position(i)))
        }
        currentLengths[f] += UInt32(n)
    }

    /// How many tokens ahead the memo's slots are prefetched: far enough for a memory load
    /// (~100 ns) to arrive while the tokens between are looked up (~10–20 ns each when cached).
    static let memoPrefetchDistance = 8

    /// Marks a surface key whose token is not indexed (a stop word).
    static let removedSurface = UInt32.max

    /// Adds one field of the current document from *surface keys*: opaque bytes, each of which
    /// determines one token's term (an analyzer's key before its token filters run). The first
    /// time this builder meets a key it asks `resolve` for the term (nil: the token is not
    /// indexed, but its position stays used) and remembers the answer, so a word form is
    /// filtered and interned once per segment instead of once per occurrence. `resolve` must
    /// call its continuation exactly once, with bytes valid during that call. The same result
    /// as ``addField(_:_:)`` with the resolved terms.
    public func addField(
        _ field: FieldID, surfaceKeys fill: (inout TokenBatch) -> Void,
        resolve: (UnsafeRawBufferPointer, (UnsafeRawBufferPointer?) -> Void) -> Void
    ) {
        batch.removeAll()
        fill(&batch)
        let n = batch.count
        guard n > 0 else { return }
        let f = Int(field.rawValue)
        var kept: UInt32 = 0
        // The field's memo is moved out for the loop: reached through `surfaces[f]`, every
        // lookup retained and released its slot array (measured: more than the lookups).
        var memo = SurfaceMemo.placeholder
        swap(&memo, &surfaces[f])
        defer { swap(&memo, &surfaces[f]) }
        batch.computeHashes()
        for i in 0..<min(n, Self.memoPrefetchDistance) {
            memo.prefetch(hash: batch.hashes[i])
        }
        for i in 0..<n {
            if i + Self.memoPrefetchDistance < n {
                memo.prefetch(hash: batch.hashes[i + Self.memoPrefetchDistance])
            }
            let key = batch.term(i)
            let hash = batch.hashes[i], tag = SurfaceMemo.tag(termTableTag: batch.tags[i])
            let target: UInt32
            if let known = memo.target(of: key, hash: hash, tag: tag) {
                target = known
            } else {
                target = resolvedTarget(of: key, field: field, resolve: resolve)
                memo.insert(key, hash: hash, tag: tag, target: target)
            }
            if target != Self.removedSurface {
                occurrences.append(UInt64(target) << 32 | UInt64(batch.position(i)))
                kept += 1
            }
        }
        currentLengths[f] += kept
    }

    /// The global term index a new surface key resolves to, interning its term.
    private func resolvedTarget(
        of key: UnsafeRawBufferPointer, field: FieldID, resolve: (UnsafeRawBufferPointer, (UnsafeRawBufferPointer?) -> Void) -> Void
    ) -> UInt32 {
        var target = Self.removedSurface
        resolve(key) { term in
            guard let term else { return }
            let (local, isNew) = tables[Int(field.rawValue)].intern(term)
            target = globalTermIndex(field, local: local, isNew: isNew)
        }
        return target
    }

    /// Empties the builder after it was written, keeping the memory of its arrays and tables
    /// for the next segment: the same worker fills it again to the same size, and fresh
    /// allocations would fault in every page again and copy each array as it doubles
    /// (measured: page faults were 5 % of NoReC's indexing time). The memo, freed for the
    /// write, grows anew.
    public func removeAll() {
        for f in tables.indices {
            tables[f].removeAll()
            globalIndex[f].removeAll(keepingCapacity: true)
            fieldLengths[f].removeAll(keepingCapacity: true)
        }
        termFields.removeAll(keepingCapacity: true)
        termLocal.removeAll(keepingCapacity: true)
        occurrences.removeAll(keepingCapacity: true)
        documentStarts.removeAll(keepingCapacity: true)
        documentStarts.append(0)
        documentIDs.removeAll(keepingCapacity: true)
        releaseSurfaceMemo()
    }

    /// Frees the surface-key memo (a builder about to be written needs it no more).
    func releaseSurfaceMemo() {
        surfaces = Array(repeating: SurfaceMemo(), count: FieldID.allCases.count)
    }

    /// The sort key of global term `index`: field byte, then the term's UTF-8.
    func termKey(_ index: Int) -> [UInt8] {
        var key: [UInt8] = []
        replaceWithTermKey(index, &key)
        return key
    }

    /// Overwrites `key` with the sort key of global term `index`, reusing its storage (a flush
    /// asks for every term's key; a new array each was 2 % of indexing CPU).
    func replaceWithTermKey(_ index: Int, _ key: inout [UInt8]) {
        let f = Int(termFields[index])
        key.removeAll(keepingCapacity: true)
        key.append(termFields[index])
        key.append(contentsOf: tables[f].bytes(Int(termLocal[index])))
    }

    /// Global term indices in segment order: by field, then term bytes (the order of
    /// `termKey`), sorted per field without building keys.
    func sortedTermOrder() -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(termCount)
        for field in FieldID.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
            let f = Int(field.rawValue)
            for local in tables[f].sortedOrder() { order.append(Int(globalIndex[f][Int(local)])) }
        }
        return order
    }

    /// Number of distinct (field, term) pairs.
    var termCount: Int { termFields.count }

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
