/// Why a benchmark stopped: a wrong answer or a missing input, with what to do about it.
package struct BenchmarkFailure: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}
