internal import Foundation
internal import HTTPTypes
internal import Hummingbird

/// `/last-opp`: the upload form and its result. The form posts `multipart/form-data` here with
/// the API token in a password field (`token`), since a browser form cannot set the
/// `Authorization` header; the field is the form's first, so browsers send it before the files
/// and the server checks it before reading them. Works without JavaScript; a small script
/// (`UploadScript`, served as a file so the CSP needs no inline script) shows progress.
struct UploadPage {
    let state: ServerState

    static func form(message: String = "", status: HTTPResponse.Status = .ok) -> Response {
        let types = UploadProcessor.documentTypes.map { "<option value=\"\($0)\">\($0.capitalized)</option>" }.joined()
        let body = """
            <h1>Last opp dokumenter</h1>
            \(message)
            <form id="opplasting" method="post" action="/last-opp" enctype="multipart/form-data">
            <p><label for="token">API-nøkkel</label><br><input type="password" id="token" name="token" required autocomplete="off" size="50"></p>
            <p><label for="filer">Filer (PDF, DOCX, ODT, HTML, RTF, Markdown eller tekst)</label><br>
            <input type="file" id="filer" name="filer" multiple required></p>
            <p><label for="tittel">Tittel (valgfri, bare ved én fil)</label><br><input id="tittel" name="tittel" size="50"></p>
            <p><label for="kommune">Kommuner (valgfritt, skill med komma)</label><br><input id="kommune" name="kommune" size="50"></p>
            <p><label for="type">Dokumenttype (valgfri)</label><br><select id="type" name="type"><option value="">Finn automatisk</option>\(types)</select></p>
            <p><button type="submit">Last opp</button></p>
            <p id="fremdrift" role="status" aria-live="polite"></p>
            </form>
            <script src="\(UploadScript.path)" defer></script>
            """
        return HTMLPage.response(status, title: "Last opp", current: "/last-opp", body: body)
    }

    func submit(_ request: Request) async -> Response {
        let processor = UploadProcessor(state: state)
        // A valid header token (scripts) is checked before the body; otherwise the form's
        // `token` field must come first and is checked before any file is read.
        let credential: UploadBodyReader.Credential = state.isAuthorized(request.headers[.authorization])
            ? .header : .formField(name: "token", isValid: { [state] in state.isAuthorized("Bearer " + $0) })
        do throws(APIError) {
            let form = try await processor.readForm(request, credential: credential)
            let outcome = try await processor.process(form)
            return Self.result(outcome.response, status: outcome.status)
        } catch {
            return Self.form(message: "<div class=\"feil\" role=\"alert\"><p>\(HTML.escape(error.message))</p></div>", status: error.status)
        }
    }

    static func result(_ r: UploadResponse, status: HTTPResponse.Status) -> Response {
        let labels = ["indexed": "Indeksert", "replaced": "Erstattet", "unchanged": "Uendret", "unsupported": "Format støttes ikke", "failed": "Feilet"]
        var body = "<h1>Resultat av opplastingen</h1>\n<table><thead><tr><th scope=\"col\">Fil</th><th scope=\"col\">Resultat</th><th scope=\"col\">Merknad</th></tr></thead><tbody>"
        for f in r.results {
            let name = f.id.map { "<a href=\"/dokument/\($0)\">\(HTML.escape(f.fileName))</a>" } ?? HTML.escape(f.fileName)
            let note = ([f.message].compactMap { $0 } + f.warnings).map { HTML.escape($0) }.joined(separator: "<br>")
            body += "<tr><td>\(name)</td><td>\(HTML.escape(labels[f.status] ?? f.status))</td><td>\(note)</td></tr>"
        }
        body += "</tbody></table>\n<p><a href=\"/last-opp\">Last opp flere</a> · <a href=\"/\">Til søket</a></p>"
        return HTMLPage.response(status, title: "Opplasting", current: "/last-opp", body: body)
    }
}
