import Foundation
import Logging
public import SQLKit

/// The embedded store: SQLite in WAL mode, one writer that commits many requests' transactions together, and reader
/// connections beside it, so reads run on every core while the writer commits (WAL lets readers see the last
/// committed state without waiting for it). Each connection has a thread of its own and its statements prepared once.
///
/// Writes use `BEGIN IMMEDIATE`, so a transaction takes the write lock before it reads
/// and two processes on the same file (a server and `tiepdan users add`) never deadlock;
/// `busy_timeout` lets the second wait its turn instead of failing. Readers are `query_only`: a write sent to one
/// by mistake fails at once instead of racing the writer.
public final class SQLiteStore: Store {
    public let engine = DatabaseEngine.sqlite
    /// The database file.
    public let path: String
    private let writer: SQLiteWriter
    private let readers: ConnectionGate<SQLiteThreadedConnection>
    private let readerCount: Int
    private let fileLock: ServeLock?
    private let availability: StoreAvailability

    /// Opens (creating when absent) the file at `path`; with `exclusive`, refuses a file another
    /// `serve` holds. `syncingWAL` makes the WAL durable before a write is answered (`SQLiteWriter`); a test may hold it.
    public static func open(
        path: String,
        exclusive: Bool,
        logger: Logger,
        syncingWAL: (@Sendable () throws -> Void)? = nil
    ) async throws -> SQLiteStore {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let lock = exclusive ? try ServeLock(databasePath: path) : nil
        var opened: [SQLiteThreadedConnection] = []
        do {
            let writer = try await connect(
                path: path,
                thread: "sqlite-writer",
                pragmas: [
                    "PRAGMA journal_mode = WAL",
                    // SQLite syncs around checkpoints alone; the writer syncs the WAL after each commit, apart, and
                    // answers no write before (`SQLiteWriter`).
                    "PRAGMA synchronous = NORMAL",
                    "PRAGMA foreign_keys = ON",
                    // What is deleted or overwritten is zeroed on disk, so an erased person's data is not left in free pages.
                    "PRAGMA secure_delete = ON",
                    // A province's first sync dirties 16,000 pages: with SQLite's 2 MiB they were spilled to the WAL and
                    // read back again and again. 16 MiB holds the pages a batch touches.
                    "PRAGMA cache_size = -16384",
                    // Each statement keeps a journal to undo itself alone; in memory rather than a file in /var/tmp.
                    "PRAGMA temp_store = MEMORY",
                ],
                logger: logger
            )
            opened.append(writer)
            for index in 0..<readerCount {
                opened.append(try await connect(path: path, thread: "sqlite-reader-\(index)", pragmas: ["PRAGMA query_only = ON"], logger: logger))
            }
            return SQLiteStore(
                path: path,
                writer: SQLiteWriter(
                    database: writer.database,
                    thread: writer.thread,
                    sync: syncingWAL ?? SQLiteWriter.syncingWAL(of: path)
                ),
                readers: Array(opened.dropFirst()),
                lock: lock,
                logger: logger
            )
        } catch {
            for connection in opened {
                connection.connection.close()
                connection.thread.stop()
            }
            lock?.release()
            throw error
        }
    }

    /// As many readers as cores, at least two: a read waits only when every core is already reading.
    static var readerCount: Int { max(2, ProcessInfo.processInfo.activeProcessorCount) }

    /// A connection on a thread of its own, opened there (opening writes: the WAL set up, the schema read), its thread
    /// stopped again when the connection cannot be opened.
    private static func connect(path: String, thread name: String, pragmas: [String], logger: Logger) async throws -> SQLiteThreadedConnection {
        let thread = SQLiteThread(name: name)
        do {
            let connection = try await withTaskExecutorPreference(thread) {
                let connection = try SQLiteConnection(path: path)
                for pragma in pragmas { try connection.execute(pragma) }
                return connection
            }
            return SQLiteThreadedConnection(database: SQLiteDatabase(connection: connection, logger: logger), thread: thread)
        } catch {
            thread.stop()
            throw error
        }
    }

    private init(path: String, writer: SQLiteWriter, readers: [SQLiteThreadedConnection], lock: ServeLock?, logger: Logger) {
        self.availability = StoreAvailability(engine: .sqlite, logger: logger)
        self.path = path
        self.writer = writer
        self.readers = ConnectionGate(connections: readers)
        self.readerCount = readers.count
        self.fileLock = lock
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await availability.guarded {
            try await readers.withConnection { reader in
                try await withTaskExecutorPreference(reader.thread) { try await body(reader.database) }
            }
        }
    }

    /// A transaction, committed with those of other requests that arrived meanwhile; when the disk is full or fails,
    /// `StoreError.unavailable` (the transaction rolled back, nothing of it saved).
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await availability.guarded { try await writer.transaction(body) }
    }

    /// `VACUUM INTO destination` on a reader: one read transaction, beside the writer. A reader is `query_only`, which
    /// refuses even a copy into another file, so that is lifted for this statement alone.
    func vacuum(into destination: String) async throws {
        try await availability.guarded {
            try await readers.withConnection { reader in
                try await withTaskExecutorPreference(reader.thread) {
                    try reader.connection.execute("PRAGMA query_only = OFF")
                    defer { try? reader.connection.execute("PRAGMA query_only = ON") }
                    try reader.connection.execute("VACUUM INTO ?1", [.text(destination)])
                }
            }
        }
    }

    /// Transactions committed through this store.
    public var localCommits: UInt64? { writer.commits }

    /// Commits the writer made, each for one group of transactions.
    var groupsWritten: UInt64 { writer.groupsWritten }

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
        for reader in await readers.drain(expecting: readerCount) {
            await withTaskExecutorPreference(reader.thread) { reader.connection.close() }
            reader.thread.stop()
        }
        await writer.close()
        fileLock?.release()
    }
}
