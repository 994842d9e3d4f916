internal import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads an input file for ingestion, refusing what is not a regular file or is too large
/// *before* reading it (a 2 GB file must not be loaded to be refused).
///
/// One `open(O_NOFOLLOW)`, one `fstat` of the opened descriptor, then reads straight into the
/// result: three system calls for a small file, and the checks apply to the file actually read
/// (a path swapped for a link or a larger file between check and read cannot slip through).
enum FileReader {
    static func read(_ path: String, maxBytes: Int) -> Result<Data, IngestFailure> {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP {
                return .failure(IngestFailure("\(path): er en symbolsk lenke; lenker følges ikke (det hindrer løkker og filer utenfor mappen). Indekser målet direkte."))
            }
            return .failure(IngestFailure("\(path): filen kan ikke leses (\(String(cString: strerror(code)))). Sjekk at den finnes og at du har lesetilgang."))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            return .failure(IngestFailure("\(path): filen kan ikke leses (\(String(cString: strerror(errno)))). Sjekk lesetilgangen."))
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            return .failure(IngestFailure("\(path): er ikke en vanlig fil. Bare vanlige filer kan indekseres."))
        }
        guard Int(st.st_size) <= maxBytes else {
            let mb = Double(st.st_size) / 1_048_576
            return .failure(IngestFailure(String(format: "%@: filen er for stor (%.1f MB; grensen er %d MB). Del den opp, eller øk grensen med --max-file-size.", path, mb, maxBytes >> 20)))
        }
        // Read into uninitialised memory (a zero-filled `Data(count:)` cost a memset of every
        // file). One byte more than fstat said, so the read that returns 0 ends a file that did
        // not grow; a file that grew is read on, up to one byte past the limit to notice.
        var capacity = Int(st.st_size) + 1
        guard var buffer = malloc(capacity) else {
            return .failure(IngestFailure("\(path): det er ikke nok minne til å lese filen (\(capacity >> 20) MB). Lukk andre programmer eller senk --max-file-size."))
        }
        var filled = 0
        var failure: Int32 = 0
        while true {
            if filled == capacity {
                guard capacity <= maxBytes else { break }
                capacity = min(maxBytes + 1, max(capacity * 2, Self.growthBytes))
                guard let grown = realloc(buffer, capacity) else {
                    failure = ENOMEM
                    break
                }
                buffer = grown
            }
            let n = Glibc.read(fd, buffer + filled, capacity - filled)
            if n > 0 {
                filled += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                failure = errno
                break
            }
        }
        if failure != 0 {
            free(buffer)
            return .failure(IngestFailure("\(path): filen kan ikke leses (\(String(cString: strerror(failure)))). Sjekk at disken er frisk og prøv igjen."))
        }
        guard filled <= maxBytes else {
            free(buffer)
            return .failure(IngestFailure("\(path): filen vokste mens den ble lest og er nå over grensen på \(maxBytes >> 20) MB. Vent til den er ferdig skrevet, eller øk grensen med --max-file-size."))
        }
        let data = Data(bytesNoCopy: buffer, count: filled, deallocator: .free)
        return .success(data)
    }

    /// How much the read buffer grows when a file turns out larger than `fstat` said (files in
    /// `/proc`, or a file being appended to): 64 KiB, one typical read-ahead window.
    static let growthBytes = 64 << 10
}

/// Why one item of a batch was not indexed (the batch goes on).
struct IngestFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
