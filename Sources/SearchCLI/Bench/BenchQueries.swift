import Foundation

/// The benchmark's query sets: word queries (for OR and AND) and phrases.
struct BenchQueries {
    var words: [String]
    var phrases: [String]

    /// Queries drawn per benchmark kind when no file is given, and phrases always.
    static let generatedCount = 1000

    /// Word queries from `file` (one per line) or drawn from the corpus; phrases are always
    /// drawn from the corpus (2–3 consecutive words of a random document), with `seed`.
    static func load(file: String?, files: [String], seed: UInt64) throws -> BenchQueries {
        var rng = SplitMix64(seed: seed)
        var phrases: [String] = []
        var words: [String] = []
        var attempts = 0
        while (phrases.count < generatedCount || (file == nil && words.count < generatedCount)) && attempts < generatedCount * 20 {
            attempts += 1
            let path = files[Int(rng.next() % UInt64(files.count))]
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let tokens = text.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count >= 3 }
            guard tokens.count > 10 else { continue }
            let n = 2 + Int(rng.next() % 2)
            if phrases.count < generatedCount {
                let at = Int(rng.next() % UInt64(tokens.count - n))
                phrases.append(tokens[at..<(at + n)].joined(separator: " "))
            }
            if file == nil && words.count < generatedCount {
                words.append((0..<n).map { _ in tokens[Int(rng.next() % UInt64(tokens.count))] }.joined(separator: " "))
            }
        }
        if let file {
            guard let content = try? String(contentsOfFile: file, encoding: .utf8) else { throw CLIError("Kan ikke lese spørringsfilen \(file).") }
            words = content.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return BenchQueries(words: words, phrases: phrases)
    }

    /// The words of a query as FTS5 gets them (its unicode61 tokenizer lower-cases itself).
    static func rawTerms(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
    }
}

/// SplitMix64: seeded, so every run draws the same queries.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
