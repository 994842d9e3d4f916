internal import Foundation
public import QueryEngine

extension SynonymList {
    /// Reads a synonym list from the UTF-8 file at `path` (format: ``SynonymList``).
    public static func load(path: String) throws(SearchEngineError) -> SynonymList {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SearchEngineError(.invalidArgument, "Synonymfilen \(path) finnes ikke. Oppgi en tekstfil med én gruppe per linje, f.eks. «pbl, plan- og bygningsloven».")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw SearchEngineError(.invalidArgument, "Synonymfilen \(path) kan ikke leses som UTF-8-tekst. Lagre den som UTF-8 og prøv igjen.")
        }
        do {
            return try SynonymList(parsing: text, source: path)
        } catch {
            throw SearchEngineError(error)
        }
    }
}

extension SearchEngineConfiguration {
    /// Searches with the synonym list in the file at `path` instead of the shipped one (front
    /// ends set it through the facade, without naming the query engine's types).
    public mutating func loadSynonyms(path: String) throws(SearchEngineError) {
        synonyms = try SynonymList.load(path: path)
    }
}
