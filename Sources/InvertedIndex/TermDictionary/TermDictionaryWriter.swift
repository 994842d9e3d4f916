/// Writes the sorted term dictionary: front-coded blocks plus a fixed-width block index.
///
/// ```
/// termdict  := block*
/// block     := entry{1…termsPerBlock}
/// entry     := sharedPrefix:varint suffixLength:varint suffix:bytes docFreq:varint
///              (totalTermFreq − docFreq):varint postingsDelta:varint positionsDelta:varint
/// termindex := blockOffset:u32{blockCount}
/// ```
/// Keys are `field byte + term UTF-8`, strictly ascending bytewise. The first entry of a block has
/// `sharedPrefix = 0` and absolute offsets, so a block decodes on its own; later entries share a
/// prefix with the previous key and store offsets as deltas from it.
///
/// Worked example (termsPerBlock 16): keys `01 "kommun"`, `01 "kommunal"` become
/// `00 07 01 6B 6F 6D 6D 75 6E …` then `07 02 61 6C …` (7 bytes shared, suffix "al").
struct TermDictionaryWriter {
    /// Terms per front-coded block. 16: a lookup binary-searches the block index and then decodes
    /// at most 15 entries (≈ 100 ns); larger blocks compress prefixes a little better but make
    /// every lookup slower. Lucene's block tree uses 25–48 for the same trade-off.
    static let termsPerBlock = 16

    private(set) var bytes: [UInt8] = []
    private(set) var blockOffsets: [UInt32] = []
    private(set) var termCount = 0
    /// Bytes already streamed out and dropped by `discardBytes()` (block offsets count from the region start).
    private(set) var discardedByteCount = 0
    private var previousKey: [UInt8] = []
    private var previousInfo = TermInfo(docFreq: 0, totalTermFreq: 0, postingsOffset: 0, positionsOffset: 0)

    mutating func add(key: some Collection<UInt8>, info: TermInfo) {
        let startsBlock = termCount % Self.termsPerBlock == 0
        var shared = 0
        if startsBlock {
            blockOffsets.append(UInt32(discardedByteCount + bytes.count))
        } else {
            var i = key.startIndex
            while shared < previousKey.count, i != key.endIndex, key[i] == previousKey[shared] {
                shared += 1
                i = key.index(after: i)
            }
        }
        let suffix = key.dropFirst(shared)
        writeVarint(&bytes, UInt64(shared))
        writeVarint(&bytes, UInt64(suffix.count))
        bytes.append(contentsOf: suffix)
        writeVarint(&bytes, UInt64(info.docFreq))
        writeVarint(&bytes, info.totalTermFreq - UInt64(info.docFreq))
        writeVarint(&bytes, startsBlock ? info.postingsOffset : info.postingsOffset - previousInfo.postingsOffset)
        writeVarint(&bytes, startsBlock ? info.positionsOffset : info.positionsOffset - previousInfo.positionsOffset)
        previousKey.removeAll(keepingCapacity: true)
        previousKey.append(contentsOf: key)
        previousInfo = info
        termCount += 1
    }

    /// Forgets `bytes` once the caller has streamed them to a file; later entries continue the
    /// same region, so block offsets stay valid.
    mutating func discardBytes() {
        discardedByteCount += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }
}
