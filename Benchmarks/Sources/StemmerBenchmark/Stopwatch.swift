/// Times a closure several times and keeps the fastest and the median run.
struct Stopwatch {
    /// Timed runs per variant. The machine is shared, so the fastest of several runs is the
    /// figure least disturbed by other work; the median shows how noisy it was.
    static let runs = 7

    struct Result {
        let fastest: Duration
        let median: Duration

        func wordsPerSecond(_ words: Int) -> Double {
            Double(words) / fastest.seconds
        }
    }

    /// Runs `body` `runs` times; every run must return `expected` (the benchmark's own answer check).
    static func measure(expected: Int, _ body: () -> Int) throws(BenchmarkFailure) -> Result {
        var durations: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            var answer = 0
            let duration = clock.measure { answer = body() }
            guard answer == expected else {
                throw BenchmarkFailure("a timed run produced checksum \(answer), expected \(expected): the stemmer is not deterministic")
            }
            durations.append(duration)
        }
        durations.sort()
        return Result(fastest: durations[0], median: durations[durations.count / 2])
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
