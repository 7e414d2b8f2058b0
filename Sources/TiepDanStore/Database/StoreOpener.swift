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

    /// Opens the store and applies pending migrations. A PostgreSQL request waits at most `patience` for a busy server
    /// (a server that is not there at all is noticed within seconds).
    public static func open(
        _ location: DatabaseLocation,
        for purpose: Purpose,
        patience: Duration = .seconds(15),
        logger: Logger
    ) async throws -> any Store {
        let store: any Store
        switch location {
        case .sqlite(let path):
            store = try await SQLiteStore.open(path: path, exclusive: purpose == .serve, logger: logger)
        case .postgres(let url):
            store = try await PostgresStore.open(url: url, limit: patience, logger: logger)
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
