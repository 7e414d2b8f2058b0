import Foundation
import Logging
public import SQLKit
import SQLiteKit
import Synchronization

/// The embedded store: SQLite in WAL mode, one connection for transactions behind a FIFO gate, and reader
/// connections beside it, so reads run on every core while the one writer commits (WAL lets readers see the last
/// committed state without waiting for it).
///
/// Writes use `BEGIN IMMEDIATE`, so a transaction takes the write lock before it reads
/// and two processes on the same file (a server and `tiepdan users add`) never deadlock;
/// `busy_timeout` lets the second wait its turn instead of failing. Readers are `query_only`: a write sent to one
/// by mistake fails at once instead of racing the writer.
public final class SQLiteStore: Store {
    public let engine = DatabaseEngine.sqlite
    /// The database file.
    public let path: String
    private let gate: ConnectionGate<SQLiteConnection>
    private let readers: ConnectionGate<SQLiteConnection>
    private let readerCount: Int
    private let fileLock: ServeLock?
    private let availability: StoreAvailability
    private let commits = Mutex<UInt64>(0)

    /// Opens (creating when absent) the file at `path`; with `exclusive`, refuses a file another
    /// `serve` holds.
    public static func open(path: String, exclusive: Bool, logger: Logger) async throws -> SQLiteStore {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let lock = exclusive ? try ServeLock(databasePath: path) : nil
        let writer = try await connect(
            path: path,
            logger: logger,
            pragmas: [
                "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = FULL",
                "PRAGMA foreign_keys = ON",
                // What is deleted or overwritten is zeroed on disk, so an erased person's data is not left in free pages.
                "PRAGMA secure_delete = ON",
            ]
        )
        var readers: [SQLiteConnection] = []
        for _ in 0..<readerCount {
            readers.append(try await connect(path: path, logger: logger, pragmas: ["PRAGMA query_only = ON"]))
        }
        return SQLiteStore(path: path, writer: writer, readers: readers, lock: lock, logger: logger)
    }

    /// As many readers as cores, at least two: a read waits only when every core is already reading.
    static var readerCount: Int { max(2, ProcessInfo.processInfo.activeProcessorCount) }

    private static func connect(path: String, logger: Logger, pragmas: [String]) async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        for pragma in pragmas + ["PRAGMA busy_timeout = 10000"] {
            try await connection.sql(queryLogLevel: .trace).raw(SQLQueryString(pragma)).run()
        }
        return connection
    }

    private init(path: String, writer: SQLiteConnection, readers: [SQLiteConnection], lock: ServeLock?, logger: Logger) {
        self.availability = StoreAvailability(engine: .sqlite, logger: logger)
        self.path = path
        self.gate = ConnectionGate(connections: [writer])
        self.readers = ConnectionGate(connections: readers)
        self.readerCount = readers.count
        self.fileLock = lock
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await availability.guarded {
            try await readers.withConnection { connection in
                try await body(connection.sql(queryLogLevel: .trace))
            }
        }
    }

    /// A transaction; when the disk is full or fails, `StoreError.unavailable` (the transaction rolled back, nothing
    /// of it saved).
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await availability.guarded {
            let result = try await gate.withConnection { connection in
                try await connection.sql(queryLogLevel: .trace).inTransaction(begin: "BEGIN IMMEDIATE", body)
            }
            // Counted once committed, before the caller answers: the next request sees a new count.
            commits.withLock { $0 += 1 }
            return result
        }
    }

    /// `VACUUM INTO destination` on a reader: one read transaction, beside the writer. A reader is `query_only`, which
    /// refuses even a copy into another file, so that is lifted for this statement alone.
    func vacuum(into destination: String) async throws {
        try await availability.guarded {
            try await readers.withConnection { connection in
                let database = connection.sql(queryLogLevel: .trace)
                try await database.raw("PRAGMA query_only = OFF").run()
                do {
                    try await database.raw("VACUUM INTO \(bind: destination)").run()
                } catch {
                    try? await database.raw("PRAGMA query_only = ON").run()
                    throw error
                }
                try await database.raw("PRAGMA query_only = ON").run()
            }
        }
    }

    /// Transactions committed through this store.
    public var localCommits: UInt64? { commits.withLock { $0 } }

    /// Not ready below this much free space: small writes may still fit, but a citizen's question or a document may
    /// not, and the operator should act before they fail.
    static let minimumFreeBytes: UInt64 = 16 << 20

    /// A nearly full disk under the database file.
    public func readinessProblem() -> String? {
        var status = statvfs()
        let directory = (path as NSString).deletingLastPathComponent
        guard statvfs(directory.isEmpty ? "." : directory, &status) == 0 else { return nil }
        let free = UInt64(status.f_bavail) * UInt64(status.f_frsize)
        guard free < Self.minimumFreeBytes else { return nil }
        return "the disk is full: \(free >> 10) KiB free under the database (at least \(Self.minimumFreeBytes >> 20) MiB wanted)"
    }

    public func close() async throws {
        for connection in await readers.drain(expecting: readerCount) {
            try await connection.close()
        }
        for connection in await gate.drain(expecting: 1) {
            try? await connection.sql().raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            try await connection.close()
        }
        fileLock?.release()
    }
}
