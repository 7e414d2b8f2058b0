import Foundation
public import Logging
import SQLKit

/// Applies pending migrations, each in its own transaction, safely from several processes at once,
/// after checking that every applied migration's file still holds what was applied.
public struct Migrator: Sendable {
    let store: any Store
    let logger: Logger
    let migrations: [Migration]
    /// The PostgreSQL advisory lock that queues instances migrating at once.
    private static let lockKey = 7_421_001

    /// A migrator for `store` with the shipped migrations.
    public init(store: any Store, logger: Logger) {
        self.init(store: store, logger: logger, migrations: Migrations.all)
    }

    init(store: any Store, logger: Logger, migrations: [Migration]) {
        self.store = store
        self.logger = logger
        self.migrations = migrations
    }

    /// Applies what is pending and returns the versions it applied; throws `MigrationChangedError`
    /// when an applied migration's file has changed since.
    @discardableResult
    public func migrate() async throws -> [Int] {
        try await prepareLedger()
        try await verifyApplied()
        var applied: [Int] = []
        for migration in migrations where try await apply(migration) {
            logger.info("applied migration", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
            applied.append(migration.version)
        }
        return applied
    }

    /// The versions recorded as applied.
    public func appliedVersions() async throws -> [Int] {
        try await store.read { database in
            try await database.raw("SELECT version FROM schema_migrations ORDER BY version")
                .all().map { try $0.decode(column: "version", as: Int.self) }
        }
    }

    /// The table of applied migrations, with the checksum column databases from before checksums lack.
    private func prepareLedger() async throws {
        let engine = store.engine
        try await store.transaction { database in
            if engine == .postgres { try await database.raw("SELECT pg_advisory_xact_lock(\(bind: Self.lockKey))").run() }
            try await database.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL, checksum TEXT)
                """
            ).run()
            switch engine {
            case .postgres:
                try await database.raw("ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum TEXT").run()
            case .sqlite:
                let columns = try await database.raw("PRAGMA table_info(schema_migrations)").all()
                    .map { try $0.decode(column: "name", as: String.self) }
                if !columns.contains("checksum") {
                    try await database.raw("ALTER TABLE schema_migrations ADD COLUMN checksum TEXT").run()
                }
            }
        }
    }

    /// Compares each applied migration with its file; one applied before checksums existed is trusted
    /// once and its checksum recorded.
    private func verifyApplied() async throws {
        let migrations = self.migrations
        try await store.transaction { database in
            let rows = try await database.raw("SELECT version, checksum FROM schema_migrations").all()
            for row in rows {
                let version = try row.decode(column: "version", as: Int.self)
                guard let migration = migrations.first(where: { $0.version == version }) else { continue }
                switch try row.decode(column: "checksum", as: String?.self) {
                case nil:
                    try await database.raw(
                        """
                        UPDATE schema_migrations SET checksum = \(bind: migration.checksum)
                        WHERE version = \(bind: version) AND checksum IS NULL
                        """
                    ).run()
                case migration.checksum?:
                    continue
                case _?:
                    throw MigrationChangedError(version: version, file: migration.file)
                }
            }
        }
    }

    private func apply(_ migration: Migration) async throws -> Bool {
        let engine = store.engine
        return try await store.transaction { database in
            if engine == .postgres {
                // Two instances starting together: the second waits, then finds the work done.
                try await database.raw("SELECT pg_advisory_xact_lock(\(bind: Self.lockKey))").run()
            }
            let done = try await database.raw(
                "SELECT 1 AS done FROM schema_migrations WHERE version = \(bind: migration.version)"
            ).first()
            guard done == nil else { return false }
            for statement in migration.statements.map({ $0.sql(for: engine) }) where !statement.isEmpty {
                try await database.raw(SQLQueryString(statement)).run()
            }
            try await database.raw(
                """
                INSERT INTO schema_migrations (version, name, applied_at, checksum)
                VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Int64(Date().timeIntervalSince1970)),
                        \(bind: migration.checksum))
                """
            ).run()
            return true
        }
    }
}
