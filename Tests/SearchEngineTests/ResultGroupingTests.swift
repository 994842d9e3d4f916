import DocumentStore
import Foundation
import QueryEngine
import SearchCore
@testable import SearchEngine
import Testing

/// Near-duplicate grouping of result pages (`SearchOptions.groupNearDuplicates`) on the Corpus
/// and its 8 labelled near-duplicate groups (Corpus/metadata.tsv `near_duplicate_group`).
@Suite(.serialized) struct ResultGroupingTests {
    /// The labelled groups: group name → member keys.
    static var groups: [String: Set<String>] {
        Dictionary(grouping: SimilarityCorpus.rows.filter { !$0.group.isEmpty }, by: \.group).mapValues { Set($0.map(\.key)) }
    }

    /// A query that reaches a group: the more-like-this query of its first member (its most
    /// characteristic terms, municipality names left out).
    func query(for group: Set<String>, _ snapshot: IndexSnapshot, _ ids: [String: DocumentID]) throws -> Query {
        try snapshot.similarDocuments(to: try #require(ids[group.sorted()[0]]), limit: 1).query
    }

    @Test func everyGroupShowsOneHitWithTheOthersFoldedIn() throws {
        let snapshot = try SimilarityCorpus.snapshot()
        let ids = try SimilarityCorpus.ids(snapshot)
        let keyOf = Dictionary(uniqueKeysWithValues: ids.map { ($0.value, $0.key) })
        #expect(Self.groups.count == 8)
        for (name, members) in Self.groups.sorted(by: { $0.key < $1.key }) {
            let q = try query(for: members, snapshot, ids)

            // Grouping off: every member has its own slot, near the top.
            let separate = try snapshot.searchPage(q, options: SearchOptions(limit: 10, groupNearDuplicates: false))
            let separateKeys = separate.hits.map(\.externalKey)
            let ranks = separateKeys.enumerated().filter { members.contains($0.element) }.map(\.offset)
            print("grouping \(name): member ranks \(ranks) (spread \((ranks.max() ?? 0) - (ranks.min() ?? 0)))")
            #expect(Set(separateKeys).isSuperset(of: members), "\(name): \(separateKeys)")
            #expect(separate.hits.allSatisfy { $0.alsoSharedBy.isEmpty })
            #expect(separate.foldedHits == 0)

            // Grouping on: one member holds the others; the page is refilled to 10.
            let grouped = try snapshot.searchPage(q, options: SearchOptions(limit: 10))
            let shown = grouped.hits.filter { members.contains($0.externalKey) }
            #expect(shown.count == 1, "\(name): \(grouped.hits.map(\.externalKey))")
            let holder = try #require(shown.first)
            #expect(holder.externalKey == separateKeys.first { members.contains($0) }, "the best-ranked copy holds the group")
            #expect(Set(holder.alsoSharedBy.map(\.externalKey)) == members.subtracting([holder.externalKey]))
            for copy in holder.alsoSharedBy {
                let d = try #require(try snapshot.documents([copy.id])[copy.id])
                #expect(copy.title == d.title && copy.municipality == d.municipalities.first && keyOf[copy.id] == d.externalKey)
            }
            #expect(grouped.hits.count == min(10, separate.totalHits - grouped.foldedHits))
            #expect(grouped.foldedHits >= members.count - 1)
            #expect(Set(grouped.hits.map(\.id)).count == grouped.hits.count)

            // The look-ahead's justification: how far apart the copies rank for a plain query
            // (the title of each member, default OR), as a user would type it.
            for key in members.sorted() {
                let title = try #require(try snapshot.document(externalKey: key)).title
                let ranked = try snapshot.searchPage(try #require(SimilarityCorpus.index).parseQuery(title).query, options: SearchOptions(limit: 80, groupNearDuplicates: false))
                let r = ranked.hits.enumerated().filter { members.contains($0.element.externalKey) }.map(\.offset)
                print("grouping \(name): title query of \(key): member ranks \(r)")
            }
        }
    }

    @Test func pagesAreConsistentSlicesOfTheGroupedList() throws {
        let snapshot = try SimilarityCorpus.snapshot()
        let index = try #require(SimilarityCorpus.index)
        for text in ["reglement", "kommune", "prosjektplan"] {
            let q = try index.parseQuery(text).query
            for order in ResultOrder.allCases {
                let whole = try snapshot.searchPage(q, options: SearchOptions(limit: 60, order: order))
                var paged: [Hit] = []
                for offset in stride(from: 0, to: 60, by: 7) {
                    paged += try snapshot.searchPage(q, options: SearchOptions(limit: 7, offset: offset, order: order)).hits
                }
                let pagedIDs = paged.prefix(whole.hits.count).map(\.id)
                #expect(pagedIDs == whole.hits.map(\.id), "\(text) \(order)")
                // No document twice, and no folded document as a hit of its own.
                let folded = Set(paged.flatMap(\.duplicates))
                #expect(Set(paged.map(\.id)).count == paged.count, "\(text) \(order)")
                #expect(folded.isDisjoint(with: paged.map(\.id)), "\(text) \(order)")
            }
        }
    }

    @Test func ungroupedOffsetsAreSlicesOfTheRanking() throws {
        let snapshot = try SimilarityCorpus.snapshot()
        let q = try #require(SimilarityCorpus.index).parseQuery("kommune").query
        let raw = try snapshot.search(q, limit: 100).hits.map(\.id)
        for offset in [0, 3, 10, 37] {
            let page = try snapshot.searchPage(q, options: SearchOptions(limit: 5, offset: offset, groupNearDuplicates: false))
            #expect(page.hits.map(\.id) == Array(raw.dropFirst(offset).prefix(5)), "offset \(offset)")
        }
        let beyond = try snapshot.searchPage(q, options: SearchOptions(limit: 5, offset: 10_000))
        #expect(beyond.hits.isEmpty && beyond.totalHits > 0)
        #expect(throws: SearchEngineError.self) { try snapshot.searchPage(q, options: SearchOptions(limit: 0)) }
        #expect(throws: SearchEngineError.self) { try snapshot.searchPage(q, options: SearchOptions(offset: -1)) }
    }

    @Test func dateOrderIsNewestFirstUndatedLast() throws {
        let snapshot = try SimilarityCorpus.snapshot()
        let q = try #require(SimilarityCorpus.index).parseQuery("kommune").query
        let page = try snapshot.searchPage(q, options: SearchOptions(limit: 100, order: .date, groupNearDuplicates: false))
        #expect(page.hits.count == page.totalHits)
        #expect(page.pageableHits == page.totalHits)
        let dates = page.hits.map { $0.date ?? "" }
        for (a, b) in zip(page.hits, page.hits.dropFirst()) {
            let (da, db) = (a.date ?? "", b.date ?? "")
            #expect(da > db || (da == db && (a.score > b.score || (a.score == b.score && a.id < b.id))), "\(a.externalKey) \(da) before \(b.externalKey) \(db)")
        }
        #expect(dates.first != "")
    }

    @Test func facetsCountTheWindowWithMunicipalityNamesAsWritten() throws {
        let snapshot = try SimilarityCorpus.snapshot()
        let q = try #require(SimilarityCorpus.index).parseQuery("kommune").query
        let page = try snapshot.searchPage(q, options: SearchOptions(limit: 3, countFacets: true))
        let facets = try #require(page.facets)
        #expect(page.facetsExact)
        let all = try snapshot.search(q, limit: 1000).hits.map(\.id)
        let docs = try snapshot.documents(all)
        var types: [String: Int] = [:], kommuner: [String: Int] = [:], years: [String: Int] = [:], formats: [String: Int] = [:]
        var names: [String: Set<String>] = [:]
        for d in docs.values {
            if let t = d.documentType { types[t, default: 0] += 1 }
            for m in Set(d.municipalities.map(MetadataKey.normalize)) { kommuner[m, default: 0] += 1 }
            for m in d.municipalities { names[MetadataKey.normalize(m), default: []].insert(m) }
            if let y = d.date?.prefix(4) { years[String(y), default: 0] += 1 }
            formats[d.sourceFormat, default: 0] += 1
        }
        func dict(_ f: [FacetCount]) -> [String: Int] { Dictionary(uniqueKeysWithValues: f.map { ($0.value, $0.count) }) }
        #expect(dict(facets.type) == types)
        #expect(dict(facets.kommune) == kommuner)
        #expect(dict(facets.year) == years)
        #expect(dict(facets.format) == formats)
        for f in facets.kommune {
            #expect(f.value == f.value.lowercased())
            #expect(names[f.value]?.contains(f.label) == true, "\(f.value) → \(f.label)")
        }
        #expect(facets.kommune.contains { $0.label == "Indre Østfold" })
        #expect(facets.kommune.map(\.count) == facets.kommune.map(\.count).sorted(by: >))
        // Without the option no facets are counted.
        #expect(try snapshot.searchPage(q, options: SearchOptions(limit: 3)).facets == nil)
    }

    @Test func grouperFoldsIntoTheBestRankedKeptCopy() throws {
        // Signatures with chosen overlaps: a ~ b (0.5), b ~ c (0.5), a ≁ c (0).
        let a = MinHashSignature(values: (0..<128).map { $0 < 64 ? UInt32($0) : 1_000 + UInt32($0) })
        let b = MinHashSignature(values: (0..<128).map { UInt32($0) })
        let c = MinHashSignature(values: (0..<128).map { $0 >= 64 ? UInt32($0) : 2_000 + UInt32($0) })
        #expect(a.similarity(to: b) == 0.5 && b.similarity(to: c) == 0.5 && a.similarity(to: c) == 0)
        var grouper = NearDuplicateGrouper()
        // a kept; b folds into a; c is compared with kept copies only (a), so it is kept; a
        // document without signature is kept; a second b folds into a, the best-ranked match.
        for s in [a, b, c, nil, b] as [MinHashSignature?] { grouper.add(s) }
        #expect(grouper.groups.map(\.rank) == [0, 2, 3])
        #expect(grouper.groups.map(\.members) == [[1, 4], [], []])
        #expect(grouper.folded == 2 && grouper.walked == 5)
    }

    @Test func bulkPlainTextGroupsWithSignaturesComputedOnDemand() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let index = try SearchIndex(path: dir)
        let base = "Reglement for godtgjøring til folkevalgte i fellesnemnda. Møtegodtgjøring utbetales per møte etter sats fastsatt av kommunestyret, og leder får fast godtgjøring. Tapt arbeidsinntekt dekkes etter dokumentasjon, og reiseutgifter dekkes etter statens satser."
        var items = [
            IngestItem(externalKey: "a", data: Data(("Godtgjøring Asker\n" + base).utf8), fileName: "a.txt"),
            IngestItem(externalKey: "b", data: Data(("Godtgjøring Larvik\n" + base.replacingOccurrences(of: "kommunestyret", with: "bystyret")).utf8), fileName: "b.txt"),
            IngestItem(externalKey: "c", data: Data("Annet\nGodtgjøring for tolketjenester i prosjektet for felles IKT-plattform med milepæler.".utf8), fileName: "c.txt"),
        ]
        for i in items.indices { items[i].plainText = true }
        _ = try index.openWriter().ingest(items)
        let snapshot = try index.snapshot()
        let q = try index.parseQuery("godtgjøring").query
        let grouped = try snapshot.searchPage(q, options: SearchOptions())
        #expect(grouped.hits.count == 2, "\(grouped.hits.map(\.externalKey))")
        let holder = try #require(grouped.hits.first { !$0.alsoSharedBy.isEmpty })
        #expect(Set([holder.externalKey] + holder.alsoSharedBy.map(\.externalKey)) == ["a", "b"])
        #expect(try snapshot.searchPage(q, options: SearchOptions(groupNearDuplicates: false)).hits.count == 3)
    }
}
