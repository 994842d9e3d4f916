internal import Foundation
internal import Hummingbird
internal import SearchCore
internal import SearchEngine

/// `/`: the search box, the hits with highlighted snippets, facet filter links, sorting and
/// paging. The query is run by the same `SearchService` as `/api/search`.
struct SearchPage {
    let state: ServerState

    func render(_ request: Request) throws(APIError) -> Response {
        let r = try SearchRequest(query: request.uri.query)
        var body = "<h1>Søk i dokumenter fra kommunesammenslåinger</h1>\n" + form(r)
        guard !r.isEmpty else {
            body += "<p class=\"info\">Skriv søkeord, for eksempel <code>delegeringsreglement</code>, <code>\"felles ikt\"</code> eller <code>godtgjøring type:reglement</code>.</p>"
            return HTMLPage.response(title: "Søk", current: "/", body: body)
        }
        let result: SearchResponse
        do {
            result = try state.search.search(r)
        } catch {
            let position = error.position.map { " (ved tegn \($0 + 1))" } ?? ""
            body += "<div class=\"feil\" role=\"alert\"><p>\(HTML.escape(error.message))\(HTML.escape(position))</p></div>"
            return HTMLPage.response(error.status, title: "Søk", current: "/", body: body)
        }
        body += "<div class=\"oppsett\">\n" + facets(result, r) + "<section aria-labelledby=\"treff-overskrift\">\n" + hits(result, r) + "</section>\n</div>"
        return HTMLPage.response(title: r.text.isEmpty ? "Søk" : "Søk: \(r.text)", current: "/", body: body)
    }

    private func form(_ r: SearchRequest) -> String {
        var hidden = ""
        for t in r.types { hidden += "<input type=\"hidden\" name=\"type\" value=\"\(HTML.escape(t))\">" }
        for m in r.municipalities { hidden += "<input type=\"hidden\" name=\"kommune\" value=\"\(HTML.escape(m))\">" }
        for t in r.themes { hidden += "<input type=\"hidden\" name=\"tema\" value=\"\(HTML.escape(t))\">" }
        if !r.group { hidden += "<input type=\"hidden\" name=\"group\" value=\"false\">" }
        let sortOptions = ResultOrder.allCases.map {
            "<option value=\"\($0.norwegianName)\"\($0 == r.sort ? " selected" : "")>\($0 == .relevance ? "Relevans" : "Dato (nyeste først)")</option>"
        }.joined()
        return """
            <form class="sok" role="search" method="get" action="/">
            <div><label for="q">Søkeord</label><input type="search" id="q" name="q" size="40" value="\(HTML.escape(r.text))"></div>
            <div><label for="fra">Fra dato</label><input id="fra" name="fra" size="10" placeholder="2017-01-01" value="\(HTML.escape(r.from ?? ""))"></div>
            <div><label for="til">Til dato</label><input id="til" name="til" size="10" placeholder="2019-12-31" value="\(HTML.escape(r.to ?? ""))"></div>
            <div><label for="sorter">Sorter etter</label><select id="sorter" name="sorter">\(sortOptions)</select></div>
            \(hidden)<div><button type="submit">Søk</button></div>
            </form>

            """
    }

    /// «Mente du …?» with a link that runs the corrected query.
    private func suggestion(_ result: SearchResponse) -> String {
        guard let q = result.suggestion else { return "" }
        let encoded = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return "<p class=\"info\">Mente du: <a href=\"/?q=\(encoded)\">\(HTML.escape(q))</a>?</p>\n"
    }

    private func hits(_ result: SearchResponse, _ r: SearchRequest) -> String {
        guard !result.hits.isEmpty else {
            var s = "<h2 id=\"treff-overskrift\">Ingen treff</h2>" + suggestion(result)
            for note in result.notes { s += "<p class=\"info\">\(HTML.escape(note))</p>" }
            return s + "<p>Prøv andre ord, færre filtre eller en bredere periode.</p>"
        }
        let first = (result.page - 1) * result.pageSize + 1
        let last = first + result.hits.count - 1
        let count = NorwegianFormat.integer(result.total)
        let total = result.totalIsExact ? count : "over \(count)"
        var s = "<h2 id=\"treff-overskrift\">Treff \(NorwegianFormat.integer(first))–\(NorwegianFormat.integer(last)) av \(total)</h2>\n"
        s += "<p class=\"meta\">Søket tok \(NorwegianFormat.decimal(result.timeMs, fractionDigits: 1)) ms.</p>\n"
        if result.folded > 0 {
            let n = result.folded == 1
                ? "Ett nesten likt dokument er samlet under treffet det ligner"
                : "\(NorwegianFormat.integer(result.folded)) nesten like dokumenter er samlet under treffene de ligner"
            s += "<p class=\"meta\">\(n) («også delt av»). <a href=\"/?\(HTML.escape(r.queryString(page: 1, group: false)))\">Vis hvert dokument for seg</a>.</p>\n"
        }
        for note in result.notes { s += "<p class=\"info\">\(HTML.escape(note))</p>\n" }
        s += suggestion(result)
        s += "<ol class=\"treff\" start=\"\(first)\">\n"
        for h in result.hits {
            var meta: [String] = []
            if let t = h.type { meta.append(HTML.escape(t.capitalized)) }
            if !h.municipalities.isEmpty { meta.append(HTML.escape(h.municipalities.joined(separator: ", "))) }
            // A date is not broken across lines («6. | september 2016» reads badly).
            if let d = h.date { meta.append("<span class=\"hel\">\(HTML.escape(NorwegianFormat.date(d)))</span>") }
            meta.append(HTML.escape(NorwegianFormat.formatName(h.format)))
            if let p = h.page { meta.append("side \(p)") }
            s += """
                <li><h3><a href="/dokument/\(h.id)">\(HTML.escape(h.title))</a></h3>
                <div class="meta">\(meta.joined(separator: " · "))</div>
                <p>\(h.snippet)</p>\(sharedBy(h))</li>

                """
        }
        s += "</ol>\n" + paging(result, r)
        return s
    }

