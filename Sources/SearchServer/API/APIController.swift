internal import InvertedIndex
internal import DocumentStore
internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import SearchCore
internal import SearchEngine

/// The JSON API (see docs/API.md and `/openapi.json`). Reads are open; POST and DELETE need
/// `Authorization: Bearer <token>`.
struct APIController {
    let state: ServerState

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in try health() }
        router.get("/api/search") { request, _ in try state.search.search(SearchRequest(query: request.uri.query)) }
        router.get("/api/stats") { _, _ in try await stats() }
        router.get("/api/documents/{id}") { _, context in try document(context) }
        router.get("/api/documents/{id}/file") { _, context in try file(context) }
        router.get("/api/documents/{id}/similar") { _, context in try state.search.similar(to: Self.id(context)) }
        router.delete("/api/documents/{id}") { request, context in try await delete(request, context) }
        router.post("/api/documents") { request, _ in try await upload(request) }
        BackupController(state: state).addRoutes(to: router)
        router.get("/metrics") { _, _ in metrics() }
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
    }

    /// The `{id}` path parameter: a positive integer, else 404 (it cannot name a document).
    static func id(_ context: BasicRequestContext) throws(APIError) -> DocumentID {
        let raw = context.parameters.get("id") ?? ""
        guard let n = Int64(raw), n > 0 else { throw APIError.documentNotFound(String(raw.prefix(40))) }
        return DocumentID(n)
    }

    func health() throws(APIError) -> HealthResponse {
        let s = try state.snapshot()
        return HealthResponse(status: "ok", documents: s.documentCount, generation: s.generation)
    }

    func stored(_ id: DocumentID) throws(APIError) -> StoredDocumentBox {
        let s = try state.snapshot()
        let documents: [DocumentID: StoredDocument]
        do { documents = try s.documents([id]) } catch { throw APIError(error) }
        guard let d = documents[id] else { throw APIError.documentNotFound(id.description) }
        return StoredDocumentBox(document: d, snapshot: s)
    }

    func document(_ context: BasicRequestContext) throws(APIError) -> DocumentResponse {
        DocumentResponse(try stored(Self.id(context)).document)
    }

    func file(_ context: BasicRequestContext) throws(APIError) -> Response {
        let id = try Self.id(context)
        let box = try stored(id)
        let data: Data?
        do { data = try box.snapshot.originalFile(id) } catch { throw APIError(error) }
        guard let data else {
            throw APIError.notFound("Originalfilen til dokument \(id) er ikke lagret (bare opplastede dokumenter har originalfil). Teksten finnes på /api/documents/\(id).")
        }
        let format = box.document.sourceFormat
        let name = box.document.externalKey + "." + Self.fileExtension(format)
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        var headers: HTTPFields = [
            .contentType: Self.mediaType(format),
            // Always a download, never rendered from this origin: an uploaded HTML file must
            // not run script with the server's cookies or token.
            .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(SearchRequest.encode(name))",
        ]
        headers[.contentSecurityPolicy] = "sandbox; default-src 'none'; frame-ancestors 'none'"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func mediaType(_ format: String) -> String {
        switch format {
        case "pdf": "application/pdf"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "odt": "application/vnd.oasis.opendocument.text"
        case "rtf": "application/rtf"
        case "html", "markdown", "text": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    static func fileExtension(_ format: String) -> String {
        switch format {
        case "markdown": "md"
        case "text": "txt"
        default: format
        }
    }

    func delete(_ request: Request, _ context: BasicRequestContext) async throws(APIError) -> DeleteResponse {
        guard state.isAuthorized(request.headers[.authorization]) else { throw APIError.unauthorized }
        let id = try Self.id(context)
        let existed: Bool
        do { existed = try await state.writer.delete(id) } catch { throw APIError(error) }
        guard existed else { throw APIError.documentNotFound(id.description) }
        return DeleteResponse(id: id.rawValue, deleted: true)
    }

    func upload(_ request: Request) async throws(APIError) -> EditedResponse<UploadResponse> {
        // The token is checked before the body is read: no unauthenticated 256 MB reads.
        guard state.isAuthorized(request.headers[.authorization]) else { throw APIError.unauthorized }
        let processor = UploadProcessor(state: state)
        let outcome = try await processor.process(try await processor.readForm(request, credential: .header))
        return EditedResponse(status: outcome.status, response: outcome.response)
    }

    func stats() async throws(APIError) -> StatsResponse {
        let s = try state.snapshot()
        let dbBytes: Int? = state.index.documentStoreSizeInBytes
        return StatsResponse(
            documents: s.documentCount, generation: s.generation,
            segments: s.manifest.segments.map { .init(file: $0.fileName, documents: $0.documentCount, deleted: $0.deletedCount, bytes: $0.sizeInBytes) },
            indexBytes: s.indexSizeInBytes, databaseBytes: dbBytes, pendingWrites: await state.writer.pending,
            commits: await state.writer.commits, uptimeSeconds: SearchService.milliseconds(ContinuousClock.now - state.started) / 1000)
    }

    func metrics() -> Response {
        let text = state.metrics.render(try? state.snapshot())
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A stored document with the snapshot it was read from (for reading its original file).
struct StoredDocumentBox {
    var document: StoredDocument
    var snapshot: IndexSnapshot
}
