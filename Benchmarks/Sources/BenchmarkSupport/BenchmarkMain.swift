import Foundation

/// The shared `main` of the benchmark executables: runs `body`, and on a failure prints it to
/// standard error and exits with status 1, so that a wrong answer fails the run.
package func runBenchmark(_ name: String, _ body: () throws -> Void) -> Never {
    do {
        try body()
    } catch {
        FileHandle.standardError.write(Data("\(name): \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
