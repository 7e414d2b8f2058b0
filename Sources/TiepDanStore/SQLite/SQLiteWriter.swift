import Dispatch
import SQLKit
import Synchronization

/// The one writer of an SQLite file, committing the transactions of many requests together (group commit).
///
/// Requests that arrive while a group is being written wait; the next group takes them all (at most `largestGroup`),
/// runs each in a savepoint of one `BEGIN IMMEDIATE` transaction on the writer's own thread, and commits once. Each
/// request is answered only after that commit is durable (`synchronous = FULL`), with its own outcome: a request whose
/// work fails is rolled back to its savepoint and gets its error while the others' work lands. One fsync serves the
/// whole group, and a lone request pays for no savepoint.
///
/// A request may leave statements to run once the whole group's work is done (`SQLiteDatabase.beforeCommit`): they run
/// after the last savepoint, before the commit, unless the request that left them failed.
final class SQLiteWriter: Sendable {
    private let connection: SQLiteConnection
    private let database: SQLiteDatabase
    private let thread: SQLiteThread
    private let state = Mutex(State())
    private let committed = Mutex<UInt64>(0)
    private let groups = Mutex<UInt64>(0)

    /// Requests written in one transaction at most, so that one commit does not keep the first of them waiting long.
    static let largestGroup = 128

    private struct State {
        var waiting: [Job] = []
        var writing = false
        var closed = false
    }

    /// One request's transaction, its result kept by `work` and its caller answered by `finish`.
    private struct Job: Sendable {
        let work: @Sendable (any SQLDatabase) async throws -> Void
        let finish: @Sendable ((any Error)?) -> Void
    }

    init(database: SQLiteDatabase, thread: SQLiteThread) {
        self.connection = database.connection
        self.database = database
        self.thread = thread
    }

    /// Transactions committed so far.
    var commits: UInt64 { committed.withLock { $0 } }

    /// Groups committed so far (each one `COMMIT`).
    var groupsWritten: UInt64 { groups.withLock { $0 } }

    /// Runs `body` in a transaction and answers once it is committed, or with the error that kept it from being.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let result = Mutex<T?>(nil)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let job = Job(
                work: { database in
                    let value = try await body(database)
                    result.withLock { $0 = value }
                },
                finish: { error in
                    if let error { continuation.resume(throwing: error) } else { continuation.resume() }
                }
            )
            let start = state.withLock { state -> Bool? in
                guard !state.closed else { return nil }
                state.waiting.append(job)
                defer { state.writing = true }
                return !state.writing
            }
            switch start {
            case nil: continuation.resume(throwing: StoreError.closed)
            case true?: Task(executorPreference: thread) { await self.writeWaitingGroups() }
            case false?: break
            }
        }
        return result.withLock { $0 }!
    }

    /// Refuses new work, waits for the groups under way and closes the connection after a checkpoint.
    func close() async {
        state.withLock { $0.closed = true }
        while state.withLock({ $0.writing }) { try? await Task.sleep(for: .milliseconds(5)) }
        await withTaskExecutorPreference(thread) {
            // The WAL folded into the file, so a copy of the file alone (or a reader of it) has every write.
            try? connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()
        }
        thread.stop()
    }

    private func writeWaitingGroups() async {
        while true {
            let group = state.withLock { state -> [Job] in
                let count = min(state.waiting.count, Self.largestGroup)
                if count == 0 { state.writing = false }
                defer { state.waiting.removeFirst(count) }
                return Array(state.waiting.prefix(count))
            }
            guard !group.isEmpty else { return }
            await write(group)
        }
    }

    private func write(_ group: [Job]) async {
        do {
            try connection.execute("BEGIN IMMEDIATE")
        } catch {
            for job in group { job.finish(error) }
            return
        }
        let alone = group.count == 1
        var failures: [(any Error)?] = Array(repeating: nil, count: group.count)
        for (index, job) in group.enumerated() {
            // What the group had left before this request: what the request leaves goes with its savepoint.
            let deferred = connection.deferred
            do {
                if !alone { try connection.execute("SAVEPOINT request") }
                try await job.work(database)
                if !alone { try connection.execute("RELEASE request") }
            } catch {
                failures[index] = error
                // SQLite ends the transaction by itself on some errors (a full disk, an I/O error): the work of the
                // group before this one went with it, and the rest would meet the same disk.
                guard !alone, connection.inTransaction else { return abandon(group, error) }
                do {
                    try connection.execute("ROLLBACK TO request")
                    try connection.execute("RELEASE request")
                    connection.deferred = deferred
                } catch {
                    return abandon(group, error)
                }
            }
        }
        do {
            try connection.runDeferred()
            try connection.execute("COMMIT")
        } catch {
            return abandon(group, error)
        }
        committed.withLock { $0 += UInt64(failures.count { $0 == nil }) }
        groups.withLock { $0 += 1 }
        for (job, failure) in zip(group, failures) { job.finish(failure) }
    }

    /// Nothing of the group was saved: each request gets `error`.
    private func abandon(_ group: [Job], _ error: any Error) {
        connection.deferred.removeAll()
        if connection.inTransaction { try? connection.execute("ROLLBACK") }
        for job in group { job.finish(error) }
    }
}
