import ArgumentParser
import Foundation
import SearchEngine

/// `kommunesok eval --queries FILE --qrels FILE`: relevance metrics against judgments.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Mål treffkvalitet mot relevansvurderinger (MRR@10, nDCG@10, Recall@10, Recall@100).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Spørringer: linjer «qid<TAB>spørring».", valueName: "fil"))
    var queries = "Corpus/queries/queries.tsv"

    @Option(help: ArgumentHelp("Vurderinger i TREC qrels-format: «qid 0 docid grad».", valueName: "fil"))
    var qrels = "Corpus/queries/qrels.txt"

    @Flag(help: "Vis resultat per spørring.")
    var verbose = false

    func run() async throws {
        let index = try global.open()
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
}
