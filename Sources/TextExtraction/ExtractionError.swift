/// A failure to extract text from one file: a stable ``Code`` for programs, and a message in
/// Norwegian Bokmål for people that names the file, says what is wrong and what to do about it.
public struct ExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is. Cases can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Internal: String, CaseIterable {
            case unsupportedFormat, empty, tooLarge, corrupt, encrypted, zipBomb, xmlTooDeep
            case xmlTooManyElements, xmlEntities, invalidEncoding, notRegularFile, unreadable
        }
        private let value: Internal
        private init(_ value: Internal) { self.value = value }

        /// The content is of a format we cannot read (binary data, a ZIP that is no DOCX/ODT…).
        public static let unsupportedFormat = Code(.unsupportedFormat)
        /// The file has no bytes.
        public static let empty = Code(.empty)
        /// The file is larger than ``ExtractionLimits/maxFileBytes``.
        public static let tooLarge = Code(.tooLarge)
        /// The file is damaged or truncated.
        public static let corrupt = Code(.corrupt)
        /// The file is password protected.
        public static let encrypted = Code(.encrypted)
        /// A ZIP container expands beyond the limits (size, ratio or entry count).
        public static let zipBomb = Code(.zipBomb)
        /// An XML part (or HTML/RTF) nests deeper than ``ExtractionLimits/maxXMLDepth``.
        public static let xmlTooDeep = Code(.xmlTooDeep)
        /// An XML part has more elements than ``ExtractionLimits/maxXMLElements``.
        public static let xmlTooManyElements = Code(.xmlTooManyElements)
        /// An XML part declares a DOCTYPE or entities, which office documents never need.
        public static let xmlEntities = Code(.xmlEntities)
        /// The bytes are not text in any encoding we can recognise.
        public static let invalidEncoding = Code(.invalidEncoding)
        /// The path is a directory, symbolic link, device or other non-regular file.
        public static let notRegularFile = Code(.notRegularFile)
        /// The file could not be read from disk.
        public static let unreadable = Code(.unreadable)

        /// The stable name of the code, as written in JSON (`"encrypted"`).
        public var name: String { value.rawValue }
        /// Looks a code up by its stable ``name``.
        public init?(name: String) {
            guard let value = Internal(rawValue: name) else { return nil }
            self.value = value
        }
        /// The stable name.
        public var description: String { name }
    }

    /// The kind of failure.
    public let code: Code
    /// The file's name as given by the caller (no directory).
    public let fileName: String
    /// The full Norwegian message: file, problem, and what to do.
    public let message: String
    /// A technical detail from the underlying library, if any (English, for logs).
    public let detail: String?

    /// Makes an error; prefer the factory functions in `ExtractionError+Messages.swift`.
    public init(code: Code, fileName: String, message: String, detail: String? = nil) {
        self.code = code
        self.fileName = fileName
        self.message = message
        self.detail = detail
    }

    /// The message, followed by the technical detail in brackets when there is one.
    public var description: String {
        if let detail { return "\(message) [\(code.name): \(detail)]" }
        return message
    }
}
