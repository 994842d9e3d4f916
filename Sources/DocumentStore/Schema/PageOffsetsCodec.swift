#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Encodes `DocumentDraft.pageOffsets` for the `document_text.page_offsets` column.
///
/// Grammar: `Int64LE*` — one little-endian 8-byte integer per page, nothing else; the page
/// count is `bytes / 8`. Example: `[0, 4096]` → `00×8 00 10 00 00 00 00 00 00` (16 bytes).
/// Fixed width because a PDF has at most a few thousand pages and simplicity beats the few
/// bytes a varint would save.
enum PageOffsetsCodec {
    static func encode(_ offsets: [Int]) -> Data {
        var data = Data(capacity: offsets.count * 8)
        for offset in offsets {
            withUnsafeBytes(of: Int64(offset).littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static func decode(_ data: Data) throws(DocumentStoreError) -> [Int] {
        guard data.count % 8 == 0 else {
            throw DocumentStoreError(
                code: .corrupt,
                message: "Sideinndelingen til et dokument er skadet (\(data.count) byte er ikke et multiplum av 8). Indekser dokumentet på nytt.")
        }
        return data.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count, by: 8).map {
                Int(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: $0, as: Int64.self)))
            }
        }
    }
}
