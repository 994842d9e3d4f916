/// Why the benchmark stopped: a wrong answer or a missing input, with what to do about it.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
