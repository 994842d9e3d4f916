/// The set of live segments at one commit: a value. Persisting it (with the documents, in one
/// SQLite transaction) is the engine's job; this type only says what the commit contains.
public struct SegmentManifest: Codable, Sendable, Equatable {
    /// One live segment.
    public struct Segment: Codable, Sendable, Equatable {
        /// Segment number; the file is `s<number>.seg`.
        public var number: Int
        public var documentCount: Int
        public var deletedCount: Int
        /// Generation of the deletions file `s<number>_<gen>.del`; nil when nothing is deleted.
        public var deletionGeneration: Int?
        public var sizeInBytes: Int

        public init(number: Int, documentCount: Int, deletedCount: Int = 0, deletionGeneration: Int? = nil, sizeInBytes: Int) {
            self.number = number
            self.documentCount = documentCount
            self.deletedCount = deletedCount
            self.deletionGeneration = deletionGeneration
            self.sizeInBytes = sizeInBytes
        }

        public var fileName: String { SegmentManifest.segmentFileName(number) }
        public var deletionsFileName: String? { deletionGeneration.map { SegmentManifest.deletionsFileName(number, $0) } }
        public var liveCount: Int { documentCount - deletedCount }
    }

    /// Increases by one at every commit.
    public var generation: Int64
    /// The number the next new segment gets (numbers are never reused).
    public var nextSegmentNumber: Int
    public var segments: [Segment]

    public init(generation: Int64 = 0, nextSegmentNumber: Int = 1, segments: [Segment] = []) {
        self.generation = generation
        self.nextSegmentNumber = nextSegmentNumber
        self.segments = segments
    }

    public static func segmentFileName(_ number: Int) -> String { "s\(number).seg" }
    public static func deletionsFileName(_ number: Int, _ generation: Int) -> String { "s\(number)_\(generation).del" }

    /// Every file this manifest references: what garbage collection must keep.
    public var referencedFiles: Set<String> {
        var files = Set<String>()
        for s in segments {
            files.insert(s.fileName)
            if let d = s.deletionsFileName { files.insert(d) }
        }
        return files
    }

    /// Whether `name` looks like a file the index writes (so GC never touches foreign files).
    public static func isIndexFile(_ name: String) -> Bool {
        name.hasPrefix("s") && (name.hasSuffix(".seg") || name.hasSuffix(".del") || name.hasSuffix(".tmp"))
    }

    public var documentCount: Int { segments.reduce(0) { $0 + $1.liveCount } }
}
