internal import Dispatch
internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import SearchEngine

/// `POST /api/backup` with `{"mappe": "/sti/til/kopi"}`: a consistent copy of the live index
/// into a new or empty folder on the server's machine (`SearchIndex.backup(to:)`), while
/// searches and uploads go on. Needs the API token: the copy holds every document.
struct BackupController {
    let state: ServerState

    /// Largest accepted request body: a JSON object with one path (PATH_MAX is 4096 bytes).
    static let maxRequestBytes = 8 * 1024

    struct BackupRequest: Decodable {
        var mappe: String
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.post("/api/backup") { request, _ in try await backup(request) }
    }

    func backup(_ request: Request) async throws(APIError) -> EditedResponse<BackupResponse> {
        guard state.isAuthorized(request.headers[.authorization]) else { throw APIError.unauthorized }
        let body: BackupRequest
        do {
            let buffer = try await request.body.collect(upTo: Self.maxRequestBytes)
            body = try JSONDecoder().decode(BackupRequest.self, from: Data(buffer.readableBytesView))
        } catch {
            throw APIError.badRequest("Send JSON på formen {\"mappe\": \"/sti/til/ny/mappe\"} (høyst \(Self.maxRequestBytes) byte).")
        }
        guard body.mappe.hasPrefix("/") else {
            throw APIError.badRequest("«mappe» må være en absolutt sti på serveren (begynne med /), ikke «\(body.mappe.prefix(200))».")
        }
        let index = state.index
        let target = body.mappe
        // Off the request threads: a backup of a large index copies for a while.
        let result: Result<BackupReport, SearchEngineError> = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(returning: Result { () throws(SearchEngineError) in try index.backup(to: target) })
            }
        }
        switch result {
        case .success(let report): return EditedResponse(status: .created, response: BackupResponse(report))
        case .failure(let error): throw APIError(error)
        }
    }
}

/// The body of `POST /api/backup`: what the copy holds.
struct BackupResponse: ResponseCodable, Sendable, Equatable {
    /// The backup folder (absolute).
    var mappe: String
    /// The commit the copy holds.
    var generation: Int64
    /// Live documents in it.
    var documents: Int
    /// Segment and deletion files, of which `linkedFiles` are hard links and `copiedFiles` copies.
    var segmentFiles: Int
    var linkedFiles: Int
    var copiedFiles: Int
    var segmentBytes: Int

    init(_ report: BackupReport) {
        mappe = report.path
        generation = report.generation
        documents = report.documentCount
        segmentFiles = report.segmentFiles
        linkedFiles = report.linkedFiles
        copiedFiles = report.copiedFiles
        segmentBytes = report.segmentBytes
    }
}
