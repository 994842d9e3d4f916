/// The byte layout of a segment file (`s<N>.seg`), inside the common `FileEnvelope`.
///
/// ```
/// payload  := postings positions termdict termindex pad4 lengths{fieldCount} pad8 docmap trailer
/// lengths  := length:u32{docCount}              one array per field, in FieldID order
/// docmap   := documentID:i64{docCount}           segment-local doc → global DocumentID
/// trailer  := (offset:u64 length:u64){5}         postings, positions, termdict, termindex, docmap
///             (lengthsOffset:u64 sumLengths:u64){fieldCount}
///             docCount:u32 fieldCount:u32 termCount:u64
/// ```
/// Offsets are from the start of the file (so the u32/i64 arrays are aligned for direct use from
/// the mapping). `postings`/`positions` are in `PostingsFormat`, `termdict`/`termindex` in
/// `TermDictionaryWriter`. Doc numbers are dense, 0..<docCount, in the order docs were added (for
/// merged segments: segment order, then doc order, deleted docs dropped).
enum SegmentFormat {
    static let kind = FileEnvelopeKinds.segment
    /// Version 1: the first format.
    static let version: UInt32 = 1
    static let regionCount = 5
    static func trailerSize(fieldCount: Int) -> Int { regionCount * 16 + fieldCount * 16 + 16 }
}

/// Four-character codes of the index's file kinds.
enum FileEnvelopeKinds {
    static let segment: UInt32 = 0x4D47_4553  // "SEGM"
    static let deletions: UInt32 = 0x534C_4544  // "DELS"
}
