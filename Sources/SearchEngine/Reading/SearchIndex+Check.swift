internal import DocumentStore
internal import Foundation
internal import IndexStorage
internal import InvertedIndex

extension SearchIndex {
    /// How many damaged documents `check` names one by one; the rest are counted. Enough to
    /// see a pattern (one row, one page, everything) without a wall of text for a ruined file.
    static let checkNamedDocumentLimit = 20

    /// Everything `kommunesok check` verifies, naming each damage it finds:
    ///
    /// 1. the write-ahead log: damage SQLite would silently skip, losing commits (`WALDamage`);
    /// 2. the database file: SQLite's `PRAGMA integrity_check`;
    /// 3. every stored document against its checksum (text and metadata, schema v3);
    /// 4. the manifest: its checksum, and that every file it names is on disk (files on disk
    ///    it does not name are listed as notes: leftovers of an interrupted write, removed by
    ///    the next writer);
    /// 5. every segment in depth, and segments, manifest and store against each other
    ///    (`IndexSnapshot.check`).
    public func check() -> IntegrityReport {
        var report = IntegrityReport()
        checkStore(&report)
        let manifest: SegmentManifest
        do {
            manifest = try store.read { tx in try committedManifest(tx) }
            report.generation = manifest.generation
            if try store.read({ try $0.manifestHasChecksum() }) == false, !manifest.segments.isEmpty {
                report.notes.append("Manifestet ble lagret av en eldre versjon og har ingen sjekksum ennå; det får en ved neste endring av indeksen.")
            }
        } catch {
            report.problems.append(SearchEngineError.wrap(error).message)
            return report
        }
        let onDisk: Set<String>
        do {
            onDisk = Set(try directory.listFiles().filter(SegmentManifest.isIndexFile))
        } catch {
            report.problems.append(error.message)
            return report
        }
        let referenced = manifest.referencedFiles
        let missing = referenced.subtracting(onDisk).sorted()
        for name in missing {
            report.problems.append("Segmentfilen \(directory.path)/\(name) mangler, men manifestet (generasjon \(manifest.generation)) trenger den. Gjenopprett indeksen fra en sikkerhetskopi, eller bygg den på nytt med `kommunesok index --rebuild`.")
        }
        report.orphanFiles = onDisk.subtracting(referenced).filter { !$0.hasSuffix(".tmp") }.sorted()
        if !report.orphanFiles.isEmpty {
            report.notes.append("\(report.orphanFiles.count) filer i \(directory.path) er ikke med i manifestet (\(report.orphanFiles.prefix(10).joined(separator: ", "))): rester etter en avbrutt skriving, som slettes neste gang indeksen skrives til. Meldes det samtidig skade i -wal-filen, er de spor etter tapte commits.")
        }
        guard missing.isEmpty else { return report }
        do {
            let deep = try snapshot().check()
            report.segments = deep.segments
            report.postings = deep.postings
            report.liveDocuments = deep.liveDocuments
            report.storedDocuments = deep.storedDocuments
            report.generation = deep.generation
            report.problems += deep.problems
        } catch {
            report.problems.append(error.message)
        }
        return report
    }

    /// Steps 1–3 of `check`: the WAL, SQLite's own check, the document checksums.
    private func checkStore(_ report: inout IntegrityReport) {
        do {
            if let damage = try store.inspectWriteAheadLog() {
                // The next close or write overwrites the log: keep its frames for a rescue.
                let kept = store.path + "-wal.skadet"
                let saved = FileManager.default.fileExists(atPath: kept) || (try? FileManager.default.copyItem(atPath: store.path + "-wal", toPath: kept)) != nil
                report.problems.append("Loggfilen \(store.path)-wal er skadet fra ramme \(damage.firstBadFrame): SQLite hopper over den og \(damage.framesLost) rammer etter den, med \(damage.commitsLost) fullførte commits, så dokumentlageret viser en eldre tilstand enn den som ble lagret\(saved ? " (loggfilen er kopiert til \(kept))" : ""). Ikke skriv til indeksen; gjenopprett fra en sikkerhetskopi, eller bygg indeksen på nytt med `kommunesok index --rebuild`.")
            }
            let findings = try store.read { try $0.integrityCheck() }
            if !findings.isEmpty {
                report.problems.append("Databasefilen \(store.path) er skadet (SQLite integrity_check): \(findings.prefix(5).joined(separator: "; ")). Gjenopprett fra en sikkerhetskopi, eller bygg indeksen på nytt med `kommunesok index --rebuild`.")
            }
            let verification = try store.read { try $0.verifyDocuments() }
            report.verifiedDocuments = verification.verified
            report.unverifiedDocuments = verification.unverified
            for damaged in verification.damaged.prefix(Self.checkNamedDocumentLimit) {
                report.problems.append(damaged.error.message)
            }
            if verification.damaged.count > Self.checkNamedDocumentLimit {
                report.problems.append("… og \(verification.damaged.count - Self.checkNamedDocumentLimit) skadede dokumenter til.")
            }
            if verification.unverified > 0 {
                report.notes.append("\(verification.unverified) dokumenter ble lagret av en eldre versjon uten sjekksum og kan ikke kontrolleres; de får sjekksum når de indekseres på nytt.")
            }
        } catch {
            report.problems.append("Dokumentlageret \(store.path) kan ikke leses: \(SearchEngineError.wrap(error).message)")
        }
    }
}
