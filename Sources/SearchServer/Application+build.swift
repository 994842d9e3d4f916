internal import Foundation
internal import HTTPTypes
public import Hummingbird
public import Logging
public import SearchEngine

/// Builds the server for `index`: the JSON API, the web pages, metrics and the security headers.
/// Run it with `try await app.runService()`, which stops gracefully on SIGINT and SIGTERM
/// (swift-service-lifecycle: requests in flight finish, then the process exits).
public func buildApplication(
    index: SearchIndex, configuration: ServerConfiguration, metrics: ServerMetrics = ServerMetrics(), logger: Logger? = nil
) -> some ApplicationProtocol {
    let state = ServerState(index: index, configuration: configuration, metrics: metrics)
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: MetricsMiddleware(metrics: metrics))
    router.add(middleware: JSONErrorMiddleware())
    APIController(state: state).addRoutes(to: router)
    WebController(state: state).addRoutes(to: router)
    var log = logger ?? Logger(label: "kommunesok")
    if logger == nil { log.logLevel = .info }
    return Application(
        router: router,
        // Connections idle longer than this are closed, so slow or stalled clients cannot hold
        // connections (and their memory) forever.
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(ServerConfiguration.idleTimeoutSeconds)))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kommunesok"),
        logger: log)
}

/// Headers on every response, errors included: no MIME sniffing, no framing (the old
/// `X-Frame-Options` and CSP `frame-ancestors`), no referrer to other sites, and a
/// Content-Security-Policy that allows nothing where a route set none (JSON, text, errors; the
/// pages set their own). Errors thrown by inner middleware and routes are turned into their
/// responses here, so a JSON error or a 404 carries the headers too. No CORS headers are ever
/// sent, so browsers keep other origins from reading the API.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var frameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options")! }
    static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy")! }
    /// For responses that are no page: load nothing, never be framed.
    static var defaultContentSecurityPolicy: String { "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            let internalError = APIError(.internalServerError, code: "internal", "Uventet feil på serveren. Prøv igjen, og meld fra om feilen gjentar seg.")
            response = try internalError.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "no-referrer"
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.defaultContentSecurityPolicy
        }
        return response
    }
}

/// Turns Hummingbird's own errors (unknown route, wrong method, body too large) into the API's
/// JSON error shape with a Norwegian message for machine routes (`/api/…`, `/metrics`,
/// `/healthz`, `/openapi.json`), and into a Norwegian HTML page for everything a browser
/// opens (a mistyped page address must not answer with raw JSON).
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as HTTPError {
            let error: APIError
            switch e.status {
            case .notFound: error = .notFound("Finner ingen side på «\(request.uri.path)».")
            case .methodNotAllowed: error = APIError(.methodNotAllowed, code: "method_not_allowed", "Metoden \(request.method.rawValue) støttes ikke på «\(request.uri.path)».")
            case .contentTooLarge: error = .tooLarge("Forespørselen er for stor.")
            default: error = APIError(e.status, code: "http_\(e.status.code)", e.body ?? e.status.reasonPhrase)
            }
            guard Self.isMachineRoute(request.uri.path) else { return HTMLPage.error(error) }
            if e.status == .notFound {
                throw APIError.notFound("Finner ingen API-rute på «\(request.uri.path)». Se /openapi.json for rutene.")
            }
            throw error
        }
    }

    /// Routes whose clients are programs and read JSON errors.
    static func isMachineRoute(_ path: String) -> Bool {
        path == "/api" || path.hasPrefix("/api/") || path == "/metrics" || path == "/healthz" || path == "/openapi.json"
    }
}
