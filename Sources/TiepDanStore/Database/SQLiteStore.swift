import Foundation
import Logging
public import SQLKit
import SQLiteKit

/// The embedded store: one SQLite connection in WAL mode behind a FIFO gate.
///
/// Writes use `BEGIN IMMEDIATE`, so a transaction takes the write lock before it reads
/// and two processes on the same file (a server and `tiepdan users add`) never deadlock;
/// `busy_timeout` lets the second wait its turn instead of failing.
public final class SQLiteStore: Store {
    public let engine = DatabaseEngine.sqlite
    /// The database file.
    public let path: String
    private let connection: SQLiteConnection
    private let gate: ConnectionGate<SQLiteConnection>
    private let fileLock: ServeLock?

    /// Opens (creating when absent) the file at `path`; with `exclusive`, refuses a file another
    /// `serve` holds.
    public static func open(path: String, exclusive: Bool, logger: Logger) async throws -> SQLiteStore {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let lock = exclusive ? try ServeLock(databasePath: path) : nil
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        let database = connection.sql(queryLogLevel: .trace)
        for pragma in [
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 10000",
        ] {
            try await database.raw(SQLQueryString(pragma)).run()
        }
        return SQLiteStore(path: path, connection: connection, lock: lock)
    }

    private init(path: String, connection: SQLiteConnection, lock: ServeLock?) {
        self.path = path
        self.connection = connection
        self.gate = ConnectionGate(connections: [connection])
        self.fileLock = lock
    }

    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.withConnection { connection in
            try await body(connection.sql(queryLogLevel: .trace))
        }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.withConnection { connection in
            try await connection.sql(queryLogLevel: .trace).inTransaction(begin: "BEGIN IMMEDIATE", body)
        }
    }

    public func close() async throws {
        for connection in await gate.drain(expecting: 1) {
            try? await connection.sql().raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            try await connection.close()
        }
        fileLock?.release()
    }
}
