internal import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads an input file for ingestion, refusing what is not a regular file or is too large
/// *before* reading it (a 2 GB file must not be loaded to be refused).
enum FileReader {
    static func read(_ path: String, maxBytes: Int) -> Result<Data, IngestFailure> {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            return .failure(IngestFailure("\(path): filen kan ikke leses (\(String(cString: strerror(errno)))). Sjekk at den finnes og at du har lesetilgang."))
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFLNK {
            return .failure(IngestFailure("\(path): er en symbolsk lenke; lenker følges ikke (det hindrer løkker og filer utenfor mappen). Indekser målet direkte."))
        }
        guard type == S_IFREG else {
            return .failure(IngestFailure("\(path): er ikke en vanlig fil. Bare vanlige filer kan indekseres."))
        }
        guard Int(st.st_size) <= maxBytes else {
            let mb = Double(st.st_size) / 1_048_576
            return .failure(IngestFailure(String(format: "%@: filen er for stor (%.1f MB; grensen er %d MB). Del den opp, eller øk grensen med --max-file-size.", path, mb, maxBytes >> 20)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(IngestFailure("\(path): filen kan ikke leses. Sjekk lesetilgangen."))
        }
        return .success(data)
    }
}

/// Why one item of a batch was not indexed (the batch goes on).
struct IngestFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
