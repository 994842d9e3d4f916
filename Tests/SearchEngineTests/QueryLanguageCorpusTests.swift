import DocumentStore
import Foundation
import QueryEngine
import SearchEngine
import Testing

/// The query language as a user meets it, over the Corpus index (`SimilarityCorpus`): filters
/// on different fields narrow, a written date means that day.
@Suite(.serialized) struct QueryLanguageCorpusTests {
    /// The file names (without folder and extension) of every hit of `text`.
    func names(_ text: String) throws -> Set<String> {
        let index = try #require(SimilarityCorpus.index)
        let snapshot = try index.snapshot()
        let results = try snapshot.search(index.parseQuery(text).query, limit: 1000)
        let docs = try snapshot.documents(results.hits.map(\.id))
        return Set(results.hits.compactMap { docs[$0.id] }.map { d in
            let name = ((d.sourcePath ?? d.externalKey) as NSString).lastPathComponent
            return (name as NSString).deletingPathExtension
        })
    }

    @Test func filtersOnDifferentFieldsNarrow() throws {
        let asker = try names("kommune:asker")
        let cases = try names("type:sak")
        #expect(!asker.isEmpty && !cases.isEmpty)
        let both = asker.intersection(cases)
        #expect(!both.isEmpty, "no Asker case in the Corpus index")
        #expect(try names("kommune:asker type:sak") == both)
        #expect(try names("type:sak kommune:asker") == both)
        #expect(try names("kommune:asker ELLER type:sak") == both)
        #expect(try names("kommune:asker OG type:sak") == both)

        // The same field may OR, and still narrows a different one.
        let bærum = try names("kommune:bærum")
        #expect(try names("kommune:asker kommune:bærum") == asker.union(bærum))
        #expect(try names("kommune:asker kommune:bærum type:sak") == asker.union(bærum).intersection(cases))

        // A word with filters: the README's example returns only Asker documents from 2019.
        let example = try names("tittel:reglement kommune:asker år:2019")
        #expect(!example.isEmpty)
        #expect(example.isSubset(of: asker.intersection(try names("år:2019"))), "\(example)")
    }

    @Test func aWrittenDateMeansThatDay() throws {
        let day = try names("\"14.02.2017\"")
        // The four Corpus documents (txt, PDF, ODT) that mention 14 February 2017.
        let expected: Set = [
            "prosjektplan-larvik-lardal-2017-revidert", "forum-lardal-radhus-2017",
            "protokoll-fellesnemnda-larvik-2017-02-14", "sak-kommunevapen-larvik-2017",
        ]
        #expect(day == expected, "\(day)")
        #expect(try names("14.02.2017") == day)
        #expect(try names("14. februar 2017") == day)
        #expect(try names("2017-02-14") == day)
        // The year alone, when the user writes it, still finds the year's dated documents.
        let year = try names("2017")
        #expect(year.isSuperset(of: day) && year.count > day.count)
    }
}

/// `tema:` filters and the theme facet over the Corpus index.
@Suite(.serialized) struct ThemeFilterTests {
    @Test func themeFilterAndFacet() throws {
        let index = try #require(SimilarityCorpus.index)
        let snapshot = try index.snapshot()
        let economy = try snapshot.search(index.parseQuery("tema:økonomi").query, limit: 1000)
        #expect(economy.totalHits >= 5)
        let ikt = try snapshot.search(index.parseQuery("tema:\"IKT og digitalisering\"").query, limit: 1000)
        #expect(ikt.totalHits >= 5)
        let prefix = try snapshot.search(index.parseQuery("tema:ikt*").query, limit: 1000)
        #expect(prefix.totalHits == ikt.totalHits)
        let both = try snapshot.search(index.parseQuery("tema:økonomi tema:arkiv").query, limit: 1000)
        #expect(both.totalHits > economy.totalHits)
        let facets = try snapshot.facetCounts(among: Set(economy.hits.map(\.id)))
        #expect(facets.theme.first { $0.value == "økonomi" }?.count == economy.totalHits)
        #expect(facets.theme.contains { $0.label == "økonomi" })
        let all = try snapshot.facetCounts(among: Set(try snapshot.search(index.parseQuery("kommune").query, limit: 1000).hits.map(\.id)))
        #expect(all.theme.contains { $0.label == "IKT og digitalisering" }, "\(all.theme)")
    }
}

/// The date each Corpus document is stored with (the meeting, decision or adoption date its
/// text names first, else the file's own) against `Corpus/metadata.tsv`'s `date`, with the
/// accuracy printed and a floor held (78 of 79 at the time of writing: «juni 2018» names no day).
@Suite(.serialized) struct CorpusDateTests {
    static let floor = 0.95

    @Test func storedDatesMatchTheJudgedOnes() throws {
        let tsv = try String(contentsOfFile: TestSupport.packageRoot + "/Corpus/metadata.tsv", encoding: .utf8)
        let judged = tsv.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count > 5 }.map { (key: $0[0], date: $0[5]) }
        let snapshot = try SimilarityCorpus.snapshot()
        var misses: [String] = []
        for row in judged {
            let document = try #require(try snapshot.document(externalKey: row.key), "\(row.key) not indexed")
            if document.date != row.date { misses.append("\(row.key): \(document.date ?? "–"), judged \(row.date)") }
        }
        let share = Double(judged.count - misses.count) / Double(max(1, judged.count))
        print("Corpus dates: \(judged.count - misses.count)/\(judged.count) right")
        #expect(judged.count >= 79)
        #expect(share >= Self.floor, "\(misses.joined(separator: "\n"))")
    }
}

/// A quote or parenthesis without its partner is left out and the query searched anyway, with
/// a note; other syntax errors still fail with their position.
@Suite(.serialized) struct LenientQueryTests {
    @Test(arguments: [
        ("\"godtgjøring fellesnemnda", "godtgjøring fellesnemnda", "«\"» ved tegn 1"),
        ("(godtgjøring fellesnemnda", "godtgjøring fellesnemnda", "«(» ved tegn 1"),
        ("godtgjøring fellesnemnda)", "godtgjøring fellesnemnda", "«)» ved tegn 25"),
        ("«godtgjøring (fellesnemnda", "godtgjøring fellesnemnda", "ved tegn"),
    ])
    func unpairedMarksAreLeftOut(_ typed: String, _ meant: String, _ noteMentions: String) throws {
        let index = try #require(SimilarityCorpus.index)
        let snapshot = try index.snapshot()
        let built = try index.parseQuery(typed)
        #expect(built.notes.contains { $0.contains("har ingen partner") && $0.contains(noteMentions) }, "\(built.notes)")
        let expected = try snapshot.search(index.parseQuery(meant).query, limit: 10).hits.map(\.id)
        #expect(try snapshot.search(built.query, limit: 10).hits.map(\.id) == expected)
    }

    @Test func otherErrorsAndStrictModeStillFail() throws {
        let index = try #require(SimilarityCorpus.index)
        for (text, strict) in [("OG plan", false), ("\"plan", true), ("()", false)] {
            do {
                _ = try index.parseQuery(text, strict: strict)
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.message.contains("tegn") || error.message.contains("tomt"), "\(error.message)")
            }
        }
    }
}
