import Logging
import NIOPosix
import PostgresKit
public import SQLKit

/// The store for several app instances: a small pool of PostgreSQL connections.
public final class PostgresStore: Store {
    public let engine = DatabaseEngine.postgres
    private let gate: ConnectionGate<PostgresConnection>
    private let size: Int

    /// Connects `size` connections to the server named by `url`.
    public static func open(url: String, size: Int = 4, logger: Logger) async throws -> PostgresStore {
        let configuration = try SQLPostgresConfiguration(url: url)
        var connections: [PostgresConnection] = []
        do {
            for id in 0..<size {
                connections.append(
                    try await PostgresConnection.connect(
                        configuration: configuration.coreConfiguration,
                        id: id,
                        logger: logger
                    )
                )
            }
        } catch {
            for connection in connections { try? await connection.close() }
            throw error
        }
        return PostgresStore(connections: connections)
    }

    private init(connections: [PostgresConnection]) {
        self.gate = ConnectionGate(connections: connections)
        self.size = connections.count
    }

    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.withConnection { connection in
            try await body(connection.sql(queryLogLevel: .trace))
        }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.withConnection { connection in
            try await connection.sql(queryLogLevel: .trace).inTransaction(begin: "BEGIN", body)
        }
    }

    public func close() async throws {
        for connection in await gate.drain(expecting: size) {
            try await connection.close()
        }
    }
}
