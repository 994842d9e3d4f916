public import SearchCore
import CSQLite

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The changes available inside `DocumentStore.write`, plus every `ReadTransaction` query
/// (which sees this transaction's own uncommitted changes).
///
/// Each method is all-or-nothing on its own (a savepoint), so a caller that catches, say, a
/// duplicate-key error can carry on with the rest of the transaction.
public final class WriteTransaction: ReadTransaction {
    /// Stores a new document and returns its id (never one used before in this file).
    ///
    /// All or nothing without a savepoint (a savepoint per document was half of a bulk load's
    /// store time): the draft is validated first, the document row goes in by one statement,
    /// which SQLite backs out alone if it fails (a duplicate key); if a later row of the same
    /// document fails, the document row is deleted again, which cascades to whatever of it
    /// was already stored.
    public func insert(_ draft: DocumentDraft) throws(DocumentStoreError) -> DocumentID {
        let connection = try live()
        try Self.validate(draft)
        let encoded = EncodedDraft(draft)
        let id = try Self.insertRow(encoded, into: connection)
        do throws(DocumentStoreError) {
            try Self.insertDependents(encoded, id: id, into: connection)
        } catch {
            _ = try? Self.delete(id, from: connection)
            throw error
        }
        return id
    }

    /// Replaces a document: deletes `id` and inserts `draft` under a new id, which is returned.
    /// A new id because segments written for the old content still name `id`; the engine
    /// treats it as deleted. Throws `documentNotFound` if `id` does not exist.
    @discardableResult
    public func replace(_ id: DocumentID, with draft: DocumentDraft) throws(DocumentStoreError) -> DocumentID {
        try savepoint { connection throws(DocumentStoreError) in
            guard try Self.delete(id, from: connection) else {
                throw DocumentStoreError(
                    code: .documentNotFound,
                    message: "Dokument \(id) finnes ikke, så det kan ikke erstattes. Bruk insert for nye dokumenter.")
            }
            return try Self.insert(draft, into: connection)
        }
    }

    /// Deletes a document with its text, municipalities and original bytes. Returns whether it existed.
    @discardableResult
    public func delete(_ id: DocumentID) throws(DocumentStoreError) -> Bool {
        try Self.delete(id, from: live())
    }

    /// Deletes the document with this external key. Returns its id, or `nil` if there was none.
    @discardableResult
    public func delete(externalKey: String) throws(DocumentStoreError) -> DocumentID? {
        guard let id = try documentID(externalKey: externalKey) else { return nil }
        try delete(id)
        return id
    }

    /// Stores the inverted index's manifest, with its checksum (`ManifestChecksum`); it commits
    /// together with the documents changed in this transaction. `generation` must be greater than the stored one, so that two
    /// writers working from the same starting point cannot silently overwrite each other.
    public func setManifest(generation: Int64, body: Data) throws(DocumentStoreError) {
        let connection = try live()
        if let current = try manifest(), generation <= current.generation {
            throw DocumentStoreError(
                code: .staleManifest,
                message: "Indeksmanifestet har allerede generasjon \(current.generation), så generasjon \(generation) er utdatert. En annen prosess har trolig skrevet til indeksen; åpne indeksen på nytt og prøv igjen.")
        }
        try connection.query(SQL.upsertManifest) { statement throws(DocumentStoreError) in
            try statement.bind(1, generation)
            try statement.bind(2, body)
            try statement.bind(3, ManifestChecksum.of(body))
            try statement.run()
        }
    }

    // MARK: Implementation

    /// Runs `body` inside a savepoint: released on success, rolled back on error.
    private func savepoint<R>(_ body: (Connection) throws(DocumentStoreError) -> R) throws(DocumentStoreError) -> R {
        let connection = try live()
        try connection.execute("SAVEPOINT document_change")
        do {
            let result = try body(connection)
            try connection.execute("RELEASE document_change")
            return result
        } catch {
            try? connection.execute("ROLLBACK TO document_change")
            try? connection.execute("RELEASE document_change")
            throw error
        }
    }

    private static func insert(_ draft: DocumentDraft, into connection: Connection) throws(DocumentStoreError) -> DocumentID {
        try validate(draft)
        let encoded = EncodedDraft(draft)
        let id = try insertRow(encoded, into: connection)
        try insertDependents(encoded, id: id, into: connection)
        return id
    }

