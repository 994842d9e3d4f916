/// The one error type of IndexStorage: I/O failures and corrupted or unreadable files.
public struct IndexStorageError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as a closed set the caller can switch over.
    public enum Code: Sendable, Hashable {
        /// A file's bytes do not match its format or checksum: it was damaged after it was written.
        case corrupted
        /// A file the index expects is not there.
        case missingFile
        /// The operating system refused an operation (permissions, disk full, …).
        case io
        /// The file was written by a newer format version than this program understands.
        case unsupportedVersion
    }

    public var code: Code
    /// The file involved, relative to the index directory.
    public var file: String
    /// What is wrong and what to do, in Norwegian Bokmål (this reaches users).
    public var message: String

    public init(_ code: Code, file: String, message: String) {
        self.code = code
        self.file = file
        self.message = message
    }

    public static func corrupted(_ file: String, _ detail: String) -> IndexStorageError {
        IndexStorageError(
            .corrupted, file: file,
            message: "Indeksfilen \(file) er skadet (\(detail)). Kjør `kommunesok check`, og bygg indeksen på nytt med `kommunesok index --rebuild` om feilen består."
        )
    }

    public var description: String { message }
}
