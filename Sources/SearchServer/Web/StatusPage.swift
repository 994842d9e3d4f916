internal import Foundation
internal import Hummingbird
internal import SearchEngine

/// `/status`: what the index holds and what the server is doing.
struct StatusPage {
    let state: ServerState

    func render() async throws(APIError) -> Response {
        let s = try await APIController(state: state).stats()
        let mb = NorwegianFormat.megabytes
        let n = NorwegianFormat.integer
        var body = "<h1>Status</h1>\n<dl>"
        body += "<dt>Dokumenter</dt><dd>\(n(s.documents))</dd>"
        body += "<dt>Commit (generasjon)</dt><dd>\(n(Int(s.generation)))</dd>"
        body += "<dt>Indeksstørrelse</dt><dd>\(mb(s.indexBytes))</dd>"
        if let db = s.databaseBytes { body += "<dt>Dokumentlager</dt><dd>\(mb(db))</dd>" }
        body += "<dt>Skriveoperasjoner i kø</dt><dd>\(n(s.pendingWrites))</dd>"
        body += "<dt>Commits siden start</dt><dd>\(n(s.commits))</dd>"
        // No file-system path: the page is open to anonymous readers.
        body += "<dt>Oppetid</dt><dd>\(n(Int(s.uptimeSeconds))) s</dd></dl>\n"
        body += "<h2>Segmenter</h2>\n"
        if s.segments.isEmpty {
            body += "<p>Indeksen er tom. <a href=\"/last-opp\">Last opp dokumenter</a> eller kjør <code>kommunesok index</code>.</p>"
        } else {
            body += "<table><caption class=\"meta\">Segmentfiler i indeksen</caption><thead><tr><th scope=\"col\">Fil</th><th scope=\"col\">Dokumenter</th><th scope=\"col\">Slettet</th><th scope=\"col\">Størrelse</th></tr></thead><tbody>"
            for seg in s.segments {
                body += "<tr><td>\(HTML.escape(seg.file))</td><td>\(n(seg.documents))</td><td>\(n(seg.deleted))</td><td>\(mb(seg.bytes))</td></tr>"
            }
            body += "</tbody></table>"
        }
        body += "\n<h2>For maskiner</h2><ul><li><a href=\"/api/stats\">/api/stats</a> (JSON)</li><li><a href=\"/metrics\">/metrics</a> (Prometheus)</li><li><a href=\"/openapi.json\">/openapi.json</a> (API-beskrivelse)</li><li><a href=\"/healthz\">/healthz</a></li></ul>"
        return HTMLPage.response(title: "Status", current: "/status", body: body)
    }
}
