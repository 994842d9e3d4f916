/// One step of the schema history: the SQL that takes a database from `version - 1` to
/// `version`. The schema version lives in `PRAGMA user_version` (0 for a new, empty file).
struct Migration: Sendable {
    let version: Int64
    let sql: String

    /// Every migration, in order. Append new ones; never edit one that has shipped, because
    /// files out in the world were created by it.
    static let all: [Migration] = [.v1, .v2, .v3]

    /// The schema version this build writes and understands.
    static var currentVersion: Int64 { all.last?.version ?? 0 }
}
