@_spi(Benchmarks) import NorwegianStemmer

/// The untimed correctness pass over a word list, which also yields the checksums (total stem
/// length) every timed run must reproduce.
enum Verification {
    /// Mismatches listed before giving up.
    static let reportedMismatches = 10

    struct Checksums {
        /// Total stem length under Snowball 2 rules (C and Swift `.snowball2`).
        let snowball2: Int
        /// Total stem length under Snowball 3 rules (the Swift product).
        let snowball3: Int
        /// Words whose Snowball 2 and Snowball 3 stems differ.
        let revisionDifferences: Int
    }

    /// Checks, on every word: C and Swift `.snowball2` give identical bytes; the product's String
    /// and buffer APIs agree; and, when given, the product reproduces `expectedStems`.
    static func check(_ words: PackedWords, against c: CSnowballStemmer, expectedStems: [String]?) throws -> Checksums {
        var mismatches: [String] = []
        var snowball2 = 0
        var snowball3 = 0
        var differences = 0
        var scratch = [UInt8](repeating: 0, count: max(words.longestWord, 1))
        var index = 0
        words.forEachWord { word in
            let cStem = Array(c.stem(word))
            let swift2 = stem(word, revision: .snowball2, scratch: &scratch)
            let swift3 = stem(word, revision: .snowball3, scratch: &scratch)
            let swiftString = Array(NorwegianStemmer.stem(words.strings[index]).utf8)
            let text = words.strings[index]
            if cStem != swift2 {
                mismatches.append("\(text): C \(String(decoding: cStem, as: UTF8.self)), Swift (Snowball 2) \(String(decoding: swift2, as: UTF8.self))")
            }
            if swiftString != swift3 {
                mismatches.append("\(text): String API \(String(decoding: swiftString, as: UTF8.self)), buffer API \(String(decoding: swift3, as: UTF8.self))")
            }
            if let expectedStems, Array(expectedStems[index].utf8) != swift3 {
                mismatches.append("\(text): Swift \(String(decoding: swift3, as: UTF8.self)), output.txt \(expectedStems[index])")
            }
            snowball2 += swift2.count
            snowball3 += swift3.count
            differences += swift2 == swift3 ? 0 : 1
            index += 1
        }
        guard mismatches.isEmpty else {
            throw BenchmarkFailure(
                "\(mismatches.count) mismatches in \(words.name), first ones:\n" + mismatches.prefix(reportedMismatches).joined(separator: "\n")
            )
        }
        return Checksums(snowball2: snowball2, snowball3: snowball3, revisionDifferences: differences)
    }

    private static func stem(_ word: UnsafeBufferPointer<UInt8>, revision: SnowballRevision, scratch: inout [UInt8]) -> [UInt8] {
        scratch.withUnsafeMutableBufferPointer { buffer in
            let target = UnsafeMutableBufferPointer(rebasing: buffer[..<word.count])
            _ = target.initialize(fromContentsOf: word)
            return Array(target[..<NorwegianStemmer.stem(utf8: target, revision: revision)])
        }
    }
}
