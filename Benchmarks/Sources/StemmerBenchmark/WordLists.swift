import Foundation

/// The word lists the benchmark stems: the Snowball vocabulary, repeated, and optionally every
/// word of the NoReC corpus.
enum WordLists {
    /// Words in the official Snowball Norwegian vocabulary (`voc.txt`).
    static let vocabularyWords = 20_895
    /// The vocabulary is repeated until the list has at least this many words, enough for a run
    /// of a few hundred milliseconds, so that timer resolution and warm-up do not matter.
    static let minimumRepeatedWords = 2_000_000
    /// Words (runs of letters and digits, lower-cased) in the NoReC 2.1 train split, as counted by
    /// `norecWords(in:)`; a different count means a different corpus or a changed tokenizer.
    static let norecTrainWords = 13_690_058

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // StemmerBenchmark
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // Benchmarks
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Tests/NorwegianStemmerTests/Fixtures/snowball-norwegian")

    /// `voc.txt` and `output.txt`, line by line.
    static func vocabulary() throws -> (words: [String], stems: [String]) {
        let words = try lines(fixtures.appendingPathComponent("voc.txt"))
        let stems = try lines(fixtures.appendingPathComponent("output.txt"))
        guard words.count == vocabularyWords, stems.count == vocabularyWords else {
            throw BenchmarkFailure(
                "expected \(vocabularyWords) lines in voc.txt and output.txt, found \(words.count) and \(stems.count): restore them from ../shared/testdata/snowball-norwegian/"
            )
        }
        return (words, stems)
    }

    /// The vocabulary repeated to at least `minimumRepeatedWords` words.
    static func repeatedVocabulary(_ words: [String]) throws -> PackedWords {
        let repetitions = (minimumRepeatedWords + words.count - 1) / words.count
        let list = Array(repeating: words, count: repetitions).flatMap { $0 }
        guard list.count == repetitions * vocabularyWords, list.count >= minimumRepeatedWords else {
            throw BenchmarkFailure("repeated vocabulary has \(list.count) words, expected \(repetitions * vocabularyWords)")
        }
        return PackedWords(name: "Snowball voc.txt ×\(repetitions)", strings: list)
    }

    private static func lines(_ url: URL) throws -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BenchmarkFailure("cannot read \(url.path): run the benchmark from a checkout that has Tests/NorwegianStemmerTests/Fixtures")
        }
        return text.split(separator: "\n").map(String.init)
    }

    /// Every word of the corpus in `directory` (the unpacked NoReC `norec-train/` folder of
    /// `*.txt` files), in file-name order: maximal runs of letters and digits, lower-cased.
    static func norecWords(in directory: String) throws -> PackedWords {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory))?
            .filter { $0.hasSuffix(".txt") }.sorted() ?? []
        guard !names.isEmpty else {
            throw BenchmarkFailure(
                "NOREC_DIR=\(directory) holds no .txt files: unpack the corpus with `tar -xJf ../shared/corpora/norec-train.tar.xz -C /tmp` and set NOREC_DIR=/tmp/norec-train"
            )
        }
        var words: [String] = []
        for name in names {
            let path = directory + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw BenchmarkFailure("cannot read \(path) as UTF-8: unpack the corpus again")
            }
            appendWords(of: text.lowercased(), to: &words)
        }
        guard words.count == norecTrainWords else {
            throw BenchmarkFailure(
                "NoReC gave \(words.count) words, expected \(norecTrainWords): is NOREC_DIR the complete norec-train folder of ../shared/corpora/norec-train.tar.xz?"
            )
        }
        return PackedWords(name: "NoReC train (\(names.count) texts)", strings: words)
    }

    private static func appendWords(of text: String, to words: inout [String]) {
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty {
            words.append(String(current))
        }
    }
}