    /// The `document` row alone; returns its id.
    private static func insertRow(_ encoded: EncodedDraft, into connection: Connection) throws(DocumentStoreError) -> DocumentID {
        let draft = encoded.draft
        return try connection.query(SQL.insertDocument) { statement throws(DocumentStoreError) in
            try statement.bind(1, draft.externalKey)
            try statement.bind(2, draft.title)
            try statement.bind(3, draft.documentType)
            try statement.bind(4, draft.date)
            try statement.bind(5, draft.author)
            try statement.bind(6, draft.createdAt)
            try statement.bind(7, draft.modifiedAt)
            try statement.bind(8, draft.language)
            try statement.bind(9, draft.sourceFormat)
            try statement.bind(10, draft.sourcePath)
            try statement.bind(11, draft.contentHash)
            try statement.bind(12, draft.byteSize)
            try statement.bind(13, draft.pageCount)
            try statement.bind(14, encoded.extraJSON)
            try statement.bind(15, encoded.checksum)
            do throws(DocumentStoreError) {
                try statement.run()
            } catch {
                guard error.sqliteResultCode == Self.constraintUnique else { throw error }
                throw DocumentStoreError(
                    code: .duplicateExternalKey,
                    message: "Et dokument med nøkkelen «\(draft.externalKey)» finnes allerede. Gi filen et annet navn, eller erstatt det eksisterende dokumentet.",
                    sqliteMessage: error.sqliteMessage, sqliteResultCode: error.sqliteResultCode)
            }
            return DocumentID(connection.lastInsertRowID)
        }
    }

    /// The rows that belong to document `id`: text, municipalities, original file.
    private static func insertDependents(_ encoded: EncodedDraft, id: DocumentID, into connection: Connection) throws(DocumentStoreError) {
        let draft = encoded.draft
        try connection.query(SQL.insertText) { statement throws(DocumentStoreError) in
            try statement.bind(1, id.rawValue)
            try statement.bind(2, draft.text)
            try statement.bind(3, encoded.pageOffsets)
            try statement.run()
        }
        try connection.query(SQL.insertMunicipality) { statement throws(DocumentStoreError) in
            for (position, municipality) in draft.municipalities.enumerated() {
                try statement.bind(1, id.rawValue)
                try statement.bind(2, position)
                try statement.bind(3, municipality)
                try statement.run()
                statement.reset()
            }
        }
        if let original = draft.originalFile {
            try connection.query(SQL.insertOriginal) { statement throws(DocumentStoreError) in
                try statement.bind(1, id.rawValue)
                try statement.bind(2, original)
                try statement.run()
            }
        }
    }

    /// `SQLITE_CONSTRAINT_UNIQUE`, a macro Swift does not import (`SQLITE_CONSTRAINT | (8<<8)`).
    private static let constraintUnique: Int32 = SQLITE_CONSTRAINT | (8 << 8)

    private static func delete(_ id: DocumentID, from connection: Connection) throws(DocumentStoreError) -> Bool {
        try connection.query("DELETE FROM document WHERE id = ?1") { statement throws(DocumentStoreError) in
            try statement.bind(1, id.rawValue)
            try statement.run()
            return connection.changes > 0
        }
    }

    private static func validate(_ draft: DocumentDraft) throws(DocumentStoreError) {
        func invalid(_ problem: String) -> DocumentStoreError {
            DocumentStoreError(code: .invalidDocument, message: "Dokumentet «\(draft.externalKey)» kan ikke lagres: \(problem)")
        }
        if draft.externalKey.isEmpty {
            throw invalid("nøkkelen er tom. Gi filen et navn før den legges inn.")
        }
        if draft.byteSize < 0 {
            throw invalid("størrelsen \(draft.byteSize) er negativ. Dette er en programfeil i uttrekket.")
        }
        let textBytes = draft.text.utf8.count
        var previous = 0
        for offset in draft.pageOffsets {
            guard offset >= previous, offset <= textBytes else {
                throw invalid("sideinndelingen \(draft.pageOffsets.prefix(10)) er ikke stigende innenfor tekstens \(textBytes) byte. Dette er en programfeil i uttrekket.")
            }
            previous = offset
        }
    }
}
