import SearchCore
import Testing

@testable import QueryEngine

/// The query budget (`QueryLimits`): postings counted before any is read, work counted while
/// collecting, and the deadline checked at the meter's checkpoints — all asserted on counts,
/// never on elapsed time.
struct QueryBudgetTests {
    /// 600 documents over 26 words "a…" to "z…" of 4 variants each: every one-letter prefix
    /// matches, like `a* b* … å*` on a real index.
    static func searcher(limits: QueryLimits = .standard) throws -> Searcher {
        let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        var docs: [(body: [String], metadata: [String])] = []
        for d in 0..<600 {
            docs.append((letters.indices.map { letters[$0] + "ord\((d + $0) % 4)" }, []))
        }
        let base = try TermExpansionTests.searcher([Array(docs[..<300]), Array(docs[300...])])
        return Searcher(segments: base.segments, limits: limits)
    }

    static let letterPrefixes = Query.or("abcdefghijklmnopqrstuvwxyz".map { .prefix(String($0), fields: [.body]) })

    /// The plan's postings are the document frequencies of its expanded terms (oracle: every
    /// term of every document counted once), and a budget below them refuses the query with
    /// the Norwegian advice before any posting is read.
    @Test func postingsAreCountedAndCapped() throws {
        let searcher = try Self.searcher()
        let plan = try QueryPlan(query: Self.letterPrefixes, searcher: searcher)
        #expect(plan.postings == 600 * 26, "each document holds one term per letter")

        let tight = try Self.searcher(limits: QueryLimits(maximumPostings: 600 * 26 - 1))
        do {
            _ = try tight.search(Self.letterPrefixes, limit: 10)
            Issue.record("expected .tooExpensive")
        } catch {
            #expect(error.code == .tooExpensive)
            #expect(error.message.contains("Søket er for omfattende"))
            #expect(error.message.contains("\(600 * 26)"))
        }
        // One prefix stays well inside the same budget.
        #expect(try tight.search(.prefix("a", fields: [.body]), limit: 10).totalHits == 600)
    }

    /// The refusal comes as soon as the postings pass the budget: with room for one prefix's
    /// 600, planning stops after the second prefix and scans no further dictionaries.
    @Test func refusalStopsExpandingAtOnce() throws {
        func planningWork(_ query: Query, _ searcher: Searcher) -> Int {
            var meter = WorkMeter(timeLimit: nil)
            _ = try? QueryPlan(query: query, searcher: searcher, meter: &meter)
            return meter.units
        }
        let roomForOne = try Self.searcher(limits: QueryLimits(maximumPostings: 600))
        let firstTwo = Query.or([.prefix("a", fields: [.body]), .prefix("b", fields: [.body])])
        #expect(throws: QueryError.self) { try QueryPlan(query: Self.letterPrefixes, searcher: roomForOne) }
        #expect(planningWork(Self.letterPrefixes, roomForOne) == planningWork(firstTwo, try Self.searcher()))
    }

    /// Only expansions are charged: plain words are bounded by the parser's 256 clauses and
    /// skipped through by WAND, so a long query of common words is never refused for them.
    @Test func plainWordsAreNotCharged() throws {
        let searcher = try Self.searcher(limits: QueryLimits(maximumPostings: 100))
        let words = Query.or(["aord0", "bord1", "cord2"].map { .term($0, fields: [.body]) })
        #expect(try QueryPlan(query: words, searcher: searcher).postings == 0)
        #expect(try searcher.search(words, limit: 10).totalHits == 150)
    }

    /// Date ranges are filters from the web page's fra/til fields and are not charged: a range
    /// over far more postings than the budget still runs.
    @Test func rangesAreNotCharged() throws {
        let docs = (0..<200).map { d in (body: ["ord"], metadata: ["dato=2017-01-\(10 + d % 20)"]) }
        let base = try TermExpansionTests.searcher([docs])
        let searcher = Searcher(segments: base.segments, limits: QueryLimits(maximumPostings: 10))
        let range = Query.termRange(field: .metadata, lower: "dato=2017-01-10", upper: "dato=2017-01-29")
        let filtered = Query.boolean(must: [.term("ord", fields: [.body])], should: [], mustNot: [], filter: [range])
        #expect(try searcher.search(filtered, limit: 10).totalHits == 200)
    }

    /// The meter counts one unit per clause per WAND step: the 26-prefix query does far more
    /// work than one of its prefixes, and the count is the same on every run.
    @Test func workIsCountedDeterministically() throws {
        let searcher = try Self.searcher()
        func work(_ query: Query) throws -> Int {
            var meter = WorkMeter(timeLimit: nil)
            _ = try searcher.search(query, limit: 10, offset: 0, counting: .standard, meter: &meter)
            return meter.units
        }
        let all = try work(Self.letterPrefixes)
        let one = try work(.prefix("a", fields: [.body]))
        #expect(all == (try work(Self.letterPrefixes)))
        #expect(one > 0)
        #expect(all > 10 * one)
    }

    /// A search whose deadline has passed stops at the next checkpoint with `.timedOut`: while
    /// expanding (dictionary entries are work), in WAND, and in the general iterators; without a
    /// time limit the same searches complete.
    @Test func passedDeadlineStopsAtTheNextCheckpoint() throws {
        let searcher = try Self.searcher()
        let words = ["aord0", "bord1", "cord3"].map { Query.term($0, fields: [.body]) }
        let cases: [(String, Query)] = [
            ("expansion", Self.letterPrefixes),
            ("WAND", .or(words)),
            ("conjunction", .and([.term("aord0", fields: [.body]), .term("bord1", fields: [.body])])),
        ]
        for (label, query) in cases {
            var meter = WorkMeter(timeLimit: .zero, checkInterval: 1)
            do {
                _ = try searcher.search(query, limit: 10, offset: 0, counting: .standard, meter: &meter)
                Issue.record("\(label): expected .timedOut")
            } catch {
                #expect(error.code == .timedOut, "\(label)")
                #expect(error.message.contains("tok for lang tid"), "\(label)")
            }
            #expect(meter.checks == 1, "\(label): stopped at the first checkpoint")
            var unlimited = WorkMeter(timeLimit: nil, checkInterval: 1)
            #expect(try searcher.search(query, limit: 10, offset: 0, counting: .standard, meter: &unlimited).totalHits > 0, "\(label)")
        }
    }

    /// Once the expanded-term budget is spent, later prefixes are not expanded at all: their
    /// dictionaries are not scanned (the work counted stays that of the first prefixes).
    @Test func spentTermBudgetScansNoMoreDictionaries() throws {
        let searcher = try Self.searcher(limits: QueryLimits(maximumExpandedTerms: 8))
        func work(_ query: Query) throws -> (units: Int, notes: [String]) {
            var meter = WorkMeter(timeLimit: nil)
            let plan = try QueryPlan(query: query, searcher: searcher, meter: &meter)
            return (meter.units, plan.notes)
        }
        let two = try work(.or([.prefix("a", fields: [.body]), .prefix("b", fields: [.body])]))
        let all = try work(Self.letterPrefixes)
        #expect(all.units == two.units, "26 prefixes scan no more than the 2 that fill the budget")
        #expect(all.notes.contains { $0.contains("kuttet etter 8 ord") })
    }
}
