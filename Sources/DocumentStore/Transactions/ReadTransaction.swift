public import SearchCore

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The queries available inside `DocumentStore.read` (a consistent snapshot) and, through
/// `WriteTransaction`, inside `DocumentStore.write`.
///
/// Valid only during the closure it was passed to; afterwards every call throws
/// `transactionEnded`. Not `Sendable`: use it on the thread that runs the closure.
public class ReadTransaction {
    let connection: Connection
    private var isActive = true

    init(connection: Connection) {
        self.connection = connection
    }

    func end() { isActive = false }

    /// The connection, or `transactionEnded` if the transaction's closure has returned.
    func live() throws(DocumentStoreError) -> Connection {
        guard isActive else {
            throw DocumentStoreError(
                code: .transactionEnded,
                message: "En databasetransaksjon ble brukt etter at den var avsluttet. Dette er en programfeil: bruk transaksjonen bare inne i read/write-blokken.")
        }
        return connection
    }

    /// The document with this id, with its text; `nil` if there is none.
    public func document(_ id: DocumentID) throws(DocumentStoreError) -> StoredDocument? {
        try documents([id])[id]
    }

    /// The documents with these ids, keyed by id; ids that do not exist are absent. One query
    /// for the documents and one for their municipalities, whatever the number of ids. Throws
    /// `corrupt`, naming the document, when one of them is damaged (see `loadDocuments` to
    /// skip damaged ones instead).
    public func documents(_ ids: [DocumentID]) throws(DocumentStoreError) -> [DocumentID: StoredDocument] {
        let batch = try loadDocuments(ids)
        if let first = batch.damaged.keys.min(), let error = batch.damaged[first] { throw error }
        return batch.documents
    }

    /// The document with this external key, with its text; `nil` if there is none.
    public func document(externalKey: String) throws(DocumentStoreError) -> StoredDocument? {
        guard let id = try documentID(externalKey: externalKey) else { return nil }
        return try document(id)
    }

    /// The id of the document with this external key; `nil` if there is none.
    public func documentID(externalKey: String) throws(DocumentStoreError) -> DocumentID? {
        try live().query("SELECT id FROM document WHERE external_key = ?1") { statement throws(DocumentStoreError) in
            try statement.bind(1, externalKey)
            return try statement.step() ? DocumentID(statement.int64(0)) : nil
        }
    }

    /// The metadata of one document, without text; `nil` if there is none.
    public func summary(_ id: DocumentID) throws(DocumentStoreError) -> DocumentSummary? {
        try summaries([id])[id]
    }

    /// The metadata of these documents, keyed by id; ids that do not exist are absent.
    public func summaries(_ ids: [DocumentID]) throws(DocumentStoreError) -> [DocumentID: DocumentSummary] {
        guard !ids.isEmpty else { return [:] }
        let connection = try live()
        let idList = Self.jsonArray(ids)
        var municipalities = try loadMunicipalities(connection, idList: idList)
        return try connection.query(SQL.selectSummaries) { statement throws(DocumentStoreError) in
            try statement.bind(1, idList)
            var result: [DocumentID: DocumentSummary] = [:]
            while try statement.step() {
                let summary = Self.summary(from: statement, municipalities: &municipalities)
                result[summary.id] = summary
            }
            return result
        }
    }

    /// The external keys of these documents, keyed by id (no metadata, no text: what a TREC
    /// run prints); ids that do not exist are absent.
    public func externalKeys(_ ids: [DocumentID]) throws(DocumentStoreError) -> [DocumentID: String] {
        guard !ids.isEmpty else { return [:] }
        return try live().query("SELECT id, external_key FROM document WHERE id IN (SELECT value FROM json_each(?1))") { statement throws(DocumentStoreError) in
            try statement.bind(1, Self.jsonArray(ids))
            var result: [DocumentID: String] = [:]
            while try statement.step() { result[DocumentID(statement.int64(0))] = statement.string(1) }
            return result
        }
    }

    /// The metadata of every document, in id order: for building in-memory facet columns.
    public func allSummaries() throws(DocumentStoreError) -> [DocumentSummary] {
        let connection = try live()
        var municipalities = try loadMunicipalities(connection, idList: nil)
        return try connection.query(SQL.selectAllSummaries) { statement throws(DocumentStoreError) in
            var result: [DocumentSummary] = []
            while try statement.step() {
                result.append(Self.summary(from: statement, municipalities: &municipalities))
            }
            return result
        }
    }

    /// Every external key with its document's id and content hash, for incremental re-indexing.
    public func keyIndex() throws(DocumentStoreError) -> [String: (id: DocumentID, contentHash: String)] {
        try live().query("SELECT external_key, id, content_hash FROM document") { statement throws(DocumentStoreError) in
            var result: [String: (id: DocumentID, contentHash: String)] = [:]
            while try statement.step() {
                result[statement.string(0)] = (DocumentID(statement.int64(1)), statement.string(2))
            }
            return result
        }
    }

