import Foundation
import Testing

/// Every `kommunesok` line of the README's example block runs, in order, as a user would paste
/// it (from the package root, into a fresh index), and every example search finds something
/// in the shipped Corpus.
@Suite(.serialized) struct ReadmeExampleTests {
    /// The README's `kommunesok …` command lines from the ```sh block under «### Example».
    static func exampleCommands() throws -> [String] {
        let readme = try String(contentsOfFile: TestSupport.packageRoot + "/README.md", encoding: .utf8)
        guard let heading = readme.range(of: "### Example"),
              let open = readme.range(of: "```sh\n", range: heading.upperBound..<readme.endIndex),
              let close = readme.range(of: "```", range: open.upperBound..<readme.endIndex)
        else { return [] }
        return readme[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init).filter { $0.hasPrefix("kommunesok ") }
    }

    /// Splits a shell line the way `sh` does for the quoting the README uses ('…' and "…").
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    @Test func shellWordsSplitsLikeSh() {
        #expect(Self.shellWords(#"kommunesok search '"plan for skole"' x"#) == ["kommunesok", "search", "\"plan for skole\"", "x"])
        #expect(Self.shellWords(#"kommunesok analyze "a b (PS 12/17)." "#) == ["kommunesok", "analyze", "a b (PS 12/17)."])
    }

    @Test func everyExampleRunsAndFindsSomething() throws {
        let commands = try Self.exampleCommands()
        #expect(commands.count >= 5, "the README's example block was not found")
        #expect(commands.first?.hasPrefix("kommunesok index ") == true)
        let index = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: index) }
        for line in commands {
            let words = Self.shellWords(line)
            let r = try TestSupport.runExecutable(Array(words.dropFirst()), index: index, in: TestSupport.packageRoot)
            #expect(r.status == 0, "\(line)\n\(r.output)")
            switch words[1] {
            case "search":
                #expect(!r.output.hasPrefix("0 treff"), "\(line) finds nothing in the Corpus")
                #expect(r.output.contains("1. "), "\(line)\n\(r.output)")
            case "index":
                #expect(r.output.contains("feilet: 0"), "\(line)\n\(r.output)")
            default:
                #expect(!r.output.isEmpty, "\(line)")
            }
        }
    }
}
