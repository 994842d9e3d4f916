import TestRandomness
import Testing

@testable import IndexStorage

/// CRC-32C: the standard check values, and the hardware instruction equal to the software
/// tables at every length, alignment and chaining split.
struct CRC32Tests {
    @Test func standardCheckValues() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32.checksum([]) == 0)
        #expect(Array("123456789".utf8).withUnsafeBytes { CRC32.softwareChecksum($0) } == 0xE306_9283)
    }

    @Test(arguments: [5 as UInt64, 20261203])
    func hardwareEqualsSoftware(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let bytes = (0..<700).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        bytes.withUnsafeBytes { all in
            for start in 0..<9 {
                for length in 0...(all.count - start) where length < 80 || length % 37 == 0 {
                    let part = UnsafeRawBufferPointer(rebasing: all[start..<(start + length)])
                    let software = CRC32.softwareChecksum(part)
                    #expect(CRC32.checksum(part) == software, "seed \(seed): \(length) bytes from \(start)")
                    let split = length / 3
                    let chained = CRC32.checksum(UnsafeRawBufferPointer(rebasing: part[split...]),
                                                 continuing: CRC32.checksum(UnsafeRawBufferPointer(rebasing: part[..<split])))
                    #expect(chained == software, "seed \(seed): chained at \(split) of \(length)")
                }
            }
        }
    }
}
