internal import Dispatch
internal import Foundation

/// Timing trace for performance work: `KOMMUNESOK_TRACE=1` prints phase timings to stderr.
enum Trace {
    static let enabled = ProcessInfo.processInfo.environment["KOMMUNESOK_TRACE"] != nil

    static func log(_ s: String) {
        FileHandle.standardError.write(Data(("[trace] " + s + "\n").utf8))
    }
}

/// Seconds spent per ingest phase (one per worker, summed at the end).
struct PhaseClock {
    var prepare = 0.0
    var store = 0.0
    /// Of `store`: waiting for the batch lock.
    var storeWait = 0.0
    var analyze = 0.0
    var flush = 0.0

    mutating func measure<T>(_ phase: WritableKeyPath<PhaseClock, Double>, _ body: () throws -> T) rethrows -> T {
        guard Trace.enabled else { return try body() }
        let t0 = DispatchTime.now().uptimeNanoseconds
        defer { self[keyPath: phase] += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9 }
        return try body()
    }

    mutating func add(_ o: PhaseClock) {
        prepare += o.prepare
        store += o.store
        storeWait += o.storeWait
        analyze += o.analyze
        flush += o.flush
    }
}
