import Foundation
import SearchEngine

/// The text lines of `search` that are more than a `print`: «også delt av» and the facet block.
enum SearchTextOutput {
    /// Values listed per facet line; the rest are counted («og 7 til»). Ten fit an 80-column
    /// line for types, years and formats; municipalities are many, and the JSON has them all.
    static let valuesPerFacet = 10

    /// «også delt av: Larvik (Økonomireglement for Larvik kommune) [okonomireglement-larvik-2017], …»
    static func sharedBy(_ copies: [NearDuplicateCopy]) -> String {
        "også delt av: " + copies.map { c in
            (c.municipality.map { "\($0) (\(c.title))" } ?? c.title) + " [\(c.externalKey)]"
        }.joined(separator: ", ")
    }

    /// The facet block printed after the hits:
    ///
    ///     Fordeling (alle 12 treff):
    ///       type:     sak 5 · reglement 4 · protokoll 3
    ///       kommune:  Asker 4 · Holmestrand 3 · Larvik 2
    ///       år:       2019 5 · 2018 4 · 2017 3
    ///       format:   txt 6 · html 4 · pdf 2
    static func facetBlock(_ f: FacetCounts, exact: Bool, totalHits: Int) -> [String] {
        let scope = exact ? "alle \(totalHits) treff" : "de \(SearchOptions.window) beste treffene"
        let years = f.year.sorted { $0.value > $1.value }
        return ["Fordeling (\(scope)):"] + [("type", f.type), ("kommune", f.kommune), ("tema", f.theme), ("år", years), ("format", f.format)].map { name, values in
            let label = (name + ":").padding(toLength: 10, withPad: " ", startingAt: 0)
            guard !values.isEmpty else { return "  \(label)–" }
            var parts = values.prefix(valuesPerFacet).map { "\($0.label) \($0.count)" }
            if values.count > valuesPerFacet { parts.append("og \(values.count - valuesPerFacet) til") }
            return "  \(label)" + parts.joined(separator: " · ")
        }
    }
}
