import Foundation
import SQLKit
import Testing
import TiepDanTestSupport

@testable import TiepDanStore

extension StoreScenarios {
    /// The shipped migrations with the one numbered `version` edited, as a later change to its file would.
    static func editing(_ version: Int) -> [Migration] {
        Migrations.all.map { migration in
            guard migration.version == version else { return migration }
            let statements = migration.statements + [.shared("CREATE INDEX edited_later ON bookings (status)")]
            return Migration(
                version: migration.version,
                name: migration.name,
                statements: statements,
                fileID: "TiepDanStore/" + migration.file.split(separator: "/").last!
            )
        }
    }

    static let migrations: [StoreScenario] = [
        StoreScenario(name: "each migration lives in its own numbered file and records a checksum when applied") { (store: any Store) async throws in
            #expect(Migrations.all.map(\.version) == Array(1...Migrations.all.count))
            #expect(Set(Migrations.all.map(\.file)).count == Migrations.all.count)
            for migration in Migrations.all {
                #expect(migration.file.hasPrefix(String(format: "Sources/TiepDanStore/Migrations/Migrations+%03d", migration.version)))
            }
            let recorded = try await store.read { database in
                try await database.raw("SELECT version, checksum FROM schema_migrations ORDER BY version").all()
                    .map { (try $0.decode(column: "version", as: Int.self), try $0.decode(column: "checksum", as: String.self)) }
            }
            #expect(recorded.map(\.0) == Migrations.all.map(\.version))
            #expect(recorded.map(\.1) == Migrations.all.map(\.checksum))
        },
        StoreScenario(name: "an applied migration edited afterwards stops the migrator, naming its file, and changes nothing") {
            (store: any Store) async throws in
            let pending = Migration(version: 99, name: "pending", statements: [.shared("CREATE TABLE pending_table (id TEXT)")])
            let edited = Migrator(store: store, logger: TestDatabase.logger, migrations: editing(3) + [pending])
            do {
                try await edited.migrate()
                Issue.record("an edited migration must be refused")
            } catch let error as MigrationChangedError {
                #expect(error.version == 3)
                #expect(error.description.contains("Sources/TiepDanStore/Migrations/Migrations+003Bookings.swift"))
            }
            // Nothing pending was applied on top of the changed schema.
            #expect(try await Migrator(store: store, logger: TestDatabase.logger).appliedVersions() == Migrations.all.map(\.version))
            // The shipped files still match: the same database opens as before.
            #expect(try await Migrator(store: store, logger: TestDatabase.logger).migrate() == [])
        },
        StoreScenario(name: "a database from before checksums adopts them once, then guards them") { (store: any Store) async throws in
            try await store.transaction { try await $0.raw("UPDATE schema_migrations SET checksum = NULL").run() }
            #expect(try await Migrator(store: store, logger: TestDatabase.logger).migrate() == [])
            let missing = try await store.read { database in
                try await database.raw("SELECT COUNT(*) AS n FROM schema_migrations WHERE checksum IS NULL").first()?
                    .decode(column: "n", as: Int.self)
            }
            #expect(missing == 0)
            await #expect(throws: MigrationChangedError.self) {
                try await Migrator(store: store, logger: TestDatabase.logger, migrations: editing(8)).migrate()
            }
        },
    ]
}
