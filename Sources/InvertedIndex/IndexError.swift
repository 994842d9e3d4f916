public import IndexStorage

/// The one error type of InvertedIndex.
public struct IndexError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        /// An index file is damaged (checksum, structure, or a decoder ran off its data).
        case corrupted
        /// Storage failed underneath (see `storage`).
        case storage
        /// A caller broke a precondition of the index API.
        case invalidArgument
    }

    public var code: Code
    /// The file involved, if any.
    public var file: String?
    /// What is wrong and what to do, in Norwegian Bokmål.
    public var message: String
    /// The storage error underneath, if any.
    public var storage: IndexStorageError?

    public init(_ code: Code, file: String?, message: String, storage: IndexStorageError? = nil) {
        self.code = code
        self.file = file
        self.message = message
        self.storage = storage
    }

    public static func corrupted(_ file: String, _ detail: String) -> IndexError {
        let e = IndexStorageError.corrupted(file, detail)
        return IndexError(.corrupted, file: file, message: e.message, storage: e)
    }

    public init(_ storage: IndexStorageError) {
        self.init(storage.code == .corrupted ? .corrupted : .storage, file: storage.file, message: storage.message, storage: storage)
    }

    public var description: String { message }
}
