/// What `SearchIndex.backup(to:)` copied: one commit of the index.
public struct BackupReport: Sendable {
    /// The backup folder (absolute); open it with `SearchIndex(path:)` or `--index`.
    public var path: String
    /// The commit (manifest generation) the backup holds.
    public var generation: Int64
    /// Live documents in that commit.
    public var documentCount: Int
    /// Segment and deletion files in the backup.
    public var segmentFiles: Int
    /// Of those, hard-linked to the live index's immutable files (no extra disk space).
    public var linkedFiles: Int
    /// Of those, copied byte for byte (another file system, or links not allowed).
    public var copiedFiles: Int
    /// Bytes of the segment and deletion files.
    public var segmentBytes: Int
    /// How many attempts it took (a commit that removed a file the first attempt had not yet
    /// secured makes the backup start again from the newer commit).
    public var attempts: Int
}
