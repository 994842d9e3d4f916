import ArgumentParser
import Foundation
import QueryEngine
import SearchEngine
import TextAnalysis

/// `kommunesok eval --queries FILE --qrels FILE`: relevance metrics against judgments.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Mål treffkvalitet mot relevansvurderinger (MRR@10, nDCG@10, Recall@10, Recall@100).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var synonymOptions: SynonymOptions

    @Option(help: ArgumentHelp("Spørringer: linjer «qid<TAB>spørring».", valueName: "fil"))
    var queries = "Corpus/queries/queries.tsv"

    @Option(help: ArgumentHelp("Vurderinger i TREC qrels-format: «qid 0 docid grad».", valueName: "fil"))
    var qrels = "Corpus/queries/qrels.txt"

    @Flag(help: "Vis resultat per spørring.")
    var verbose = false

    @Option(help: ArgumentHelp("Mål hva hver analysefunksjon tilfører: bygg en midlertidig indeks av denne mappen per variant (f.eks. Corpus/documents).", valueName: "mappe"))
    var ablation: String?

    func run() async throws {
        if let ablation { return try runAblation(corpus: ablation) }
        let index = try global.open(try synonymOptions.configuration())
        let (list, judgments) = try wrap { try RelevanceEvaluation.load(queries: queries, qrels: qrels) }
        let snapshot = try wrap { try index.snapshot() }
        let e = try wrap { try RelevanceEvaluation.run(list, judgments: judgments, index: index, snapshot: snapshot) }
        if verbose {
            for q in e.queries {
                print(String(format: "%@  RR %.2f  nDCG %.2f  R@10 %.2f  R@100 %.2f  %@", q.id, q.reciprocalRank, q.ndcg10, q.recall10, q.recall100, q.query))
            }
            print("")
        }
        print(String(format: "%d spørringer  MRR@10 %.3f  nDCG@10 %.3f  Recall@10 %.3f  Recall@100 %.3f", e.queries.count, e.mrr10, e.ndcg10, e.recall10, e.recall100))
    }

    /// One row per analysis feature turned off, so the contribution of each is measured on the
    /// same queries and judgments (the closing table of issue 6).
    private func runAblation(corpus: String) throws {
        let (list, judgments) = try wrap { try RelevanceEvaluation.load(queries: queries, qrels: qrels) }
        let files = FileWalker.collect([corpus]).files
        var variants: [(String, SearchEngineConfiguration)] = []
        let base = try synonymOptions.configuration()
        variants.append(("alt på (standard)", base))
        var v = base
        v.analyzer.stemming = false
        variants.append(("uten stemming", v))
        v = base
        v.analyzer.folding = .none
        variants.append(("uten normalisering (aa→å, aksenter)", v))
        v = base
        v.analyzer.stopWords = .none
        variants.append(("uten stoppord", v))
        v = base
        v.analyzer.nynorsk = false
        variants.append(("uten nynorsk-tilpasning", v))
        v = base
        v.synonyms = .none
        variants.append(("uten synonymer", v))
        for w in [0.3, 0.7, 1.0] where w != base.synonymWeight {
            v = base
            v.synonymWeight = w
            variants.append(("synonymvekt \(w)", v))
        }
        v = base
        v.decompounding = false
        variants.append(("uten orddeling (sammensatte ord)", v))
        v = base
        for w in [1.0, 1.25, 1.5, 3.0] where w != base.fieldWeights.title {
            v.fieldWeights = FieldWeights(title: w, body: 1)
            variants.append((w == 1 ? "uten feltvekter (tittel = tekst)" : "tittelvekt \(w)", v))
        }
        print("variant                                  MRR@10  nDCG@10  R@10   R@100")
        for (name, config) in variants {
            let dir = NSTemporaryDirectory() + "kommunesok-ablation-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let index = try wrap { try SearchIndex(path: dir, configuration: config) }
            let writer = try wrap { try index.openWriter() }
            _ = try wrap { try writer.ingest(files.map { IngestItem.file($0.path, key: $0.key) }) }
            let e = try wrap { try RelevanceEvaluation.run(list, judgments: judgments, index: index, snapshot: try index.snapshot()) }
            print(String(format: "%@ %.3f   %.3f    %.3f  %.3f", name.padding(toLength: 40, withPad: " ", startingAt: 0), e.mrr10, e.ndcg10, e.recall10, e.recall100))
        }
    }
}
