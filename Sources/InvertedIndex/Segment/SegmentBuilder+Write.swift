public import IndexStorage

extension SegmentBuilder {
    /// Writes everything added so far as the segment file `name` in `directory`, streaming
    /// (`SegmentSink`): durable when this returns; on failure no file of that name exists.
    /// Returns the file's size in bytes.
    public func write(to directory: some IndexDirectory, name: String) throws(IndexError) -> Int {
        releaseSurfaceMemo()
        return try SegmentWriter.write(self, to: directory, name: name)
    }
}
