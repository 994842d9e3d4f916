public import SearchCore

/// What a streaming merge wrote: the new segment's size and its documents in local-doc order
/// (so the caller can map ids to locations without reopening the file).
public struct MergedSegment: Sendable {
    /// Live documents carried over; 0 means every document was deleted and no file was written.
    public var documentCount: Int { documentIDs.count }
    /// Size of the written file in bytes (0 when no file was written).
    public var sizeInBytes: Int
    /// `documentIDs[d]` is the global id of local doc `d` of the new segment.
    public var documentIDs: [DocumentID]
}
