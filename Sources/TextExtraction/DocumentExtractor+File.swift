public import Foundation

extension DocumentExtractor {
    /// Extracts from a file on disk. The path must name a regular file (a directory, symbolic
    /// link, device or FIFO is refused), and its size is checked before anything is read.
    public func extract(fileAt url: URL) throws(ExtractionError) -> ExtractedDocument {
        let fileName = url.lastPathComponent
        var status = stat()
        guard lstat(url.path, &status) == 0 else {
            throw .unreadable(fileName, detail: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .notRegularFile(fileName, kind: "en mappe")
        case S_IFLNK: throw .notRegularFile(fileName, kind: "en symbolsk lenke")
        default: throw .notRegularFile(fileName, kind: "en spesialfil (enhet, FIFO eller socket)")
        }
        let size = Int(status.st_size)
        guard size <= limits.maxFileBytes else { throw .tooLarge(fileName, bytes: size, limit: limits.maxFileBytes) }
        guard size > 0 else { throw .empty(fileName) }

        // Open without following a link or blocking on a FIFO swapped in after the check, check
        // again what was opened, and read at most the limit.
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .unreadable(fileName, detail: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
            throw .notRegularFile(fileName, kind: "byttet ut under lesingen")
        }
        let data: Data
        do {
            data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
        } catch {
            throw .unreadable(fileName, detail: "\(error)")
        }
        return try extract(data: data, fileName: fileName)
    }
}
