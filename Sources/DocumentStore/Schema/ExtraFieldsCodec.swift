#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Encodes `DocumentDraft.extra` as a JSON object with sorted keys (stable bytes, and
/// queryable with SQLite's `json_extract` when debugging).
enum ExtraFieldsCodec {
    static func encode(_ extra: [String: String]) -> String {
        guard !extra.isEmpty else { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding [String: String] cannot fail: every String is valid JSON string content.
        let data = (try? encoder.encode(extra)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ json: String) throws(DocumentStoreError) -> [String: String] {
        guard json != "{}" else { return [:] }
        do {
            return try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        } catch {
            throw DocumentStoreError(
                code: .corrupt,
                message: "Tilleggsfeltene til et dokument kunne ikke leses (\(error)). Indekser dokumentet på nytt.")
        }
    }
}
