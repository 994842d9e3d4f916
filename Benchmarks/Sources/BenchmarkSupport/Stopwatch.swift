/// Times a closure several times and keeps the fastest and the median run.
package enum Stopwatch {
    /// Timed runs per measurement unless a benchmark asks for fewer. The machine is shared, so
    /// the fastest of several runs is the figure least disturbed by other work; the median shows
    /// how noisy it was.
    package static let defaultRuns = 7

    /// The fastest and the median of several timed runs.
    package struct Result {
        package let fastest: Duration
        package let median: Duration

        /// The fastest and median of `durations` (at least one).
        package init(_ durations: [Duration]) {
            let sorted = durations.sorted()
            fastest = sorted[0]
            median = sorted[sorted.count / 2]
        }

        /// `count` items per second in the fastest run.
        package func perSecond(_ count: Int) -> Double {
            Double(count) / fastest.seconds
        }

        /// Nanoseconds per item in the fastest run.
        package func nanoseconds(per count: Int) -> Double {
            fastest.seconds * 1e9 / Double(count)
        }
    }

    /// Runs `body` `runs` times; every run must return `expected` (the benchmark's own answer
    /// check), otherwise the measurement fails naming `what`.
    package static func measure<Answer: Equatable>(
        _ what: String, runs: Int = defaultRuns, expected: Answer, _ body: () throws -> Answer
    ) throws -> Result {
        var durations: [Duration] = []
        let clock = ContinuousClock()
        for run in 0..<runs {
            var answer: Answer?
            let start = clock.now
            answer = try body()
            durations.append(clock.now - start)
            guard answer == expected else {
                throw BenchmarkFailure("\(what): timed run \(run + 1) answered \(answer.map { "\($0)" } ?? "nothing"), expected \(expected)")
            }
        }
        return Result(durations)
    }

    /// Like ``measure(_:runs:expected:_:)``, but each run first calls `setup` outside the timed
    /// region and hands its result to `body` (fresh iterators, an empty builder).
    package static func measure<Input, Answer: Equatable>(
        _ what: String, runs: Int = defaultRuns, expected: Answer, setup: () throws -> Input, _ body: (Input) throws -> Answer
    ) throws -> Result {
        var durations: [Duration] = []
        let clock = ContinuousClock()
        for run in 0..<runs {
            let input = try setup()
            let start = clock.now
            let answer = try body(input)
            durations.append(clock.now - start)
            guard answer == expected else {
                throw BenchmarkFailure("\(what): timed run \(run + 1) answered \(answer), expected \(expected)")
            }
        }
        return Result(durations)
    }
}

extension Duration {
    /// The duration in seconds.
    package var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
