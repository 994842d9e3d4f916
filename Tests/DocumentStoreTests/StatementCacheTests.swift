import Testing

@testable import DocumentStore

/// `Connection.query`'s statement cache: a statement is reused across calls, and a nested call
/// with the same SQL gets a cursor of its own.
struct StatementCacheTests {
    @Test func nestedQueryWithTheSameSQLKeepsBothCursors() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection(path: directory.path("cache.sqlite"), readOnly: false)
        try connection.execute("CREATE TABLE n (v INTEGER); INSERT INTO n VALUES (1), (2), (3)")
        let sql = "SELECT v FROM n ORDER BY v"
        var pairs: [(Int64, Int64)] = []
        try connection.query(sql) { (outer) throws(DocumentStoreError) in
            while try outer.step() {
                let o = outer.int64(0)
                try connection.query(sql) { (inner) throws(DocumentStoreError) in
                    while try inner.step() { pairs.append((o, inner.int64(0))) }
                }
            }
        }
        #expect(pairs.map(\.0) == [1, 1, 1, 2, 2, 2, 3, 3, 3])
        #expect(pairs.map(\.1) == [1, 2, 3, 1, 2, 3, 1, 2, 3])
        // Afterwards the cached statement serves again, from its first row.
        let first = try connection.query(sql) { (s) throws(DocumentStoreError) in try s.step() ? s.int64(0) : nil }
        #expect(first == 1)
        let again = try connection.query(sql) { (s) throws(DocumentStoreError) in try s.step() ? s.int64(0) : nil }
        #expect(again == 1)
    }
}
