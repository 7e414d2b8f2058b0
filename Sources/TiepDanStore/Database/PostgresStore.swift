import Logging
import NIOSSL
import PostgresKit
public import SQLKit

/// The store for several app instances: a pool of PostgreSQL connections (postgres-nio's `PostgresClient`) that
/// reconnects after the server restarts or fails over. Every use has a time limit, so while the server is away
/// requests end with `StoreError.unavailable` (503) within seconds instead of waiting; the outage is logged once.
public final class PostgresStore: Store {
    public let engine = DatabaseEngine.postgres
    private let client: PostgresClient
    private let running: Task<Void, Never>
    private let availability: StoreAvailability
    /// How long a request waits for a connection and its statements before giving up, when the server is there.
    private let limit: Duration
    /// Asked about a request that waits longer than a second: is the server there at all?
    private let reachability: ServerReachability

    /// A pool of at most `size` connections to the server named by `url`, checked once before it is returned.
    public static func open(url: String, size: Int = 8, limit: Duration = .seconds(15), logger: Logger) async throws -> PostgresStore {
        let core = try SQLPostgresConfiguration(url: url).coreConfiguration
        let tls: PostgresClient.Configuration.TLS =
            core.tls.isEnforced ? .require(.makeClientConfiguration()) : core.tls.isAllowed ? .prefer(.makeClientConfiguration()) : .disable
        var configuration =
            if let socket = core.unixSocketPath {
                PostgresClient.Configuration(unixSocketPath: socket, username: core.username, password: core.password, database: core.database)
            } else {
                PostgresClient.Configuration(
                    host: core.host ?? "localhost",
                    port: core.port ?? 5432,
                    username: core.username,
                    password: core.password,
                    database: core.database,
                    tls: tls
                )
            }
        configuration.options.maximumConnections = size
        configuration.options.connectTimeout = .seconds(4)
        // The server ends a statement that runs away, whatever the client does: no later than the request waiting for it
        // gives up (15 s in service; the test scenarios' hundreds of racing transactions on a busy machine wait longer).
        let milliseconds = limit.components.seconds * 1000 + limit.components.attoseconds / 1_000_000_000_000_000
        configuration.options.additionalStartupParameters = [("statement_timeout", String(milliseconds))]
        // The pool retries a lost server every few seconds; each failed attempt is not worth a log line (the store logs
        // the outage once), a lasting problem is.
        var background = logger
        background.logLevel = max(logger.logLevel, .warning)
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        let reachability = ServerReachability(
            address: core.unixSocketPath.map { .unixSocket($0) } ?? .host(core.host ?? "localhost", port: core.port ?? 5432),
            group: PostgresClient.defaultEventLoopGroup,
            // A refused or unreachable address answers at once; a connect still pending after 3 s says nothing (a full
            // queue of connections is as silent as a vanished host), so the probe stops waiting and the request waits on.
            timeout: .seconds(3)
        )
        let store = PostgresStore(client: client, limit: limit, reachability: reachability, logger: logger)
        do {
            _ = try await store.read { try await $0.raw("SELECT 1 AS ok").first() }
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }

    private init(client: PostgresClient, limit: Duration, reachability: ServerReachability, logger: Logger) {
        self.client = client
        self.reachability = reachability
        self.limit = limit
        self.availability = StoreAvailability(engine: .postgres, logger: logger)
        self.running = Task { await client.run() }
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await availability.guarded {
            try await Deadline.run(within: limit, "a database read", watchdog: watchdog) {
                try await self.client.withConnection { connection in
                    try await body(connection.sql(queryLogLevel: .trace))
                }
            }
        }
    }

    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await availability.guarded {
            try await Deadline.run(within: limit, "a database transaction", watchdog: watchdog) {
                try await self.client.withConnection { connection in
                    try await connection.sql(queryLogLevel: .trace).inTransaction(begin: "BEGIN", body)
                }
            }
        }
    }

    /// A request waiting over a second asks whether the server is there at all: if not, it ends at once with 503
    /// rather than waiting out the limit meant for a busy server.
    private var watchdog: (after: Duration, unreachable: @Sendable () async -> String?) {
        (.seconds(1), { [reachability] in await reachability.unreachable() })
    }

    /// Nothing to see from here: the server's disk is its own, and `/readyz`'s write finds out.
    public func readinessProblem() -> String? { nil }

    public func close() async throws {
        running.cancel()
        await running.value
    }
}
