internal import Foundation
public import HTTPTypes
public import Hummingbird
internal import NIOCore
public import SearchEngine

/// The one error type of SearchServer: an HTTP status, a machine-readable code and a Norwegian
/// message saying what to do. Every failure of a route becomes one of these; engine errors are
/// mapped to statuses in one place (`init(_: SearchEngineError)`). The body is
/// `{"error": {"code": "…", "message": "…", "position": 12}}` (`position` only for query errors).
public struct APIError: HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// Stable code for programs: `bad_request`, `query`, `query_too_expensive`, `unauthorized`,
    /// `not_found`, `too_large`, `unsupported_media_type`, `unprocessable`, `locked`, `timeout`,
    /// `internal`.
    public var code: String
    /// What went wrong and how to fix it (Norwegian Bokmål).
    public var message: String
    /// For query errors: the 0-based character position in the query.
    public var position: Int?
    /// Extra headers (`WWW-Authenticate`, `Retry-After`).
    public var headers: HTTPFields = [:]

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, code: String, _ message: String, position: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.position = position
    }

    /// Maps an engine error to its HTTP status.
    public init(_ e: SearchEngineError) {
        switch e.code {
        case .query: self.init(.badRequest, code: "query", e.message, position: e.position)
        case .invalidArgument: self.init(.badRequest, code: "bad_request", e.message)
        case .notFound: self.init(.notFound, code: "not_found", e.message)
        case .locked:
            self.init(.serviceUnavailable, code: "locked", e.message)
            headers[.retryAfter] = "10"
        case .corrupted, .storage: self.init(.internalServerError, code: "internal", e.message)
        case .tooExpensive: self.init(.badRequest, code: "query_too_expensive", e.message)
        case .timedOut:
            self.init(.serviceUnavailable, code: "timeout", e.message)
            headers[.retryAfter] = "5"
        }
    }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, code: "bad_request", message) }
    static func notFound(_ message: String) -> APIError { APIError(.notFound, code: "not_found", message) }
    static func tooLarge(_ message: String) -> APIError { APIError(.contentTooLarge, code: "too_large", message) }

    static let unauthorized: APIError = {
        var e = APIError(
            .unauthorized, code: "unauthorized",
            "Mangler eller feil API-nøkkel. Send «Authorization: Bearer <nøkkel>»; nøkkelen skrives ut når serveren starter og ligger i indeksmappen (api-token).")
        e.headers[.wwwAuthenticate] = "Bearer"
        return e
    }()

    static func documentNotFound(_ id: String) -> APIError {
        notFound("Dokument \(id) finnes ikke. Det kan være slettet; søk etter det på nytt.")
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var position: Int?
        }
        var error: Detail
    }

    /// The JSON body.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Body(error: .init(code: code, message: message, position: position)))
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
