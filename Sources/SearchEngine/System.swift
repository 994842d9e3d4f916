#if canImport(Glibc)
import Glibc
#endif

/// Facts about the machine the engine runs on.
public enum System {
    /// Online processor cores.
    public static var coreCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// Peak resident memory of this process so far, in bytes (Linux `ru_maxrss`).
    public static var peakResidentBytes: Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
