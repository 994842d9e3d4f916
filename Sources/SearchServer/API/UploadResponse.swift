public import Hummingbird

/// The body of `POST /api/documents`: one result per uploaded file, in order.
public struct UploadResponse: ResponseCodable, Sendable, Equatable {
    /// What happened to one file.
    public struct FileResult: Codable, Sendable, Equatable {
        /// The sanitised file name.
        public var fileName: String
        /// The document key (the file name without extension).
        public var key: String
        /// `indexed`, `replaced`, `unchanged`, `unsupported` or `failed`.
        public var status: String
        /// The document id (indexed, replaced); for `unchanged` the existing document's id.
        public var id: Int64?
        /// Why it failed (Norwegian).
        public var message: String?
        public var warnings: [String]
    }

    public var results: [FileResult]
    /// The index generation after the commit.
    public var generation: Int64
}

/// The body of `GET /api/stats`.
public struct StatsResponse: ResponseCodable, Sendable, Equatable {
    /// One segment file.
    public struct Segment: Codable, Sendable, Equatable {
        public var file: String
        public var documents: Int
        public var deleted: Int
        public var bytes: Int
    }

    public var documents: Int
    public var generation: Int64
    public var segments: [Segment]
    public var indexBytes: Int
    public var databaseBytes: Int?
    /// Write calls waiting or running in `IndexWriterService`.
    public var pendingWrites: Int
    /// Commits made by this server process.
    public var commits: Int
    public var uptimeSeconds: Double
}
