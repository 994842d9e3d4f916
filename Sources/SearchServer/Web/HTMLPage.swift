internal import HTTPTypes
internal import Hummingbird
internal import NIOCore

/// The frame of every page: `lang="nb"`, a skip link, the main menu, one `<main>`, and a style
/// sheet with strong contrast (text #1a1a1a on white, 16:1; links #0b4f9c, 8:1) and a visible
/// focus ring. Pages pass already-escaped HTML for the body; the title is escaped here.
enum HTMLPage {
    /// The menu: path and label.
    static let menu = [("/", "Søk"), ("/last-opp", "Last opp"), ("/status", "Status")]

    /// The style sheet. Usable down to 360 px wide without horizontal scrolling: border-box
    /// sizing, form controls never wider than their container (`size="50"` inputs shrink), grid
    /// and flex children allowed to shrink (`min-width:0`), long words (file names, keys, URLs)
    /// broken where needed, headings scaled to the width (so «kommunesammenslåinger» fits a
    /// 360 px line), menus and page links wrapping, and one column below 45em.
    static let style = """
        *,*::before,*::after{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.5}
        a{color:#0b4f9c}a:visited{color:#5a2d91}
        :focus-visible{outline:3px solid #b35900;outline-offset:2px}
        .hopp{position:absolute;left:-999px;top:0;background:#fff;padding:.5em}.hopp:focus{left:.5em}
        header{background:#12355b;padding:.5em 1em}header nav{display:flex;flex-wrap:wrap;gap:.2em 1.2em}
        header a{color:#fff;font-weight:600}header a:visited{color:#fff}
        header a[aria-current]{text-decoration:underline 3px}
        main{max-width:70em;margin:0 auto;padding:1em;overflow-wrap:break-word}
        h1{font-size:clamp(1.4em,6vw,2em)}
        .sok{display:flex;flex-wrap:wrap;gap:.5em;align-items:end}.sok label{display:block;font-weight:600}
        .sok>div{min-width:0;max-width:100%}.sok>div:first-child{flex:1 1 16em}.sok input[type=search]{width:100%}
        input,select,button{font:inherit;padding:.35em;border:1px solid #555;border-radius:3px;max-width:100%}
        button{background:#12355b;color:#fff;border-color:#12355b;cursor:pointer}
        .oppsett{display:grid;grid-template-columns:minmax(12em,16em) minmax(0,1fr);gap:2em}.oppsett>*{min-width:0}
        @media (max-width:45em){.oppsett{grid-template-columns:minmax(0,1fr);gap:0}}
        .treff{list-style:none;padding:0}.treff li{margin-bottom:1.4em}.treff h3{margin:0;font-size:1.15em}
        .meta{color:#444;font-size:.92em}.delt{margin-top:-.6em}.hel{white-space:nowrap}
        mark{background:#ffe066;color:#1a1a1a}
        .feil{border-left:5px solid #b00020;background:#fdecee;padding:.6em 1em}
        .info{border-left:5px solid #12355b;background:#eef3f9;padding:.6em 1em}
        .fasett ul{list-style:none;padding-left:0;margin-top:.2em}.fasett h3{margin-bottom:0;font-size:1em}
        .tekst{white-space:pre-wrap;max-width:50em;overflow-wrap:anywhere}
        code,dd{overflow-wrap:anywhere}dd{margin-left:1em}
        table{border-collapse:collapse;max-width:100%}td,th{border:1px solid #999;padding:.3em .6em;text-align:left;overflow-wrap:anywhere}
        nav.sider{display:flex;flex-wrap:wrap;gap:.3em .8em}
        """

    /// A whole page.
    static func render(title: String, current: String?, body: String) -> String {
        var nav = ""
        for (path, label) in menu {
            nav += "<a href=\"\(path)\"\(path == current ? " aria-current=\"page\"" : "")>\(HTML.escape(label))</a>"
        }
        return """
            <!doctype html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) – Kommunesøk</title>
            <style>\(style)</style>
            </head>
            <body>
            <a class="hopp" href="#innhold">Hopp til innholdet</a>
            <header><nav aria-label="Hovedmeny">\(nav)</nav></header>
            <main id="innhold" tabindex="-1">
            \(body)
            </main>
            </body>
            </html>
            """
    }

    /// Content-Security-Policy of the pages: nothing from elsewhere; the inline style sheet is
    /// allowed, scripts only as files from this server (no inline script, so injected markup
    /// cannot run any); forms post only here; no framing.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// An HTML response.
    static func response(_ status: HTTPResponse.Status = .ok, title: String, current: String? = nil, body: String) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: render(title: title, current: current, body: body))))
    }

    /// An error page for `e`, with its status.
    static func error(_ e: APIError, current: String? = nil) -> Response {
        let heading = e.status == .notFound ? "Fant ikke det du lette etter" : "Noe gikk galt"
        return response(e.status, title: e.status == .notFound ? "Ikke funnet" : "Feil", current: current,
                        body: "<h1>\(heading)</h1>\n<p class=\"feil\" role=\"alert\">\(HTML.escape(e.message))</p>\n<p><a href=\"/\">Til søket</a></p>")
    }
}
