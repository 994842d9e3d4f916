extension Connection {
    /// Brings the file's schema up to `Migration.currentVersion`, or refuses a file from the
    /// future. Runs all pending migrations in one `BEGIN IMMEDIATE` transaction, so a failed
    /// upgrade leaves the file as it was and two processes opening an old file at once do not
    /// both migrate it (the second re-reads the version under the write lock).
    func migrate(_ migrations: [Migration] = Migration.all) throws(DocumentStoreError) {
        let target = migrations.last?.version ?? 0
        let found = try pragmaInteger("user_version")
        try Self.checkNotFromFuture(found: found, supported: target, path: path)
        guard found < target else { return }

        try execute("BEGIN IMMEDIATE")
        do {
            let version = try pragmaInteger("user_version")
            try Self.checkNotFromFuture(found: version, supported: target, path: path)
            for migration in migrations where migration.version > version {
                try execute(migration.sql)
                try execute("PRAGMA user_version = \(migration.version)")
            }
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw DocumentStoreError(
                code: error.code == .busy ? .busy : .migrationFailed,
                message: "Kunne ikke oppgradere databasen «\(path)» fra skjemaversjon \(found) til \(target); filen er uendret. \(error.message)",
                sqliteMessage: error.sqliteMessage, sqliteResultCode: error.sqliteResultCode)
        }
    }

    static func checkNotFromFuture(found: Int64, supported: Int64, path: String) throws(DocumentStoreError) {
        guard found > supported else { return }
        throw DocumentStoreError(
            code: .futureSchemaVersion,
            message: "Databasen «\(path)» har skjemaversjon \(found), men denne versjonen av kommunesok kjenner bare til versjon \(supported). Oppgrader kommunesok, eller bruk en annen indeksmappe.")
    }
}
