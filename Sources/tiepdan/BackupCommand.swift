import ArgumentParser
import TiepDanStore

/// `tiepdan backup --to FILE`: a consistent copy of the SQLite database, taken while `serve` runs.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the live SQLite database to a new file (PostgreSQL: use pg_dump). The sealing key is not in it: back it up apart."
    )

    @Option(help: "The file to write; it must not exist.") var to: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CommandFailure.reporting {
            guard case .sqlite = try database.location() else {
                throw CommandFailure("PostgreSQL is backed up with its own tools: pg_dump --format=custom --file=FILE DATABASE_URL")
            }
            let logger = LogSetup.logger("tiepdan.backup")
            guard let store = try await StoreOpener.open(try database.location(), for: .admin, logger: logger) as? SQLiteStore else { return }
            do {
                try await SQLiteBackup.backup(store, to: to)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
            print("backed up to \(to)")
        }
    }
}

/// `tiepdan restore FILE`: puts a backup in place of the SQLite database, while no `serve` runs on it.
struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replace the SQLite database by a backup (checked first); refused while a serve holds the database."
    )

    @Argument(help: "The backup file, as `tiepdan backup` wrote it.") var file: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CommandFailure.reporting {
            guard case .sqlite(let path) = try database.location() else {
                throw CommandFailure("PostgreSQL is restored with its own tools: pg_restore --clean --dbname=DATABASE_URL FILE")
            }
            let version = try await SQLiteBackup.restore(file, into: path, logger: LogSetup.logger("tiepdan.restore"))
            print("restored \(path) from \(file) (schema version \(version); serve applies newer migrations at start)")
        }
    }
}
