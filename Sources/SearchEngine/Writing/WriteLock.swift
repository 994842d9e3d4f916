#if canImport(Glibc)
import Glibc
#endif

/// An exclusive, process-wide lock on an index directory (`flock` on `write.lock`): one writer
/// at a time, across processes. The kernel releases it when the process dies, so a killed
/// writer never leaves a stale lock behind.
final class WriteLock: @unchecked Sendable {
    private let fd: Int32

    init(directory: String) throws(SearchEngineError) {
        let path = directory + "/write.lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)  // owner only, like every index file
        guard fd >= 0 else {
            throw SearchEngineError(.storage, "Kunne ikke åpne låsefilen \(path): \(String(cString: strerror(errno))).")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw SearchEngineError(
                .locked,
                "Indeksen i \(directory) er i bruk av en annen skriver (en annen `kommunesok index` eller `kommunesok serve`). Vent til den er ferdig, eller stopp den.")
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
