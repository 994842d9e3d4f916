internal import Hummingbird
internal import HTTPTypes
internal import SearchCore

/// The Norwegian web pages: `/` (search), `/dokument/{id}`, `/last-opp`, `/status`. Server-
/// rendered HTML that works without JavaScript; every failure is an HTML page with its status.
struct WebController {
    let state: ServerState

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in await page("/") { () throws(APIError) in try SearchPage(state: state).render(request) } }
        router.get("/dokument/{id}") { _, context in
            await page(nil) { () throws(APIError) in try DocumentPage(state: state).render(APIController.id(context)) }
        }
        router.get("/last-opp") { _, _ in UploadPage.form() }
        router.post("/last-opp") { request, _ in await UploadPage(state: state).submit(request) }
        router.get(RouterPath(UploadScript.path)) { _, _ in UploadScript.response() }
        router.get("/status") { _, _ in await page("/status") { () async throws(APIError) in try await StatusPage(state: state).render() } }
    }

    /// Runs a page; an `APIError` becomes an error page with the same status.
    private func page(_ current: String?, _ body: () async throws(APIError) -> Response) async -> Response {
        do {
            return try await body()
        } catch {
            return HTMLPage.error(error, current: current)
        }
    }
}
