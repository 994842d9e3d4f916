/// Copies one input term's position bytes into a merge's output, in runs.
///
/// A merge renumbers documents but never changes their positions, and a term's positions are
/// stored doc after doc (`PostingsFormat`), so the positions of consecutive kept docs are one
/// contiguous range of the input: the merge copies each such run with one `memcpy` instead of
/// decoding and re-encoding every position. Only two things need a document's exact byte
/// offset — skipping a deleted doc and the start of an output block (its skip entry points at
/// it) — and there the varints in between are skipped by counting their last bytes
/// (`skip(_:)`), eight at a time.
struct PositionRuns {
    private let bytes: UnsafePointer<UInt8>
    private let end: Int
    /// Where the positions of the first doc not yet accounted for start.
    private var offset: Int
    /// Where the current run of kept docs starts in the input.
    private var runStart: Int
    /// Varints of kept docs between `offset` and the next doc, not yet skipped.
    private var pending = 0
    private(set) var isDamaged = false

    /// Positions of a term in `region` (a segment's positions region), starting at `start`.
    init(region: UnsafeRawBufferPointer, start: Int) {
        bytes = (region.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!).assumingMemoryBound(to: UInt8.self)
        end = region.count
        offset = min(start, region.count)
        runStart = offset
        isDamaged = start > region.count
    }

    /// Where the next kept doc's positions will start in the output, which holds
    /// `outputCount` bytes before this input's pending run is appended.
    mutating func outputOffsetOfNextDoc(outputCount: Int) -> Int {
        settle()
        return outputCount + (offset - runStart)
    }

    /// The next doc, with `freq` positions, is kept.
    mutating func keep(freq: UInt32) {
        pending += Int(freq)
    }

    /// The next doc, with `freq` positions, is dropped: the run so far goes to `out`, and the
    /// next one starts after this doc.
    mutating func drop(freq: UInt32, appendingRunTo out: inout [UInt8]) {
        finish(appendingTo: &out)
        pending = Int(freq)
        settle()
        runStart = offset
    }

    /// Appends the run in progress to `out`.
    mutating func finish(appendingTo out: inout [UInt8]) {
        settle()
        guard !isDamaged, offset > runStart else { return }
        out.append(contentsOf: UnsafeBufferPointer(start: bytes + runStart, count: offset - runStart))
        runStart = offset
    }

    /// Skips the pending varints.
    private mutating func settle() {
        guard pending > 0, !isDamaged else { return }
        if let next = skipVarints(pending, in: bytes, from: offset, end: end) {
            offset = next
        } else {
            isDamaged = true
        }
        pending = 0
    }
}
