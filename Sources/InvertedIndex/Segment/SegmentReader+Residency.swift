public import IndexStorage

extension SegmentReader {
    /// Passes an access hint for this segment's mapped file to the kernel: `.sequential` before a
    /// front-to-back pass (a merge), `.releaseResidentPages` to stop counting pages touched so
    /// far (by the checksum at open, or by a merge) in this process's resident memory. The pages
    /// stay in the page cache; touching them again is a minor fault. No-op for in-memory files.
    public func advise(_ access: ReadableFile.Access) {
        file.advise(access)
    }
}
