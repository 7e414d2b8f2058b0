import Foundation
public import Logging
import SQLKit

/// Applies pending migrations, each in its own transaction, safely from several processes at once.
public struct Migrator: Sendable {
    let store: any Store
    let logger: Logger
    let migrations: [Migration]

    /// A migrator for `store` with the shipped migrations.
    public init(store: any Store, logger: Logger) {
        self.init(store: store, logger: logger, migrations: Migrations.all)
    }

    init(store: any Store, logger: Logger, migrations: [Migration]) {
        self.store = store
        self.logger = logger
        self.migrations = migrations
    }

    /// Applies what is pending and returns the versions it applied.
    @discardableResult
    public func migrate() async throws -> [Int] {
        try await store.transaction { database in
            try await database.raw("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)
                """).run()
        }
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

    private func apply(_ migration: Migration) async throws -> Bool {
        let engine = store.engine
        return try await store.transaction { database in
            if engine == .postgres {
                // Two instances starting together: the second waits, then finds the work done.
                try await database.raw("SELECT pg_advisory_xact_lock(\(bind: 7_421_001))").run()
            }
            let done = try await database.raw(
                "SELECT 1 AS done FROM schema_migrations WHERE version = \(bind: migration.version)"
            ).first()
            guard done == nil else { return false }
            for statement in migration.statements {
                try await database.raw(SQLQueryString(statement.sql(for: engine))).run()
            }
            try await database.raw("""
                INSERT INTO schema_migrations (version, name, applied_at)
                VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Int64(Date().timeIntervalSince1970)))
                """).run()
            return true
        }
    }
}
