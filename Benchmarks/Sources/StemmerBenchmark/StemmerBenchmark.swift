import Foundation
@_spi(Benchmarks) import NorwegianStemmer

/// Stems word lists with the Swift stemmer and with the C Snowball library, checks that they
/// agree on every word, and prints words per second for each.
///
/// Debian 12's libstemmer is 2.2.0, which implements the Snowball 2 Norwegian rules; the Swift
/// product implements Snowball 3 (the official vocabulary). The byte-for-byte check against C
/// therefore runs the Swift stemmer with `.snowball2`; the Snowball 3 product is checked against
/// `output.txt` and against its own buffer API. Exits non-zero on any mismatch.
@main
struct StemmerBenchmark {
    static func main() {
        do {
            try run()
        } catch {
            FileHandle.standardError.write(Data("StemmerBenchmark: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run() throws {
        let c = try CSnowballStemmer()
        let vocabulary = try WordLists.vocabulary()
        var lists = [try WordLists.repeatedVocabulary(vocabulary.words)]
        var expected: [[String]?] = [Array(repeating: vocabulary.stems, count: lists[0].count / vocabulary.stems.count).flatMap { $0 }]
        if let directory = ProcessInfo.processInfo.environment["NOREC_DIR"] {
            print("Loading NoReC from \(directory) …")
            lists.append(try WordLists.norecWords(in: directory))
            expected.append(nil)
        } else {
            print("NOREC_DIR not set: skipping the NoReC corpus (tar -xJf ../shared/corpora/norec-train.tar.xz -C /tmp; NOREC_DIR=/tmp/norec-train)")
        }
        for (words, stems) in zip(lists, expected) {
            let checksums = try Verification.check(words, against: c, expectedStems: stems)
            try report(words, checksums: checksums, c: c)
        }
    }

    static func report(_ words: PackedWords, checksums: Verification.Checksums, c: CSnowballStemmer) throws {
        print("\n\(words.name): \(words.count) words, \(words.bytes.count) bytes; Snowball 2 and 3 disagree on \(checksums.revisionDifferences) words")
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(words.longestWord, 1))
        defer { scratch.deallocate() }

        let cResult = try Stopwatch.measure(expected: checksums.snowball2) {
            var total = 0
            words.forEachWord { total &+= c.stem($0).count }
            return total
        }
        func swiftBuffer(_ revision: SnowballRevision, expected: Int) throws -> Stopwatch.Result {
            try Stopwatch.measure(expected: expected) {
                var total = 0
                words.forEachWord { word in
                    // Copy into a scratch buffer as a tokenizer would (C copies internally too).
                    scratch.update(from: word.baseAddress!, count: word.count)
                    total &+= NorwegianStemmer.stem(utf8: UnsafeMutableBufferPointer(start: scratch, count: word.count), revision: revision)
                }
                return total
            }
        }
        let swift2 = try swiftBuffer(.snowball2, expected: checksums.snowball2)
        let swift3 = try swiftBuffer(.snowball3, expected: checksums.snowball3)
        let swiftString = try Stopwatch.measure(expected: checksums.snowball3) {
            var total = 0
            for word in words.strings {
                total &+= NorwegianStemmer.stem(word).utf8.count
            }
            return total
        }

        let cRate = cResult.wordsPerSecond(words.count)
        print("  variant                                          words/s (best of \(Stopwatch.runs))   median run   vs C")
        for (name, result) in [
            ("C libstemmer 2.2.0 (Snowball 2 rules)", cResult),
            ("Swift stem(utf8:), Snowball 2 rules (as C)", swift2),
            ("Swift stem(utf8:), Snowball 3 rules (product)", swift3),
            ("Swift stem(_ String), Snowball 3 (product)", swiftString),
        ] {
            let rate = result.wordsPerSecond(words.count)
            print(
                "  \(name.padding(toLength: 48, withPad: " ", startingAt: 0)) \(format(rate / 1e6, 7, 2)) M   \(format(result.median.seconds * 1e3, 10, 1)) ms   \(format(rate / cRate, 5, 2))×"
            )
        }
    }

    static func format(_ value: Double, _ width: Int, _ decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
