internal import DocumentStore
internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import SearchCore
internal import SearchEngine
internal import TextExtraction

/// Turns an upload request (API or web form) into one commit: reads the multipart body within
/// the limits, sanitises file names, hands the files to `IndexWriterService`, and reports per
/// file. Shared by `POST /api/documents` and `POST /last-opp`.
struct UploadProcessor {
    let state: ServerState

    /// The document types an uploader may set (the values `TextExtraction` infers).
    static let documentTypes = SearchIndex.documentTypes

    /// Reads and parses the body, checking before any byte is read the content type (415) and
    /// the declared size (413), and while it streams the size, the part count and — for
    /// `.formField` — the token (see `UploadBodyReader`). The caller checks a header token first.
    func readForm(_ request: Request, credential: UploadBodyReader.Credential) async throws(APIError) -> MultipartForm {
        let limit = state.configuration.maxRequestBytes
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType: contentType) else {
            throw APIError(.unsupportedMediaType, code: "unsupported_media_type",
                           "Opplasting må sendes som multipart/form-data med filene i felt av typen «file».")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw Self.requestTooLarge(limit: limit)
        }
        let body = try await UploadBodyReader(boundary: boundary, limit: limit, credential: credential).read(request.body)
        do {
            return try MultipartForm(body: body, boundary: boundary)
        } catch {
            throw .badRequest(error.message)
        }
    }

    static func requestTooLarge(limit: Int) -> APIError {
        .tooLarge("Forespørselen er for stor (grensen er \(limit >> 20) MB per opplasting). Last opp færre filer om gangen, eller bruk «kommunesok index» for store mengder.")
    }

    /// The outcome: the HTTP status and the per-file results.
    struct Outcome {
        var status: HTTPResponse.Status
        var response: UploadResponse
    }

    /// Validates the form, ingests its files as one commit and reports. Throws 400 (no files,
    /// bad `type`), 413 (too many or too large files), 415 (every file of an unsupported
    /// format), 422 (every file failed otherwise), 503 (index locked by another process).
    func process(_ form: MultipartForm) async throws(APIError) -> Outcome {
        let c = state.configuration
        let files = form.files
        guard !files.isEmpty else {
            throw .badRequest("Ingen filer i opplastingen. Velg minst én fil (skjemafelt av typen «file»).")
        }
        guard files.count <= c.maxFilesPerRequest else {
            throw .tooLarge("For mange filer (\(files.count)); grensen er \(c.maxFilesPerRequest) per opplasting. Del opp opplastingen.")
        }
        if let big = files.first(where: { $0.data.count > c.maxFileBytes }) {
            throw .tooLarge("«\(FileNameSanitizer.sanitize(big.fileName ?? ""))» er for stor (\(big.data.count >> 20) MB); grensen er \(c.maxFileBytes >> 20) MB per fil.")
        }
        var documentType: String?
        if let t = form.field("type") {
            let v = MetadataKey.normalize(t)
            guard Self.documentTypes.contains(v) else {
                throw .badRequest("Ukjent dokumenttype «\(t)». Gyldige typer: \(Self.documentTypes.joined(separator: ", ")).")
            }
            documentType = v
        }
        let municipalities = form.field("kommune").map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        // A title names one document; with several files each keeps its own extracted title.
        let title = files.count == 1 ? form.field("tittel") : nil

        let names = files.map { FileNameSanitizer.sanitize($0.fileName ?? "") }
        let items = zip(files, names).map { file, name in
            IngestItem(
                externalKey: FileNameSanitizer.key(for: name), data: file.data, fileName: name, title: title,
                documentType: documentType, municipalities: municipalities?.isEmpty == false ? municipalities : nil, keepOriginal: true)
        }
        let report: IngestReport
        do { report = try await state.writer.ingest(items) } catch { throw APIError(error) }

        var results: [UploadResponse.FileResult] = []
        var existingIDs: [String: Int64] = [:]
        if report.unchangedCount > 0, let snapshot = try? state.snapshot() {
            for o in report.outcomes where o.status == .unchanged {
                existingIDs[o.externalKey] = (try? snapshot.document(externalKey: o.externalKey))??.id.rawValue
            }
        }
        for (i, outcome) in report.outcomes.enumerated() {
            var r = UploadResponse.FileResult(fileName: names[i], key: outcome.externalKey, status: "", id: nil, message: nil, warnings: outcome.warnings)
            switch outcome.status {
            case .indexed(let id): r.status = "indexed"; r.id = id.rawValue
            case .replaced(let id): r.status = "replaced"; r.id = id.rawValue
            case .unchanged: r.status = "unchanged"; r.id = existingIDs[outcome.externalKey]
            case .failed(let message):
                r.status = isUnsupported(items[i]) ? "unsupported" : "failed"
                r.message = message
            }
            results.append(r)
        }
        let generation = (try? state.snapshot().generation) ?? 0
        let response = UploadResponse(results: results, generation: generation)
        if results.contains(where: { $0.status != "failed" && $0.status != "unsupported" }) {
            return Outcome(status: .created, response: response)
        }
        let messages = results.compactMap(\.message).joined(separator: " ")
        if results.allSatisfy({ $0.status == "unsupported" }) {
            throw APIError(.unsupportedMediaType, code: "unsupported_media_type", messages)
        }
        throw APIError(.unprocessableContent, code: "unprocessable", messages)
    }

    /// Whether an item failed because its format is not supported. The ingest report carries a
    /// message only, so the format is sniffed again here, by the engine's extractor: cheap for
    /// unsupported content (it fails at the sniff) and done only for failed files.
    private func isUnsupported(_ item: IngestItem) -> Bool {
        guard let data = item.data else { return false }
        do {
            _ = try DocumentExtractor(limits: state.index.configuration.extractionLimits).extract(data: data, fileName: item.fileName)
            return false
        } catch {
            return error.code == .unsupportedFormat
        }
    }
}
