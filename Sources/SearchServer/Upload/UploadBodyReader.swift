internal import Foundation
internal import Hummingbird
internal import NIOCore

/// Reads an upload body chunk by chunk, refusing it as early as the bytes allow: over the size
/// limit (413) as soon as the total passes it, too many parts (400) as soon as the delimiters
/// counted pass ``MultipartForm/maxParts``, and, when the token travels in the form itself (the
/// web page, whose form cannot set a header), 401 as soon as the leading fields show that it is
/// missing or wrong — before any file part is buffered.
struct UploadBodyReader {
    /// How the request proves it may write.
    enum Credential {
        /// The `Authorization` header was checked before the body was touched.
        case header
        /// The token must be the first field of the form (before every file); `isValid` checks it.
        case formField(name: String, isValid: (String) -> Bool)
    }

    /// Most bytes read while looking for the token field before giving up with 401. The fields
    /// a form may send before it (`tittel`, `kommune`, `type`) are short; 64 KiB is far above
    /// them and is all an unauthenticated client can make the server hold.
    static let maxBytesBeforeToken = 64 * 1024

    let boundary: String
    let limit: Int
    let credential: Credential

    /// The whole body, once it is known to be authorised, within the limit and the part count.
    func read(_ body: RequestBody) async throws(APIError) -> [UInt8] {
        let delimiter = Array("--\(boundary)".utf8)
        var buffer: [UInt8] = []
        var authorized = if case .header = credential { true } else { false }
        var delimiters = 0
        var scanned = 0
        do {
            for try await chunk in body {
                guard buffer.count + chunk.readableBytes <= limit else { throw UploadProcessor.requestTooLarge(limit: limit) }
                buffer.append(contentsOf: chunk.readableBytesView)
                while let at = MultipartForm.find(delimiter, in: buffer, from: scanned) {
                    delimiters += 1
                    scanned = at + delimiter.count
                }
                scanned = max(scanned, buffer.count - delimiter.count + 1)
                // Every part opens with a delimiter and the body closes with one more.
                guard delimiters <= MultipartForm.maxParts + 1 else { throw APIError.badRequest(MultipartForm.tooManyParts.message) }
                if !authorized { authorized = try checkToken(in: buffer, delimiter: delimiter, complete: false) }
            }
        } catch let error as APIError {
            throw error
        } catch {
            throw .badRequest("Opplastingen ble avbrutt før hele forespørselen var mottatt. Prøv igjen.")
        }
        if !authorized { _ = try checkToken(in: buffer, delimiter: delimiter, complete: true) }
        return buffer
    }

    /// Whether the leading fields of `buffer` hold a valid token (true), or more bytes are needed
    /// (false); throws 401 when a file comes first, the token is wrong, or it cannot be found.
    private func checkToken(in buffer: [UInt8], delimiter: [UInt8], complete: Bool) throws(APIError) -> Bool {
        guard case .formField(let name, let isValid) = credential else { return true }
        var cursor = MultipartForm.find(delimiter, in: buffer, from: 0).map { $0 + delimiter.count }
        while let at = cursor {
            let step: MultipartForm.Step
            do { step = try MultipartForm.scanPart(buffer, from: at, delimiter: delimiter) } catch { throw .badRequest(error.message) }
            switch step {
            case .part(let head, let next) where head.fileName == nil && head.name != name:
                cursor = next
                continue
            case .part(let head, _) where head.fileName == nil:
                let token = String(decoding: buffer[head.content], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                guard isValid(token) else { throw Self.rejected }
                return true
            case .part, .end:
                throw Self.rejected  // a file before the token, or no token at all
            case .partial(let head) where head.fileName != nil:
                throw Self.rejected  // a file is arriving before the token
            case .partial, .incomplete:
                cursor = nil
            }
        }
        if complete || buffer.count > Self.maxBytesBeforeToken { throw Self.rejected }
        return false
    }

    /// The form's token is wrong, missing, or comes after a file.
    static let rejected = APIError(
        .unauthorized, code: "unauthorized",
        "Feil eller manglende API-nøkkel. Skriv nøkkelen i feltet «API-nøkkel» øverst i skjemaet; den skrives ut når serveren startes første gang, og ligger i filen api-token i indeksmappen.")
}
