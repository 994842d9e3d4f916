import ArgumentParser
import DocumentStore
import Foundation
import QueryEngine
import SearchCore
import SearchEngine

/// `kommunesok similar KEY|ID` or `kommunesok similar --tekst "…"`: the most similar documents
/// (more-like-this), with near-duplicates marked.
struct SimilarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Finn dokumenter som ligner et dokument eller en innlimt tekst.",
        discussion: "Dokumentet angis med nøkkel (filnavnet uten endelse) eller id. Dokumenter som er nesten like (gjenbrukt med små endringer) merkes «nesten lik» med anslått likhet.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Dokumentets nøkkel eller id.", valueName: "nøkkel|id"))
    var document: String?

    @Option(name: .customLong("tekst"), help: ArgumentHelp("Finn dokumenter som ligner denne teksten i stedet.", valueName: "tekst"))
    var text: String?

    @Option(help: "Antall treff.")
    var limit = 10

    @Flag(help: "Skriv resultatet som JSON.")
    var json = false

    func run() async throws {
        guard limit > 0, limit <= 1_000 else { throw CLIError("--limit må være mellom 1 og 1000.") }
        let index = try global.open()
        let snapshot = try wrap { try index.snapshot() }
        let similar: SimilarDocuments
        let signature: MinHashSignature?
        var source: StoredDocument?
        if let text {
            guard document == nil else { throw CLIError("Angi enten et dokument eller --tekst, ikke begge.") }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CLIError("--tekst er tom; lim inn teksten du vil finne lignende dokumenter for.") }
            similar = try wrap { try snapshot.similarDocuments(toText: text, limit: limit) }
            signature = snapshot.signature(ofText: text)
        } else {
            guard let document else {
                throw CLIError("Angi et dokument (nøkkel eller id), f.eks. kommunesok similar delegeringsreglement-asker-2019, eller --tekst \"…\".")
            }
            let doc = try resolve(document, snapshot)
            source = doc
            similar = try wrap { try snapshot.similarDocuments(to: doc.id, limit: limit) }
            signature = doc.extra[MinHashSignature.extraKey].flatMap { MinHashSignature(encoded: $0) } ?? snapshot.signature(ofText: doc.text)
        }
        let ids = similar.results.hits.map(\.id)
        let docs = try wrap { try snapshot.documents(ids) }
        let likeness: [DocumentID: Double] = try signature.map { s in
            Dictionary(uniqueKeysWithValues: try wrap { try snapshot.similarities(of: s, to: ids) }.map { ($0.id, $0.similarity) })
        } ?? [:]
        let rows: [SimilarOutput.Row] = similar.results.hits.compactMap { h in
            guard let d = docs[h.id] else { return nil }
            let j = likeness[h.id] ?? 0
            return .init(id: h.id.rawValue, key: d.externalKey, title: d.title, score: h.score, type: d.documentType,
                         municipalities: d.municipalities, similarity: j, nearDuplicate: j >= NearDuplicates.defaultThreshold)
        }
        if json {
            let out = SimilarOutput(source: source?.externalKey, terms: similar.terms, threshold: NearDuplicates.defaultThreshold, hits: rows)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try enc.encode(out), as: UTF8.self))
            return
        }
        if let source { print("Ligner «\(source.title)» [\(source.externalKey)]") }
        print("Nøkkelord: \(similar.terms.prefix(10).joined(separator: ", "))")
        if rows.isEmpty { print("\nIngen lignende dokumenter.") }
        for (i, r) in rows.enumerated() {
            let mark = r.nearDuplicate ? String(format: "  — nesten lik (%.0f %%)", r.similarity * 100) : ""
            print("\n\(i + 1). \(r.title)  [\(r.key)]  \(String(format: "%.3f", r.score))\(mark)")
            let meta = [r.type, r.municipalities.isEmpty ? nil : r.municipalities.joined(separator: ", ")].compactMap { $0 }
            if !meta.isEmpty { print("   " + meta.joined(separator: " · ")) }
        }
    }

    /// The document named by key, or by id when the argument is a number and no key matches.
    private func resolve(_ argument: String, _ snapshot: IndexSnapshot) throws -> StoredDocument {
        if let d = try wrap({ try snapshot.document(externalKey: argument) }) { return d }
        if let n = Int64(argument), let d = try wrap({ try snapshot.documents([DocumentID(n)]) })[DocumentID(n)] { return d }
        throw CLIError("Fant ikke dokumentet «\(argument)». Bruk nøkkelen (filnavnet uten endelse) eller id-en fra kommunesok search.")
    }
}

/// JSON shape of `similar --json`.
struct SimilarOutput: Encodable {
    struct Row: Encodable {
        var id: Int64
        var key: String
        var title: String
        var score: Double
        var type: String?
        var municipalities: [String]
        /// Estimated Jaccard similarity of the body shingles.
        var similarity: Double
        var nearDuplicate: Bool
    }

    var source: String?
    var terms: [String]
    var threshold: Double
    var hits: [Row]
}