    /// Every document id, ascending.
    public func documentIDs() throws(DocumentStoreError) -> [DocumentID] {
        try live().query("SELECT id FROM document ORDER BY id") { statement throws(DocumentStoreError) in
            var result: [DocumentID] = []
            while try statement.step() { result.append(DocumentID(statement.int64(0))) }
            return result
        }
    }

    /// The ids of the documents that name `municipality` (exact match), ascending; uses the
    /// municipality index, for filters the engine pushes down to the store.
    public func documentIDs(municipality: String) throws(DocumentStoreError) -> [DocumentID] {
        try live().query(
            "SELECT DISTINCT document_id FROM document_municipality WHERE municipality = ?1 ORDER BY document_id"
        ) { statement throws(DocumentStoreError) in
            try statement.bind(1, municipality)
            var result: [DocumentID] = []
            while try statement.step() { result.append(DocumentID(statement.int64(0))) }
            return result
        }
    }

    /// The number of stored documents.
    public func documentCount() throws(DocumentStoreError) -> Int {
        try live().query("SELECT count(*) FROM document") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.int(0) : 0
        }
    }

    /// The index manifest last set with `WriteTransaction.setManifest`; `nil` before the first.
    /// Throws `corrupt` when the body no longer matches the checksum stored with it (a manifest
    /// stored before schema v3 has none and is returned unverified).
    public func manifest() throws(DocumentStoreError) -> (generation: Int64, body: Data)? {
        let connection = try live()
        return try connection.query("SELECT generation, body, checksum FROM index_manifest WHERE singleton = 1") { statement throws(DocumentStoreError) in
            guard try statement.step() else { return nil }
            let (generation, body) = (statement.int64(0), statement.data(1))
            if !statement.isNull(2) {
                let stored = statement.int64(2)
                let computed = ManifestChecksum.of(body)
                guard stored == computed else {
                    throw DocumentStoreError(
                        code: .corrupt,
                        message: "Indeksmanifestet (segmentlisten, generasjon \(generation)) i «\(connection.path)» er skadet: sjekksummen stemmer ikke (lagret \(Self.hex(stored)), beregnet \(Self.hex(computed))). Gjenopprett indeksen fra en sikkerhetskopi (`kommunesok backup`), eller bygg den på nytt med `kommunesok index --rebuild`.")
                }
            }
            return (generation, body)
        }
    }

    /// Whether the stored manifest has a checksum (false before the first commit of schema v3).
    public func manifestHasChecksum() throws(DocumentStoreError) -> Bool {
        try live().query("SELECT checksum IS NOT NULL FROM index_manifest WHERE singleton = 1") { statement throws(DocumentStoreError) in
            try statement.step() ? statement.int64(0) != 0 : false
        }
    }

    /// A checksum as 16 hex digits, for messages.
    static func hex(_ value: Int64) -> String {
        let digits = String(UInt64(bitPattern: value), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The original uploaded bytes of a document; `nil` if none were kept or there is no such document.
    public func originalFile(_ id: DocumentID) throws(DocumentStoreError) -> Data? {
        try live().query("SELECT bytes FROM original_file WHERE document_id = ?1") { statement throws(DocumentStoreError) in
            try statement.bind(1, id.rawValue)
            return try statement.step() ? statement.data(0) : nil
        }
    }

    // MARK: Row decoding

    /// Municipalities per document, for the ids in `idList` (a JSON array) or for all documents.
    func loadMunicipalities(_ connection: Connection, idList: String?) throws(DocumentStoreError) -> [DocumentID: [String]] {
        let sql = idList == nil ? SQL.selectAllMunicipalities : SQL.selectMunicipalities
        return try connection.query(sql) { statement throws(DocumentStoreError) in
            if let idList { try statement.bind(1, idList) }
            var result: [DocumentID: [String]] = [:]
            while try statement.step() {
                result[DocumentID(statement.int64(0)), default: []].append(statement.string(1))
            }
            return result
        }
    }

    static func summary(from statement: Statement, municipalities: inout [DocumentID: [String]]) -> DocumentSummary {
        let id = DocumentID(statement.int64(0))
        return DocumentSummary(
            id: id, externalKey: statement.string(1), title: statement.string(2),
            documentType: statement.optionalString(3), municipalities: municipalities.removeValue(forKey: id) ?? [],
            date: statement.optionalString(4), author: statement.optionalString(5),
            createdAt: statement.optionalString(6), modifiedAt: statement.optionalString(7),
            language: statement.optionalString(8), sourceFormat: statement.string(9),
            sourcePath: statement.optionalString(10), contentHash: statement.string(11),
            byteSize: statement.int(12), pageCount: statement.optionalInt(13),
            hasOriginalFile: statement.int64(14) != 0, indexedAt: statement.string(15))
    }

    /// `[1,2,3]`: how a list of ids is bound to one parameter and unpacked with `json_each`,
    /// so that a batch of any size is one prepared (and cached) statement.
    static func jsonArray(_ ids: [DocumentID]) -> String {
        "[" + ids.map { String($0.rawValue) }.joined(separator: ",") + "]"
    }
}

@available(*, unavailable, message: "a transaction belongs to the thread running its closure")
extension ReadTransaction: Sendable {}
