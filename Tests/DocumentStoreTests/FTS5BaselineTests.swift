@testable import DocumentStore
import Testing

struct FTS5BaselineTests {
    static let corpus: [(key: String, title: String, body: String)] = [
        ("reglement", "Reglement for fellesnemnda", "Fellesnemnda skal behandle økonomiplan og budsjett."),
        ("prosjektplan", "Prosjektplan for ny kommune", "Prosjektplanen beskriver økonomi, budsjett og framdrift for nye Ås kommune."),
        ("protokoll", "Protokoll fra møte", "Møtet vedtok budsjett. Økonomiplan ble utsatt."),
        ("skolesak", "Sak om skole", "Skolestruktur i nye kommune: «skole» og \"barnehage\"."),
        ("gard", "Får og far", "Bonden har får. Far min har ikke får."),
    ]

    private func loaded(_ directory: TemporaryDirectory) throws -> FTS5Baseline {
        let baseline = try FTS5Baseline(path: directory.path("fts5.sqlite"))
        #expect(try baseline.index(Self.corpus) == Self.corpus.count)
        return baseline
    }

    private func keys(_ baseline: FTS5Baseline, _ terms: [String], _ mode: FTS5Baseline.Mode) throws -> Set<String> {
        Set(try baseline.search(terms, mode: mode, limit: 100).map(\.key))
    }

    @Test func orAndAndPhraseMatchTheExpectedDocuments() throws {
        let directory = try TemporaryDirectory()
        let baseline = try loaded(directory)
        #expect(try keys(baseline, ["økonomiplan", "skole"], .or) == ["reglement", "protokoll", "skolesak"])
        #expect(try keys(baseline, ["budsjett", "økonomiplan"], .and) == ["reglement", "protokoll"])
        #expect(try keys(baseline, ["budsjett", "skole"], .and) == [])
        #expect(try keys(baseline, ["nye", "kommune"], .phrase) == ["skolesak"])
        #expect(try keys(baseline, ["kommune", "nye"], .phrase) == [])
        #expect(try keys(baseline, ["økonomiplan", "ble"], .phrase) == ["protokoll"])
        #expect(try keys(baseline, ["reglement"], .or) == ["reglement"], "title column is searched")
    }

    @Test func theVariantThatStoresTextFindsTheSameAndKeepsTheText() throws {
        let directory = try TemporaryDirectory()
        let contentless = try loaded(directory)
        let withText = try FTS5Baseline(path: directory.path("fts5-tekst.sqlite"), storesText: true)
        #expect(try withText.index(Self.corpus) == Self.corpus.count)
        for (terms, mode) in [(["økonomiplan", "skole"], FTS5Baseline.Mode.or), (["budsjett", "økonomiplan"], .and), (["nye", "kommune"], .phrase)] {
            #expect(try keys(withText, terms, mode) == keys(contentless, terms, mode), "\(terms) \(mode)")
        }
        let connection = try Connection(path: directory.path("fts5-tekst.sqlite"), readOnly: true)
        let body = try connection.query("SELECT body FROM fts WHERE rowid = 1") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.string(0) : nil
        }
        #expect(body == Self.corpus[0].body)
    }

    @Test func caseIsFoldedButNorwegianLettersAreKept() throws {
        let directory = try TemporaryDirectory()
        let baseline = try loaded(directory)
        #expect(try keys(baseline, ["ØKONOMIPLAN"], .or) == ["reglement", "protokoll"])
        #expect(try keys(baseline, ["as"], .or) == [], "å must not fold to a")
        #expect(try keys(baseline, ["ås"], .or) == ["prosjektplan"])
        #expect(try keys(baseline, ["motet"], .or) == [])
        #expect(try keys(baseline, ["far"], .or) == ["gard"])
        #expect(try keys(baseline, ["økonomi"], .or) == ["prosjektplan"], "no stemming: surface forms only")
    }

    @Test func hostileTermsAreQuotedNotParsed() throws {
        let directory = try TemporaryDirectory()
        let baseline = try loaded(directory)
        let hostile = ["\"", "AND", "OR", "NOT", "NEAR(", "*", "-", "^", "title:", "body : x", "(", "'; DROP TABLE fts; --"]
        for mode in FTS5Baseline.Mode.allCases {
            _ = try baseline.search(hostile, mode: mode, limit: 10)
            for term in hostile { _ = try baseline.search([term], mode: mode, limit: 10) }
        }
        #expect(try keys(baseline, ["skole\""], .or) == ["skolesak"])
        #expect(try keys(baseline, [], .or) == [])
        #expect(try keys(baseline, ["...", "  ", ""], .and) == [])
        #expect(try keys(baseline, ["...", "budsjett"], .and) == ["reglement", "prosjektplan", "protokoll"])
        #expect(try baseline.documentCount() == Self.corpus.count, "the DROP did not run")
        #expect(FTS5Baseline.matchExpression(["a\"b", "c"], mode: .phrase) == "\"a\"\"b\" + \"c\"")
        #expect(FTS5Baseline.matchExpression(["a", "c"], mode: .and) == "\"a\" AND \"c\"")
    }

    @Test func resultsAreLimitedAndBestFirst() throws {
        let directory = try TemporaryDirectory()
        let baseline = try loaded(directory)
        let all = try baseline.search(["budsjett", "økonomiplan", "skole"], mode: .or, limit: 100)
        #expect(all.count == 4)
        #expect(all.allSatisfy { $0.score > 0 })
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.score >= $1.score })
        let top2 = try baseline.search(["budsjett", "økonomiplan", "skole"], mode: .or, limit: 2)
        #expect(top2.map(\.key) == all.prefix(2).map(\.key))
        #expect(try baseline.search(["budsjett"], mode: .or, limit: 0).isEmpty)
    }

    @Test func sizesReopenAndDuplicateKeys() throws {
        let directory = try TemporaryDirectory()
        let baseline = try loaded(directory)
        let size = try baseline.sizeOnDisk()
        let indexBytes = try baseline.indexBytes()
        #expect(size > 0 && size % Int64(FTS5Baseline.pageSizeBytes) == 0)
        #expect(indexBytes > 0 && indexBytes < size)

        let error = try #require(throws: DocumentStoreError.self) {
            try baseline.index([(key: "gard", title: "x", body: "y")])
        }
        #expect(error.code == .duplicateExternalKey)
        baseline.close()
        #expect(throws: DocumentStoreError.self) { try baseline.documentCount() }

        let reopened = try FTS5Baseline(path: directory.path("fts5.sqlite"))
        #expect(try reopened.documentCount() == Self.corpus.count)
        try reopened.index([(key: "ny", title: "Skole", body: "Ny skole.")], optimize: false)
        #expect(try keys(reopened, ["skole"], .or) == ["skolesak", "ny"])
    }
}
