import CSQLite

/// One connection to an SQLite file through the C API, with its prepared statements kept for reuse.
///
/// Not safe to use from two threads at once: the store hands each connection to one piece of work at a time (the
/// writer's queue, the readers' gate). Statements run on the caller's thread, with no hop: a write transaction of a
/// dozen statements costs a dozen `sqlite3_step`s, not a dozen trips to a thread pool.
final class SQLiteConnection: @unchecked Sendable {
    private var handle: OpaquePointer?
    private var statements: [String: SQLiteStatement] = [:]
    /// Statements with their binds that the open transaction's work left to run once before it commits (see
    /// `SQLiteWriter`), in the order they were left.
    var deferred: [(sql: String, binds: [SQLiteValue])] = []

    /// Prepared statements kept at most: a query whose text varies (an `IN` list of any length) would otherwise keep
    /// one per length for ever.
    static let keptStatements = 256

    /// Set once, before the first connection of the process: SQLite's allocator counts nothing and so locks nothing.
    private static let untrackedMemory: Void = { _ = tiepdan_sqlite_untracked_memory() }()

    /// Opens (creating when absent) the file at `path`, with a 10 s wait for a lock another process holds.
    init(path: String) throws {
        Self.untrackedMemory
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open \(path)"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: message)
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit { close() }

    /// Runs the first statement of `sql` with `binds` (`?1`, `?2`, …), giving each row to `onRow`.
    func execute(_ sql: String, _ binds: [SQLiteValue] = [], _ onRow: (SQLiteRow) throws -> Void = { _ in }) throws {
        let statement = try prepared(sql)
        defer { statement.reset() }
        try statement.bind(binds, on: self)
        while try statement.step(on: self) {
            try onRow(statement.row())
        }
    }

    /// Runs the first statement of `sql` once, its parameters bound by `bind` straight from the caller's values: a batch
    /// of rows is not copied into one array of binds first.
    func execute(_ sql: String, binding bind: (SQLiteStatement) throws -> Void) throws {
        let statement = try prepared(sql)
        defer { statement.reset() }
        try bind(statement)
        while try statement.step(on: self) {}
    }

    /// Runs the statements left for the commit, now, and forgets them.
    func runDeferred() throws {
        let work = deferred
        deferred.removeAll()
        for (sql, binds) in work { try execute(sql, binds) }
    }

    /// Whether a transaction is open (SQLite ends one by itself on some errors: a full disk, an I/O error).
    var inTransaction: Bool { handle.map { sqlite3_get_autocommit($0) == 0 } ?? false }

    /// The error SQLite reports for the last call on this connection.
    func lastError(_ status: Int32) -> SQLiteError {
        guard let handle else { return SQLiteError(code: status, message: "the connection is closed") }
        return SQLiteError(code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Finalises every statement and closes the file.
    func close() {
        for statement in statements.values { statement.finalize() }
        statements.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    private func prepared(_ sql: String) throws -> SQLiteStatement {
        if let statement = statements[sql] { return statement }
        guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "the connection is closed") }
        if statements.count >= Self.keptStatements {
            for statement in statements.values { statement.finalize() }
            statements.removeAll(keepingCapacity: true)
        }
        let statement = try SQLiteStatement(sql: sql, on: handle, connection: self)
        statements[sql] = statement
        return statement
    }
}
