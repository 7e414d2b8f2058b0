import ArgumentParser
import TiepDanStore

/// `tiepdan migrate`: applies pending migrations and exits.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations and exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CommandFailure.reporting {
            let logger = LogSetup.logger("tiepdan.migrate")
            let store = try await StoreOpener.open(try database.location(), for: .admin, logger: logger)
            let versions = try await Migrator(store: store, logger: logger).appliedVersions()
            try await store.close()
            print("schema at version \(versions.last ?? 0) (\(versions.count) migrations applied)")
        }
    }
}
