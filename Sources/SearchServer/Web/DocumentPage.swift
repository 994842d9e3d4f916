internal import Foundation
internal import DocumentStore
internal import Hummingbird
internal import SearchCore
internal import SearchEngine

/// `/dokument/{id}`: the metadata, a download link for kept originals, the text, and
/// «Lignende saker» (documents with the most similar vocabulary).
struct DocumentPage {
    let state: ServerState

    func render(_ id: DocumentID) throws(APIError) -> Response {
        let snapshot = try state.snapshot()
        let documents: [DocumentID: StoredDocument]
        do { documents = try snapshot.documents([id]) } catch { throw APIError(error) }
        guard let d = documents[id] else { throw APIError.documentNotFound(id.description) }

        var rows: [(String, String)] = [("Nøkkel", d.externalKey)]
        if let t = d.documentType { rows.append(("Type", t)) }
        if !d.municipalities.isEmpty { rows.append(("Kommuner", d.municipalities.joined(separator: ", "))) }
        if let v = d.date { rows.append(("Dato", NorwegianFormat.date(v))) }
        if let v = d.author { rows.append(("Forfatter", v)) }
        rows.append(("Format", NorwegianFormat.formatName(d.sourceFormat)))
        if let p = d.pageCount { rows.append(("Sider", NorwegianFormat.integer(p))) }
        if let l = d.language { rows.append(("Språk", l == "nn" ? "nynorsk" : l == "nb" ? "bokmål" : l)) }
        if let v = d.extra["saksnummer"] { rows.append(("Saksnummer", v)) }
        rows.append(("Indeksert", NorwegianFormat.timestamp(d.indexedAt)))

        var body = "<h1>\(HTML.escape(d.title))</h1>\n<dl>"
        for (k, v) in rows { body += "<dt>\(HTML.escape(k))</dt><dd>\(HTML.escape(v))</dd>" }
        body += "</dl>\n"
        if d.hasOriginalFile {
            body += "<p><a href=\"/api/documents/\(id)/file\" download>Last ned originalfilen (\(HTML.escape(NorwegianFormat.formatName(d.sourceFormat))))</a></p>\n"
        }
        if let warnings = d.extra["advarsler"] { body += "<p class=\"info\">\(HTML.escape(warnings))</p>\n" }

        body += "<section aria-labelledby=\"lignende\"><h2 id=\"lignende\">Lignende saker</h2>\n"
        // A failing similarity search must not hide the document itself.
        if let similar = try? state.search.similar(to: id), !similar.hits.isEmpty {
            body += "<ul>"
            for h in similar.hits {
                let meta = [h.type, h.municipalities.isEmpty ? nil : h.municipalities.joined(separator: ", "), h.date.map(NorwegianFormat.date)].compactMap { $0 }
                body += "<li><a href=\"/dokument/\(h.id)\">\(HTML.escape(h.title))</a> <span class=\"meta\">\(HTML.escape(meta.joined(separator: " · ")))</span></li>"
            }
            body += "</ul>"
        } else {
            body += "<p>Fant ingen lignende dokumenter.</p>"
        }
        body += "</section>\n<section aria-labelledby=\"tekst\"><h2 id=\"tekst\">Tekst</h2>\n<div class=\"tekst\">\(HTML.escape(d.text))</div></section>"
        return HTMLPage.response(title: d.title, body: body)
    }
}
