/// The frame every index file has: a header that says what it is, a footer that proves it is whole.
///
/// ```
/// file    := header payload footer
/// header  := magic:u32 "KSOK" kind:u32 version:u32            (12 bytes)
/// footer  := payloadLength:u64 crc32c:u32 magic:u32 "KSOK"     (16 bytes; CRC over every byte before it)
/// ```
/// A file is accepted only when both magics match, the kind is the expected one, the version is
/// known, the length matches the file size and the CRC-32C matches.
public enum FileEnvelope {
    public static let magic: UInt32 = 0x4B4F_534B  // "KSOK" little-endian
    public static let headerSize = 12
    public static let footerSize = 16

    /// Starts a file of the given kind (a four-character code such as "SEGM").
    public static func begin(kind: UInt32, version: UInt32, capacity: Int = 0) -> ByteWriter {
        var w = ByteWriter(capacity: capacity)
        w.writeUInt32(magic)
        w.writeUInt32(kind)
        w.writeUInt32(version)
        return w
    }

    /// Appends the footer; the result is the complete file.
    public static func finish(_ writer: inout ByteWriter) -> [UInt8] {
        let payloadLength = UInt64(writer.count - headerSize)
        writer.writeUInt64(payloadLength)
        let crc = writer.bytes.withUnsafeBytes { CRC32.checksum($0) }
        writer.writeUInt32(crc)
        writer.writeUInt32(magic)
        return writer.take()
    }

    /// Starts streaming a file of the given kind to `directory` as `name` (header written).
    public static func begin(
        _ directory: some IndexDirectory, name: String, kind: UInt32, version: UInt32
    ) throws(IndexStorageError) -> IndexOutput {
        let out = try directory.createOutput(name)
        try out.writeUInt32(magic)
        try out.writeUInt32(kind)
        try out.writeUInt32(version)
        return out
    }

    /// Appends the footer (checksum computed as the bytes went out) and publishes the file.
    /// Returns the file's size in bytes. On failure the file is dropped.
    @discardableResult
    public static func finish(_ output: IndexOutput) throws(IndexStorageError) -> Int {
        do {
            try output.writeUInt64(UInt64(output.count - headerSize))
            try output.writeUInt32(output.checksum)
            try output.writeUInt32(magic)
            let size = output.count
            try output.commit()
            return size
        } catch {
            output.abort()
            throw error
        }
    }

    /// Validates a whole file and returns its payload (between header and footer).
    public static func open(
        _ bytes: UnsafeRawBufferPointer, file: String, kind: UInt32, supportedVersions: ClosedRange<UInt32>
    ) throws(IndexStorageError) -> (version: UInt32, payload: UnsafeRawBufferPointer) {
        guard bytes.count >= headerSize + footerSize else {
            throw .corrupted(file, "filen er for kort (\(bytes.count) byte)")
        }
        var r = ByteReader(bytes, file: file)
        guard try r.readUInt32() == magic else { throw .corrupted(file, "feil filsignatur") }
        guard try r.readUInt32() == kind else { throw .corrupted(file, "feil filtype") }
        let version = try r.readUInt32()
        var f = ByteReader(bytes, offset: bytes.count - footerSize, file: file)
        let length = try f.readUInt64()
        let crc = try f.readUInt32()
        guard try f.readUInt32() == magic else { throw .corrupted(file, "mangler avslutning (filen er avkortet)") }
        guard length == UInt64(bytes.count - headerSize - footerSize) else {
            throw .corrupted(file, "lengden stemmer ikke (filen er avkortet eller forlenget)")
        }
        let actual = CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count - 8)]))
        guard actual == crc else { throw .corrupted(file, "sjekksummen stemmer ikke") }
        guard supportedVersions.contains(version) else {
            throw IndexStorageError(
                .unsupportedVersion, file: file,
                message: "Indeksfilen \(file) har formatversjon \(version), men denne versjonen av Kommunesøk leser \(supportedVersions). Oppgrader programmet eller bygg indeksen på nytt."
            )
        }
        return (version, UnsafeRawBufferPointer(rebasing: bytes[headerSize..<(bytes.count - footerSize)]))
    }

    /// A four-character code as a little-endian UInt32 ("SEGM" → kind).
    public static func kind(_ code: StaticString) -> UInt32 {
        precondition(code.utf8CodeUnitCount == 4)
        var v: UInt32 = 0
        let p = code.utf8Start
        for i in 0..<4 { v |= UInt32(p[i]) << (8 * UInt32(i)) }
        return v
    }
}
