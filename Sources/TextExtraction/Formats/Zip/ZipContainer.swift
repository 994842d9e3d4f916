import Foundation
import ZIPFoundation

/// A ZIP container (DOCX, ODT) opened in memory, whose members are inflated under the limits.
///
/// Sizes are checked twice: first as declared in the central directory (size and compression
/// ratio), then while inflating, because a hostile archive can declare small sizes and still
/// inflate to gigabytes.
final class ZipContainer {
    private let archive: Archive
    private let entries: [String: Entry]
    private let context: ExtractionContext
    private let formatName: String
    private var inflatedTotal = 0

    /// Opens the archive and indexes its entries; a damaged archive is `corrupt`, too many entries `zipBomb`.
    init(data: Data, context: ExtractionContext, formatName: String) throws(ExtractionError) {
        self.context = context
        self.formatName = formatName
        try ZipPreflight.check(data, context: context, formatName: formatName)
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .corrupt(context.fileName, format: formatName, detail: "ZIP: \(error)")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            guard entries.count < context.limits.maxZIPEntries else {
                throw .zipBomb(context.fileName, why: "ZIP-arkivet har flere enn \(context.limits.maxZIPEntries) filer")
            }
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
        self.entries = entries
    }

    /// True when the archive has a member at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// Member paths matching a predicate, sorted.
    func paths(where predicate: (String) -> Bool) -> [String] {
        entries.keys.filter(predicate).sorted()
    }

    /// Inflates the member at `path`, or returns nil when there is none.
    func read(_ path: String) throws(ExtractionError) -> Data? {
        guard let entry = entries[path], entry.type == .file else { return nil }
        let limits = context.limits
        let file = context.fileName
        let declared = Int(clamping: entry.uncompressedSize)
        let remaining = limits.maxUncompressedBytes - inflatedTotal
        if declared > remaining {
            throw .zipBomb(file, why: "«\(path)» oppgir å pakkes ut til \(declared) byte, mer enn grensen på \(limits.maxUncompressedBytes) byte")
        }
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        if declared > limits.compressionRatioFloorBytes, declared / compressed > limits.maxCompressionRatio {
            throw .zipBomb(file, why: "«\(path)» er komprimert \(declared / compressed) ganger, mer enn grensen på \(limits.maxCompressionRatio)")
        }

        var output = Data()
        output.reserveCapacity(min(declared, remaining))
        var overflow: String?
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                if output.count + chunk.count > declared {
                    overflow = "«\(path)» pakkes ut til mer enn de \(declared) byte arkivet oppgir"
                    throw InflateLimitExceeded()
                }
                if output.count + chunk.count > remaining {
                    overflow = "«\(path)» pakkes ut til mer enn grensen på \(limits.maxUncompressedBytes) byte"
                    throw InflateLimitExceeded()
                }
                output.append(chunk)
            }
        } catch {
            if let overflow { throw .zipBomb(file, why: overflow) }
            throw .corrupt(file, format: formatName, detail: "ZIP member \(path): \(error)")
        }
        if checksum != entry.checksum || output.count != declared {
            throw .corrupt(file, format: formatName, detail: "ZIP member \(path): checksum or size mismatch")
        }
        inflatedTotal += output.count
        return output
    }

    private struct InflateLimitExceeded: Error {}
}
