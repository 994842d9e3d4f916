import Foundation
import Synchronization

/// Samples this process's resident memory by kind (`/proc/self/statm`: anonymous and file pages)
/// on a background thread, for `bench`. `ru_maxrss` alone mixes heap with the pages of mapped
/// index files the process has touched (page cache the kernel can drop at any time), so the
/// benchmark reports both: the peak heap is what the indexing memory budget bounds.
final class MemorySampler: Sendable {
    /// Time between samples. 10 ms: a flush or merge peak lasts far longer, and one sample
    /// costs a few µs.
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
        guard let (anonymous, file) = Self.readStatm() else { return }
        state.withLock {
            $0.peaks.anonymous = max($0.peaks.anonymous, anonymous)
            $0.peaks.file = max($0.peaks.file, file)
            $0.peaks.total = max($0.peaks.total, anonymous + file)
        }
    }

    /// Resident anonymous and file-backed bytes from `/proc/self/statm` (`size resident shared
    /// …` in pages; `shared` is RssFile + RssShmem), read into a stack buffer and parsed as
    /// bytes. `/proc/self/status` through Foundation cost ~0.2 ms a sample, 2 % of an indexing
    /// run's CPU; this costs a few µs.
    static func readStatm() -> (anonymous: Int, file: Int)? {
        let fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer -> (Int, Int)? in
            let n = read(fd, buffer.baseAddress, buffer.count)
            guard n > 0 else { return nil }
            var fields: [Int] = []
            var value = 0
            var inNumber = false
            for byte in buffer.prefix(n) {
                if byte >= 0x30 && byte <= 0x39 {
                    value = value * 10 + Int(byte - 0x30)
                    inNumber = true
                } else if inNumber {
                    fields.append(value)
                    value = 0
                    inNumber = false
                    if fields.count == 3 { break }
                }
            }
            guard fields.count == 3 else { return nil }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            return ((fields[1] - fields[2]) * page, fields[2] * page)
        }
    }
}
