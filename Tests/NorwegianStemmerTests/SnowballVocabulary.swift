import Foundation

/// The official Snowball test vocabulary in `Fixtures/snowball-norwegian/`: each word of
/// `voc.txt` with its stem on the same line of `output.txt`.
struct SnowballVocabulary {
    /// The number of lines of both files: a truncated or replaced fixture fails loudly.
    static let expectedCount = 20_895

    let pairs: [(word: String, stem: String)]

    static func load() throws -> SnowballVocabulary {
        let words = try lines(of: "voc")
        let stems = try lines(of: "output")
        guard words.count == stems.count else {
            throw FixtureError(
                "voc.txt has \(words.count) lines but output.txt has \(stems.count): restore both files from ../shared/testdata/snowball-norwegian/"
            )
        }
        return SnowballVocabulary(pairs: Array(zip(words, stems)))
    }

    private static func lines(of name: String) throws -> [String] {
        let url = try fixtureURL(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
            .dropLast(text.hasSuffix("\n") ? 1 : 0)
    }

    /// The fixture from the test bundle; falls back to the source tree when the bundle lacks it.
    private static func fixtureURL(_ name: String) throws -> URL {
        if let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/snowball-norwegian") {
            return url
        }
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/snowball-norwegian/\(name).txt")
        guard FileManager.default.fileExists(atPath: sourceTree.path) else {
            throw FixtureError(
                "\(name).txt is missing: copy voc.txt, output.txt and COPYING from ../shared/testdata/snowball-norwegian/ into Tests/NorwegianStemmerTests/Fixtures/snowball-norwegian/"
            )
        }
        return sourceTree
    }
}

/// A fixture that cannot be read, with what to do about it.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
