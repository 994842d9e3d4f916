internal import Foundation

/// A parsed `multipart/form-data` body (RFC 7578): the fields and files of an upload form.
///
/// Hummingbird has no multipart support, so this is a small parser over the collected body.
/// It is strict where it matters for safety (a part count limit, a missing boundary or an
/// unterminated part is an error) and lenient where browsers differ (LF-only header lines,
/// quoted or bare parameters, `filename*=UTF-8''…`).
struct MultipartForm {
    /// One part: a field (no file name) or a file.
    struct Part {
        var name: String
        var fileName: String?
        var contentType: String?
        var data: Data
    }

    var parts: [Part]

    /// Most parts accepted in one body, files and fields together: a bound on the work a
    /// hostile request can cause. Generous against `maxFilesPerRequest` (20) plus a few fields.
    static let maxParts = 200
    /// Most header bytes of one part (browsers send ~150).
    static let maxHeaderBytes = 16 * 1024

    /// The text value of the first field called `name` (trimmed), or nil when absent or empty.
    func field(_ name: String) -> String? {
        guard let p = parts.first(where: { $0.name == name && $0.fileName == nil }) else { return nil }
        let v = String(decoding: p.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
    }

    /// The file parts (those with a file name), in order.
    var files: [Part] { parts.filter { $0.fileName != nil } }

    /// The boundary of a `multipart/form-data` content type, or nil when it is not one.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = pieces.first, first.lowercased() == "multipart/form-data" else { return nil }
        for p in pieces.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var b = kv[1].trimmingCharacters(in: .whitespaces)
            if b.hasPrefix("\""), b.hasSuffix("\""), b.count >= 2 { b = String(b.dropFirst().dropLast()) }
            // RFC 2046: 1–70 characters.
            return (1...70).contains(b.utf8.count) ? b : nil
        }
        return nil
    }

    /// Why a body could not be parsed (Norwegian message for the 400 response).
    struct ParseError: Error {
        var message: String
    }

    /// Parses `body` delimited by `boundary`.
    init(body: [UInt8], boundary: String) throws(ParseError) {
        let delimiter = Array("--\(boundary)".utf8)
        guard var cursor = Self.find(delimiter, in: body, from: 0) else { throw Self.malformed }
        cursor += delimiter.count
        var parts: [Part] = []
        while true {
            guard parts.count < Self.maxParts || Self.isEnd(body, cursor) else { throw Self.tooManyParts }
            switch try Self.scanPart(body, from: cursor, delimiter: delimiter) {
            case .end:
                self.parts = parts
                return
            case .incomplete, .partial:
                throw Self.malformed
            case .part(let head, let next):
                parts.append(Part(name: head.name, fileName: head.fileName, contentType: head.contentType, data: Data(body[head.content])))
                cursor = next
            }
        }
    }

    static let malformed = ParseError(message: "Skjemadataene (multipart/form-data) er ufullstendige eller feil formatert. Last opp filene på nytt.")
    static let tooManyParts = ParseError(message: "For mange deler i skjemaet (over \(maxParts)). Last opp færre filer om gangen.")

    /// A part's headers and where its content lies in the body.
    struct PartHead {
        var name: String
        var fileName: String?
        var contentType: String?
        var content: Range<Int>
    }

    /// What follows a delimiter: a whole part (and the index after its closing delimiter), the
    /// end of the body, a part whose headers have arrived but not all its content (`content`
    /// then runs to the end of the bytes so far), or too few bytes yet to tell.
    enum Step {
        case part(PartHead, next: Int)
        case end
        case partial(PartHead)
        case incomplete
    }

    /// Whether the bytes at `cursor` (after a delimiter) are the closing `--`.
    static func isEnd(_ body: [UInt8], _ cursor: Int) -> Bool {
        body.count >= cursor + 2 && body[cursor] == UInt8(ascii: "-") && body[cursor + 1] == UInt8(ascii: "-")
    }

    /// Reads the part after the delimiter ending at `cursor`. Works on a prefix of a body still
    /// arriving: `.incomplete` means more bytes are needed; malformed bytes throw.
    static func scanPart(_ body: [UInt8], from cursor: Int, delimiter: [UInt8]) throws(ParseError) -> Step {
        // After a delimiter: "--" ends the body, otherwise a line break starts a part.
        if isEnd(body, cursor) { return .end }
        guard body.count >= cursor + 2 else { return .incomplete }
        guard let partStart = skipLineBreak(body, cursor) else { throw malformed }
        // Headers end at an empty line.
        guard let headerEnd = findHeaderEnd(body, from: partStart) else {
            if body.count < partStart + maxHeaderBytes + 4 { return .incomplete }
            throw malformed
        }
        guard headerEnd.start - partStart <= maxHeaderBytes else { throw malformed }
        let headers = parseHeaders(String(decoding: body[partStart..<headerEnd.start], as: UTF8.self))
        guard let disposition = headers["content-disposition"], let name = parameter("name", in: disposition) else { throw malformed }
        // The content ends before CRLF + delimiter.
        let closing = [UInt8(ascii: "\r"), UInt8(ascii: "\n")] + delimiter
        var head = PartHead(
            name: name, fileName: parameter("filename", in: disposition), contentType: headers["content-type"],
            content: headerEnd.end..<body.count)
        guard let end = find(closing, in: body, from: headerEnd.end) else { return .partial(head) }
        head.content = headerEnd.end..<end
        return .part(head, next: end + closing.count)
    }

    private static func skipLineBreak(_ b: [UInt8], _ i: Int) -> Int? {
        if b.count >= i + 2, b[i] == 13, b[i + 1] == 10 { return i + 2 }
        if b.count >= i + 1, b[i] == 10 { return i + 1 }
        return nil
    }

    /// The empty line ending a part's headers: CRLFCRLF (or LFLF).
    private static func findHeaderEnd(_ b: [UInt8], from: Int) -> (start: Int, end: Int)? {
        var i = from
        let limit = min(b.count, from + maxHeaderBytes + 4)
        while i < limit {
            if b[i] == 10 {
                if i + 1 < b.count, b[i + 1] == 10 { return (i, i + 2) }
                if i + 2 < b.count, b[i + 1] == 13, b[i + 2] == 10 { return (i > from && b[i - 1] == 13 ? i - 1 : i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// Header lines as lower-cased name → value.
    private static func parseHeaders(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            out[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return out
    }

    /// A parameter of a `Content-Disposition` value: `name="x"`, `name=x`, or the RFC 5987 form
    /// `filename*=UTF-8''%C3%A6.pdf` (preferred when present).
    static func parameter(_ key: String, in header: String) -> String? {
        var plain: String?
        var extended: String?
        var i = header.startIndex
        while i < header.endIndex {
            // Parameter name up to "=" or ";".
            while i < header.endIndex, header[i] == ";" || header[i] == " " { i = header.index(after: i) }
            let nameStart = i
            while i < header.endIndex, header[i] != "=", header[i] != ";" { i = header.index(after: i) }
            let name = header[nameStart..<i].trimmingCharacters(in: .whitespaces).lowercased()
            guard i < header.endIndex, header[i] == "=" else { continue }
            i = header.index(after: i)
            var value = ""
            if i < header.endIndex, header[i] == "\"" {
                i = header.index(after: i)
                while i < header.endIndex, header[i] != "\"" {
                    if header[i] == "\\", header.index(after: i) < header.endIndex { i = header.index(after: i) }
                    value.append(header[i])
                    i = header.index(after: i)
                }
                if i < header.endIndex { i = header.index(after: i) }
            } else {
                let start = i
                while i < header.endIndex, header[i] != ";" { i = header.index(after: i) }
                value = header[start..<i].trimmingCharacters(in: .whitespaces)
            }
            if name == key { plain = value }
            if name == key + "*" {
                let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if pieces.count == 3 { extended = String(pieces[2]).removingPercentEncoding }
            }
        }
        return extended ?? plain
    }

    /// First index of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count, from >= 0 else { return nil }
        let last = haystack.count - needle.count
        var i = from
        return haystack.withUnsafeBufferPointer { h -> Int? in
            needle.withUnsafeBufferPointer { n -> Int? in
                while i <= last {
                    // Scan for the first byte with memchr, then compare the rest.
                    guard let p = memchr(h.baseAddress! + i, Int32(first), last - i + 1) else { return nil }
                    let at = h.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if memcmp(h.baseAddress! + at, n.baseAddress!, n.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }
}