    /// «Også delt av: Larvik (Økonomireglement …), …»: the near-duplicates folded into a hit.
    private func sharedBy(_ h: SearchResponse.Hit) -> String {
        guard !h.alsoSharedBy.isEmpty else { return "" }
        let copies = h.alsoSharedBy.map { c in
            c.municipality.map { "<a href=\"/dokument/\(c.id)\">\(HTML.escape($0))</a> (\(HTML.escape(c.title)))" }
                ?? "<a href=\"/dokument/\(c.id)\">\(HTML.escape(c.title))</a>"
        }
        return "<p class=\"meta delt\">Også delt av: \(copies.joined(separator: ", "))</p>"
    }

    private func paging(_ result: SearchResponse, _ r: SearchRequest) -> String {
        guard result.pageCount > 1 else { return "" }
        var s = "<nav class=\"sider\" aria-label=\"Sider\">"
        if r.page > 1 { s += "<a href=\"/?\(HTML.escape(r.queryString(page: r.page - 1)))\" rel=\"prev\">Forrige</a>" }
        let window = max(1, r.page - 4)...min(result.pageCount, max(1, r.page - 4) + 8)
        for p in window {
            s += p == r.page
                ? "<span aria-current=\"page\"><strong>\(p)</strong></span>"
                : "<a href=\"/?\(HTML.escape(r.queryString(page: p)))\" aria-label=\"Side \(p)\">\(p)</a>"
        }
        if r.page < result.pageCount { s += "<a href=\"/?\(HTML.escape(r.queryString(page: r.page + 1)))\" rel=\"next\">Neste</a>" }
        return s + "</nav>"
    }

    private func facets(_ result: SearchResponse, _ r: SearchRequest) -> String {
        var s = "<aside class=\"fasett\" aria-labelledby=\"filter-overskrift\"><h2 id=\"filter-overskrift\">Avgrens</h2>\n"
        if !result.facetsExact { s += "<p class=\"meta\">Tallene gjelder de \(NorwegianFormat.integer(SearchService.window)) beste treffene.</p>" }
        func group(_ heading: String, _ values: [SearchResponse.FacetValue], active: [String], display: (String) -> String, link: ([String]) -> String) {
            guard !values.isEmpty || !active.isEmpty else { return }
            s += "<h3>\(heading)</h3><ul>"
            for a in active {
                let others = active.filter { $0 != a }
                let label = values.first { $0.value == MetadataKey.normalize(a) }.map { display($0.label) } ?? a
                s += "<li><a href=\"/?\(HTML.escape(link(others)))\">Fjern filter: \(HTML.escape(label))</a></li>"
            }
            for v in values.prefix(15) where !active.contains(where: { MetadataKey.normalize($0) == v.value }) {
                s += "<li><a href=\"/?\(HTML.escape(link(active + [v.value])))\">\(HTML.escape(display(v.label))) (\(NorwegianFormat.integer(v.count)))</a></li>"
            }
            s += "</ul>\n"
        }
        // Types are common nouns: capitalised like a list entry. Municipality labels are the
        // names as written in the documents (the values themselves are lower-case index terms).
        group("Type", result.facets.type, active: r.types, display: { $0.prefix(1).uppercased() + $0.dropFirst() }) { r.queryString(page: 1, types: $0) }
        group("Kommune", result.facets.kommune, active: r.municipalities, display: { $0 }) { r.queryString(page: 1, municipalities: $0) }
        group("Tema", result.facets.theme, active: r.themes, display: { $0.prefix(1).uppercased() + $0.dropFirst() }) { r.queryString(page: 1, themes: $0) }
        // Years and formats link to the matching date range and to a query filter.
        if !result.facets.year.isEmpty {
            s += "<h3>År</h3><ul>"
            for v in result.facets.year.sorted(by: { $0.value > $1.value }).prefix(15) {
                s += "<li><a href=\"/?\(HTML.escape(r.queryString(page: 1, from: .some(v.value), to: .some(v.value))))\">\(HTML.escape(v.value)) (\(NorwegianFormat.integer(v.count)))</a></li>"
            }
            s += "</ul>\n"
        }
        if !result.facets.format.isEmpty {
            s += "<h3>Format</h3><ul>"
            for v in result.facets.format.prefix(15) { s += "<li>\(HTML.escape(NorwegianFormat.formatName(v.value))) (\(NorwegianFormat.integer(v.count)))</li>" }
            s += "</ul>\n"
        }
        return s + "</aside>\n"
    }
}
