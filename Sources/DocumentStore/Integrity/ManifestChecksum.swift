#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The checksum of the stored manifest body (`index_manifest.checksum`, schema v3): XXH64 of
/// its exact bytes, so a changed digit in the segment list is an error, not a different index.
enum ManifestChecksum {
    static func of(_ body: Data) -> Int64 {
        Int64(bitPattern: body.withUnsafeBytes { XXH64.hash($0) })
    }
}
