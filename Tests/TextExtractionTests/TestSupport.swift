import Foundation
import Testing
import ZIPFoundation

@testable import TextExtraction

/// Fixtures and builders shared by the extraction tests.
enum Fixtures {
    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    /// A ZIP archive built in memory from (path, content) pairs, deflated.
    static func zip(_ members: [(String, Data)], compression: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, content) in members {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(content.count), compressionMethod: compression,
                provider: { position, size in content.subdata(in: Int(position)..<Int(position) + size) }
            )
        }
        return archive.data!
    }

    static let wordNamespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// A minimal DOCX whose `word/document.xml` is `documentXML`.
    static func docx(documentXML: String, extra: [(String, Data)] = []) throws -> Data {
        try zip([("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", Data(documentXML.utf8))] + extra)
    }

    /// A DOCX whose body is the given paragraphs' text.
    static func docx(paragraphs: [String]) throws -> Data {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        return try docx(documentXML: "<w:document \(wordNamespace)><w:body>\(body)</w:body></w:document>")
    }

    /// A fresh empty directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("textextraction-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs an extraction that must fail, and returns its error.
func extractionError(
    _ data: Data, fileName: String, limits: ExtractionLimits = .default
) -> ExtractionError? {
    do {
        _ = try DocumentExtractor(limits: limits).extract(data: data, fileName: fileName)
        return nil
    } catch {
        return error
    }
}

/// SplitMix64: a small seeded generator so attack tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
