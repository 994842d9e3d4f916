import Foundation

/// Checks a ZIP archive's directory before ZIPFoundation sees it.
///
/// ZIPFoundation's in-memory archive traps (instead of throwing) when an offset in the archive
/// points past the end of the data, which a damaged or hostile file can do. This walks the end
/// record, the central directory and every local header, and refuses the archive unless every
/// offset and size lies inside the data. It also refuses ZIP64, which no DOCX or ODT under the
/// size limit needs, and counts the entries against ``ExtractionLimits/maxZIPEntries``.
enum ZipPreflight {
    private static let endRecordSize = 22
    private static let centralHeaderSize = 46
    private static let localHeaderSize = 30

    static func check(_ data: Data, context: ExtractionContext, formatName: String) throws(ExtractionError) {
        let bytes = [UInt8](data)
        func corrupt(_ detail: String) -> ExtractionError {
            .corrupt(context.fileName, format: formatName, detail: "ZIP: \(detail)")
        }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        guard bytes.count >= endRecordSize else { throw corrupt("too short") }
        // The same search ZIPFoundation makes: the last end-record signature in the file.
        var end = bytes.count - endRecordSize
        while end >= 0, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 0x05 && bytes[end + 3] == 0x06) {
            end -= 1
        }
        guard end >= 0 else { throw corrupt("no end of central directory") }
        if end >= 20, u32(end - 20) == 0x0706_4B50 { throw corrupt("ZIP64 is not supported") }
        let entryCount = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        guard entryCount != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF else {
            throw corrupt("ZIP64 is not supported")
        }
        guard entryCount <= context.limits.maxZIPEntries else {
            throw .zipBomb(context.fileName, why: "ZIP-arkivet har flere enn \(context.limits.maxZIPEntries) filer")
        }
        guard directoryOffset + directorySize <= end else { throw corrupt("central directory outside the archive") }

        var position = directoryOffset
        for _ in 0..<entryCount {
            guard position + centralHeaderSize <= directoryOffset + directorySize, u32(position) == 0x0201_4B50 else {
                throw corrupt("bad central directory entry")
            }
            let compressedSize = u32(position + 20)
            let uncompressedSize = u32(position + 24)
            let nameLength = u16(position + 28)
            let extraLength = u16(position + 30)
            let commentLength = u16(position + 32)
            let localOffset = u32(position + 42)
            guard compressedSize != 0xFFFF_FFFF, uncompressedSize != 0xFFFF_FFFF, localOffset != 0xFFFF_FFFF else {
                throw corrupt("ZIP64 is not supported")
            }
            guard localOffset + localHeaderSize <= bytes.count, u32(localOffset) == 0x0403_4B50 else {
                throw corrupt("local header outside the archive")
            }
            let dataStart = localOffset + localHeaderSize + u16(localOffset + 26) + u16(localOffset + 28)
            guard dataStart + compressedSize <= bytes.count else { throw corrupt("member data outside the archive") }
            position += centralHeaderSize + nameLength + extraLength + commentLength
        }
        guard position <= directoryOffset + directorySize else { throw corrupt("central directory overruns its size") }
    }
}
