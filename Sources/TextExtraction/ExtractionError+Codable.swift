/// JSON form of an error, so that `kommunesok extract --json` can hand a failure to its parent process.
extension ExtractionError: Codable {
    private enum CodingKeys: String, CodingKey { case code, fileName, message, detail }

    /// Decodes an error written by ``encode(to:)``; an unknown code decodes as `corrupt`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .code)
        self.init(
            code: Code(name: name) ?? .corrupt,
            fileName: try container.decode(String.self, forKey: .fileName),
            message: try container.decode(String.self, forKey: .message),
            detail: try container.decodeIfPresent(String.self, forKey: .detail)
        )
    }

    /// Encodes every key, with `null` for a missing detail, so the JSON shape never varies.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code.name, forKey: .code)
        try container.encode(fileName, forKey: .fileName)
        try container.encode(message, forKey: .message)
        try container.encode(detail, forKey: .detail)
    }
}
