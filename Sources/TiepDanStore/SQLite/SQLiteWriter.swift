import Dispatch
import Glibc
import SQLKit
import Synchronization

/// The one writer of an SQLite file, committing the transactions of many requests together (group commit).
///
/// Requests that arrive while a group is being written wait; the next group takes them all (at most `largestGroup`),
/// runs each in a savepoint of one `BEGIN IMMEDIATE` transaction on the writer's own thread, and commits once. Each
/// request is answered only after that commit is durable, with its own outcome: a request whose work fails is rolled
/// back to its savepoint and gets its error while the others' work lands. A lone request pays for no savepoint.
///
/// The commit writes the group's pages to the WAL (`synchronous = NORMAL`: SQLite itself syncs only around
/// checkpoints) and the writer goes on with the next group at once; the WAL is synced apart (`fdatasync`, on a queue of
/// its own), and the requests of every group committed before that sync began are answered after it. One sync serves
/// the groups committed meanwhile, and the writer no longer waits for the disk: with SQLite's own sync in the commit it
/// spent a quarter of its time there. What a request was told is saved is on the disk; what a reader sees may be a
/// sync ahead of it (after a power cut, the last unanswered commits are gone, in order, and nothing after them stays).
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
    /// Makes what the commits wrote to the WAL durable (`syncingWAL(of:)`).
    private let sync: @Sendable () throws -> Void
    private let syncing = Mutex(Syncing())
    private let syncQueue = DispatchQueue(label: "sqlite-wal-sync")

    /// Requests written in one transaction at most, so that one commit does not keep the first of them waiting long.
    static let largestGroup = 128

    private struct State {
        var waiting: [Job] = []
        var writing = false
        var closed = false
    }

    /// The committed requests waiting for the WAL to be synced, each with its outcome.
    private struct Syncing {
        var waiting: [(job: Job, failure: (any Error)?)] = []
        var running = false
    }

    /// One request's transaction, its result kept by `work` and its caller answered by `finish`.
    private struct Job: Sendable {
        let work: @Sendable (any SQLDatabase) async throws -> Void
        let finish: @Sendable ((any Error)?) -> Void
    }

    /// The writer of `database` on `thread`; `sync` makes the WAL durable (`syncingWAL(of:)`; a test may hold it).
    init(database: SQLiteDatabase, thread: SQLiteThread, sync: @escaping @Sendable () throws -> Void) {
        self.connection = database.connection
        self.database = database
        self.thread = thread
        self.sync = sync
    }

    /// `fdatasync` of the WAL of the database at `path`: what every commit before it wrote there is then on the disk.
    /// The file is opened for each sync, so a WAL made anew is the one synced.
    static func syncingWAL(of path: String) -> @Sendable () throws -> Void {
        let wal = path + "-wal"
        return {
            let descriptor = Glibc.open(wal, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw SQLiteError(code: Self.fsyncFailed, message: "cannot open \(wal) (errno \(errno))") }
            defer { Glibc.close(descriptor) }
            guard fdatasync(descriptor) == 0 else { throw SQLiteError(code: Self.fsyncFailed, message: "cannot sync \(wal) (errno \(errno))") }
        }
    }

    /// `SQLITE_IOERR_FSYNC`: the disk failed, as SQLite says it when its own sync fails.
    static let fsyncFailed: Int32 = 1034

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
        while state.withLock({ $0.writing }) || syncing.withLock({ $0.running }) { try? await Task.sleep(for: .milliseconds(5)) }
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
        answerWhenSynced(zip(group, failures).map { ($0, $1) })
    }

    /// Answers the requests of a committed group once a sync of the WAL begun after the commit has ended.
    private func answerWhenSynced(_ answers: [(job: Job, failure: (any Error)?)]) {
        let start = syncing.withLock { syncing -> Bool in
            syncing.waiting.append(contentsOf: answers)
            defer { syncing.running = true }
            return !syncing.running
        }
        if start { syncQueue.async { self.syncWaiting() } }
    }

    /// Syncs the WAL for every request waiting, then answers them, until none waits. A failed sync answers each with
    /// the error: its work is committed but may not be on the disk, and the caller must not be told it is saved.
    private func syncWaiting() {
        while true {
            let answers = syncing.withLock { syncing -> [(job: Job, failure: (any Error)?)] in
                if syncing.waiting.isEmpty { syncing.running = false }
                defer { syncing.waiting.removeAll() }
                return syncing.waiting
            }
            guard !answers.isEmpty else { return }
            do {
                try sync()
                for (job, failure) in answers { job.finish(failure) }
            } catch {
                for (job, failure) in answers { job.finish(failure ?? error) }
            }
        }
    }

    /// Nothing of the group was saved: each request gets `error`.
    private func abandon(_ group: [Job], _ error: any Error) {
        connection.deferred.removeAll()
        if connection.inTransaction { try? connection.execute("ROLLBACK") }
        for job in group { job.finish(error) }
    }
}
