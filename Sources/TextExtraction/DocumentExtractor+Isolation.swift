public import Foundation

extension DocumentExtractor {
    /// Whether extracting `data` runs a C library (poppler for PDF, libxml2 for HTML), whose
    /// faults — a crash or a runaway allocation on a hostile file — Swift cannot catch. Callers
    /// that must survive such files (the server, batch indexing) extract these in a child process.
    public static func usesCLibrary(_ data: Data) -> Bool {
        switch FormatSniffer.sniff(data) {
        case .pdf, .html: true
        default: false
        }
    }
}
