#if canImport(Glibc)
import Glibc
#endif

/// Damage in a write-ahead log (`documents.sqlite-wal`) that SQLite would pass over silently.
///
/// SQLite reads the WAL up to the first frame whose salt or running checksum does not match
/// and drops everything after it, committed transactions included. After a crash that is
/// right (the tail was being written), but a damaged frame in the middle of a WAL left by a
/// killed writer silently rolls the store back by whole commits, and the segment files those
/// commits named become orphans. A torn tail cannot contain a commit after the bad frame:
/// with `synchronous=FULL` every commit frame is fsynced before the next transaction starts.
/// So damage is reported when a commit follows the first bad frame; the one flip this misses
/// is one in the log's very last commit frame.
public struct WALDamage: Sendable, Equatable {
    /// 0-based number of the first frame that fails its checksum.
    public var firstBadFrame: Int
    /// Frames after it that carry the log's current salt (SQLite ignores all of them).
    public var framesLost: Int
    /// Commit frames among them: committed transactions SQLite will not see.
    public var commitsLost: Int
}

/// Reads a WAL file frame by frame (format: https://sqlite.org/fileformat2.html#walformat).
enum WALInspection {
    static let headerBytes = 32
    static let frameHeaderBytes = 24

    /// The damage in the WAL at `path`, or nil when it is sound, empty, absent, or its only
    /// bad frames form a tail without commits (an interrupted write).
    static func inspect(path: String) -> WALDamage? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func read(_ count: Int, at offset: Int) -> [UInt8]? {
            var buffer = [UInt8](repeating: 0, count: count)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            return n == count ? buffer : nil
        }
        guard let header = read(headerBytes, at: 0) else { return nil }
        let magic = bigEndian32(header, 0)
        guard magic & 0xFFFF_FFFE == 0x377F_0682 else { return fileSize(fd) > headerBytes ? WALDamage(firstBadFrame: 0, framesLost: 0, commitsLost: 0) : nil }
        let bigEndianSums = magic & 1 == 1
        let pageSize = Int(bigEndian32(header, 8))
        guard pageSize >= 512, pageSize <= 65_536, pageSize & (pageSize - 1) == 0 else {
            return WALDamage(firstBadFrame: 0, framesLost: 0, commitsLost: 0)
        }
        var sums = Checksum(bigEndian: bigEndianSums)
        sums.add(header[0..<24])
        let salt = (bigEndian32(header, 16), bigEndian32(header, 20))
        let headerValid = sums.s0 == bigEndian32(header, 24) && sums.s1 == bigEndian32(header, 28)
        let frameBytes = frameHeaderBytes + pageSize
        let frameCount = (fileSize(fd) - headerBytes) / frameBytes
        var firstBad: Int? = headerValid ? nil : 0
        var lost = 0
        var commits = 0
        for frame in 0..<frameCount {
            guard let bytes = read(frameBytes, at: headerBytes + frame * frameBytes) else { break }
            guard bigEndian32(bytes, 8) == salt.0, bigEndian32(bytes, 12) == salt.1 else {
                // A frame of an earlier cycle of the log: the valid log ends here for SQLite,
                // and later frames cannot belong to the current log either.
                if firstBad == nil { break } else { continue }
            }
            if firstBad != nil {
                lost += 1
                if bigEndian32(bytes, 4) != 0 { commits += 1 }
                continue
            }
            sums.add(bytes[0..<8])
            sums.add(bytes[frameHeaderBytes...])
            if sums.s0 != bigEndian32(bytes, 16) || sums.s1 != bigEndian32(bytes, 20) {
                // The bad frame's own commit mark does not count: a writer killed between
                // writing a frame's header and its page leaves exactly that.
                firstBad = frame
                lost += 1
            }
        }
        guard let firstBad, commits > 0 || (!headerValid && frameCount > 0) else { return nil }
        return WALDamage(firstBadFrame: firstBad, framesLost: lost, commitsLost: commits)
    }

    private static func fileSize(_ fd: Int32) -> Int {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_size) : 0
    }

    private static func bigEndian32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

    /// SQLite's WAL checksum: over 32-bit words (in the byte order the magic number names),
    /// two at a time, `s0 += x0 + s1; s1 += x1 + s0`, running on from frame to frame.
    struct Checksum {
        let bigEndian: Bool
        var s0: UInt32 = 0
        var s1: UInt32 = 0

        init(bigEndian: Bool) { self.bigEndian = bigEndian }

        mutating func add(_ bytes: ArraySlice<UInt8>) {
            var i = bytes.startIndex
            while i + 8 <= bytes.endIndex {
                s0 = s0 &+ word(bytes, i) &+ s1
                s1 = s1 &+ word(bytes, i + 4) &+ s0
                i += 8
            }
        }

        private func word(_ b: ArraySlice<UInt8>, _ i: Int) -> UInt32 {
            bigEndian
                ? UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
                : UInt32(b[i + 3]) << 24 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i])
        }
    }
}
