/// The postings and positions byte format, and its tuning constants.
///
/// Postings of one term (field + text) start at `TermInfo.postingsOffset` in the postings region:
/// ```
/// postings   := (docFreq < blockSize) ? tail
///             : blockHeader skipEntry{numBlocks} block{numBlocks} tail
/// blockHeader:= tailOffset:u32 tailPositionsOffset:u32 tailMaxFreq:u32 tailMinLength:u32
///               (offsets relative to the term's start; the tail's bounds as in a skip entry)
/// skipEntry  := lastDoc:u32 blockOffset:u32 positionsOffset:u32 maxFreq:u32 minLength:u32  (20 bytes)
/// block      := docWidth:u8 freqWidth:u8 docDeltas:packed[128] (freq-1):packed[128]
/// tail       := (docDelta<<1 | freq==1):varint [freq:varint if freq>1] … for docFreq % 128 docs
/// ```
/// `numBlocks = docFreq / blockSize`. Doc deltas are from the previous doc of the term (the first
/// doc is its own delta from 0). `blockOffset` and `positionsOffset` are relative to the term's
/// start in the postings and positions regions. `maxFreq`/`minLength` bound the BM25 score of any
/// doc in the block (score grows with freq and falls with length): block-max WAND skips blocks
/// whose bound cannot enter the top-k.
///
/// Positions of one term start at `TermInfo.positionsOffset` in the positions region: for each
/// doc in postings order, `freq` varints: the first position, then deltas.
///
/// Worked example: a term in docs 3 and 7 with freqs 1 and 2 (positions [4] and [0, 9]) has
/// docFreq 2 < 128, so postings are the tail only: `07` (3<<1|1), `08 02` (4<<1|0, freq 2) —
/// three bytes; positions are `04 00 09`.
enum PostingsFormat {
    /// Docs per bit-packed block. 128 as in Lucene 5+ and tantivy: large enough that the two
    /// width bytes and the 20-byte skip entry cost little, small enough that block-max bounds stay
    /// tight and a skip decodes few unneeded docs.
    static let blockSize = 128
    static let skipEntrySize = 20
    static let blockHeaderSize = 16
}
