public import Logging

/// Opens the store a location names and brings its schema up to date.
public enum StoreOpener {
    /// How the caller will use the database.
    public enum Purpose: Sendable {
        /// `tiepdan serve`: one server per SQLite file.
        case serve
        /// Admin commands, which may run beside a server.
        case admin
    }

    /// Opens the store and applies pending migrations.
    public static func open(
        _ location: DatabaseLocation,
        for purpose: Purpose,
        logger: Logger
    ) async throws -> any Store {
        let store: any Store
        switch location {
        case .sqlite(let path):
            store = try await SQLiteStore.open(path: path, exclusive: purpose == .serve, logger: logger)
        case .postgres(let url):
            store = try await PostgresStore.open(url: url, logger: logger)
        }
        do {
            try await Migrator(store: store, logger: logger).migrate()
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }
}
