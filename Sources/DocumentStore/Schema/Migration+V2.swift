extension Migration {
    /// Drops the indexes on `document.document_type` and `document.date`. No query reads them:
    /// filters and facets use the inverted index's metadata terms, and date sorting orders the
    /// best hits in memory. Each cost a B-tree insert per stored document (and a delete per
    /// replaced one) for nothing.
    static let v2 = Migration(
        version: 2,
        sql: """
            DROP INDEX IF EXISTS document_by_type;
            DROP INDEX IF EXISTS document_by_date;
            """
    )
}
