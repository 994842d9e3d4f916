import Foundation
import Synchronization

/// Samples this process's resident memory by kind (`/proc/self/status`: `RssAnon`, `RssFile`)
/// on a background thread, for `bench`. `ru_maxrss` alone mixes heap with the pages of mapped
/// index files the process has touched (page cache the kernel can drop at any time), so the
/// benchmark reports both: the peak heap is what the indexing memory budget bounds.
final class MemorySampler: Sendable {
    /// Time between samples. 10 ms: a flush or merge peak lasts far longer, and reading the
    /// status file costs ~20 µs.
    static let interval: useconds_t = 10_000

    struct Peaks: Sendable {
        var anonymous = 0
        var file = 0
        /// Peak of anonymous + file pages at the same sample.
        var total = 0
    }

    private let state = Mutex<(running: Bool, peaks: Peaks)>((true, Peaks()))

    init() {
        let thread = Thread { [self] in
            while state.withLock({ $0.running }) {
                sample()
                usleep(Self.interval)
            }
        }
        thread.start()
    }

    /// Stops sampling (after one last sample) and returns the peaks.
    func stop() -> Peaks {
        sample()
        return state.withLock {
            $0.running = false
            return $0.peaks
        }
    }

    private func sample() {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return }
        var anonymous = 0
        var file = 0
        for line in status.split(separator: "\n") {
            if line.hasPrefix("RssAnon:") { anonymous = Self.kilobytes(line) * 1024 }
            if line.hasPrefix("RssFile:") { file = Self.kilobytes(line) * 1024 }
        }
        state.withLock {
            $0.peaks.anonymous = max($0.peaks.anonymous, anonymous)
            $0.peaks.file = max($0.peaks.file, file)
            $0.peaks.total = max($0.peaks.total, anonymous + file)
        }
    }

    private static func kilobytes(_ line: Substring) -> Int {
        Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
