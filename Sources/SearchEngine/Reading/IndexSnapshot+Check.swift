internal import QueryEngine
internal import DocumentStore
internal import InvertedIndex
internal import SearchCore

/// What `check` found.
public struct IntegrityReport: Sendable {
    /// The commit (manifest generation) that was checked; nil when the manifest is unreadable.
    public var generation: Int64?
    public var segments = 0
    public var postings = 0
    public var liveDocuments = 0
    public var storedDocuments = 0
    /// Stored documents whose checksum matched.
    public var verifiedDocuments = 0
    /// Stored documents without a checksum (stored before schema v3), not verifiable.
    public var unverifiedDocuments = 0
    /// Index files on disk that the manifest does not name (not counting `.tmp` files).
    public var orphanFiles: [String] = []
    /// Problems found, each naming the file or document and what to do.
    public var problems: [String] = []
    /// Findings that are not damage (leftover files, unverifiable old documents), in Norwegian.
    public var notes: [String] = []
    public var isHealthy: Bool { problems.isEmpty }
}

extension IndexSnapshot {
    /// Verifies every segment in depth and that the segments, the manifest and the document
    /// store agree: each segment holds the documents the manifest says, every live indexed
    /// document is stored, and every stored document is indexed.
    public func check() -> IntegrityReport {
        var report = IntegrityReport()
        report.generation = manifest.generation
        var indexed = Set<DocumentID>()
        for (view, entry) in zip(searcher.segments, manifest.segments) {
            report.segments += 1
            do {
                report.postings += try view.reader.verify()
            } catch {
                report.problems.append(error.message)
            }
            if view.reader.documentCount != entry.documentCount || (view.deletions?.deletedCount ?? 0) != entry.deletedCount {
                report.problems.append("Manifestet og segmentfilen \(entry.fileName) er uenige: manifestet sier \(entry.documentCount) dokumenter (\(entry.deletedCount) slettet), filen har \(view.reader.documentCount) (\(view.deletions?.deletedCount ?? 0) slettet). Gjenopprett fra sikkerhetskopi, eller bygg indeksen på nytt med `kommunesok index --rebuild`.")
            }
            for d in 0..<view.reader.documentCount where view.deletions?.contains(UInt32(d)) != true {
                let id = view.reader.documentID(UInt32(d))
                if !indexed.insert(id).inserted {
                    report.problems.append("Dokument \(id) finnes i flere segmenter. Bygg indeksen på nytt med `kommunesok index --rebuild`.")
                }
            }
        }
        report.liveDocuments = indexed.count
        if manifest.documentCount != indexed.count {
            report.problems.append("Manifestet oppgir \(manifest.documentCount) levende dokumenter, men segmentene har \(indexed.count). Gjenopprett fra sikkerhetskopi, eller bygg indeksen på nytt.")
        }
        do {
            let stored = Set(try index.store.read { try $0.documentIDs() })
            report.storedDocuments = stored.count
            let missing = indexed.subtracting(stored)
            let unindexed = stored.subtracting(indexed)
            if !missing.isEmpty {
                report.problems.append("\(missing.count) indekserte dokumenter mangler i dokumentlageret (f.eks. \(missing.sorted().prefix(3).map(\.description).joined(separator: ", "))). Bygg indeksen på nytt.")
            }
            if !unindexed.isEmpty {
                report.problems.append("\(unindexed.count) lagrede dokumenter er ikke indeksert (f.eks. \(unindexed.sorted().prefix(3).map(\.description).joined(separator: ", "))). Bygg indeksen på nytt.")
            }
        } catch {
            report.problems.append("Dokumentlageret kan ikke leses: \(error)")
        }
        return report
    }
}
