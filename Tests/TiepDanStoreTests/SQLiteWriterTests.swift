import Foundation
import SQLKit
import Synchronization
import Testing
import TiepDanTestSupport

@testable import TiepDanStore

/// The SQLite writer commits many requests' transactions together; each request must still get exactly its own
/// outcome, and what SQLite stores must read back as it was written.
@Suite("SQLite writer")
struct SQLiteWriterTests {
    private struct Refused: Error {}

    private func store() async throws -> SQLiteStore {
        guard case .sqlite(let path) = try TestDatabase.sqliteLocation() else { throw Refused() }
        let store = try await SQLiteStore.open(path: path, exclusive: true, logger: TestDatabase.logger)
        try await store.transaction { database in
            try await database.raw("CREATE TABLE items (n INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE)").run()
        }
        return store
    }

    @Test("concurrent requests share commits, and each gets its own result: a failed one leaves nothing, the rest land")
    func groupCommit() async throws {
        let store = try await store()
        let groupsBefore = store.groupsWritten
        try await store.transaction { try await $0.raw("INSERT INTO items (n, label) VALUES (0, 'taken')").run() }
        // Every 7th request fails after its insert; every 11th repeats a stored label (a UNIQUE violation).
        let outcomes = await withTaskGroup(of: (Int, Result<Int, any Error>).self) { group in
            for n in 1...300 {
                group.addTask {
                    do {
                        let value = try await store.transaction { database in
                            let label = n % 11 == 0 ? "taken" : "label-\(n)"
                            try await database.raw("INSERT INTO items (n, label) VALUES (\(bind: n), \(bind: label))").run()
                            if n % 7 == 0 { throw Refused() }
                            return n * 2
                        }
                        return (n, .success(value))
                    } catch {
                        return (n, .failure(error))
                    }
                }
            }
            return await group.reduce(into: [Int: Result<Int, any Error>]()) { $0[$1.0] = $1.1 }
        }
        var landed: [Int] = []
        for (n, outcome) in outcomes {
            switch outcome {
            case .success(let value):
                #expect(value == n * 2, "request \(n) got another's result")
                #expect(n % 7 != 0 && n % 11 != 0)
                landed.append(n)
            case .failure(let error):
                if n % 11 == 0 {
                    #expect(DatabaseErrorKind.isUniqueViolation(error), "request \(n): \(error)")
                } else {
                    #expect(n % 7 == 0 && error is Refused, "request \(n): \(error)")
                }
            }
        }
        let stored = try await store.read { database in
            try await database.raw("SELECT n FROM items ORDER BY n").all().map { try $0.decode(column: "n", as: Int.self) }
        }
        #expect(stored == [0] + landed.sorted())
        let expected = (1...300).filter { $0 % 7 != 0 && $0 % 11 != 0 }
        #expect(landed.sorted() == expected)
        #expect(store.localCommits == UInt64(landed.count) + 2)
        // 300 requests at once cannot each have had a commit of their own.
        let groups = store.groupsWritten - groupsBefore
        #expect(groups < 150, "\(groups) groups for 300 requests")
        try await store.close()
    }

    @Test("work left for the commit runs once per group, for the requests that landed only, whatever ran it early")
    func workLeftForTheCommit() async throws {
        let store = try await store()
        try await store.transaction { try await $0.raw("CREATE TABLE later (n INTEGER PRIMARY KEY)").run() }
        // Alone and failing: what it left is dropped with it, and does not run with the next transaction.
        await #expect(throws: Refused.self) {
            try await store.transaction { database in
                try (database as! SQLiteDatabase).beforeCommit(SQLQueryString("INSERT INTO later (n) VALUES (0)"))
                throw Refused()
            }
        }
        try await store.transaction { try await $0.raw("INSERT INTO items (n, label) VALUES (0, 'zero')").run() }
        // Every 5th request runs what the group has left so far, before its end (as an erasure settles the search
        // index); every 7th then fails, so what it ran of the others' must run again at the commit.
        let landed = await withTaskGroup(of: Int?.self) { group in
            for n in 1...300 {
                group.addTask {
                    try? await store.transaction { database in
                        let sqlite = database as! SQLiteDatabase
                        try await database.raw("INSERT INTO items (n, label) VALUES (\(bind: n), \(bind: "label-\(n)"))").run()
                        try sqlite.beforeCommit(SQLQueryString("INSERT INTO later (n) VALUES (\(bind: n))"))
                        if n % 5 == 0 { try sqlite.connection.runDeferred() }
                        if n % 7 == 0 { throw Refused() }
                        return n
                    }
                }
            }
            return await group.reduce(into: [Int]()) { if let n = $1 { $0.append(n) } }
        }
        #expect(landed.sorted() == (1...300).filter { $0 % 7 != 0 })
        let later = try await store.read { database in
            try await database.raw("SELECT n FROM later ORDER BY n").all().map { try $0.decode(column: "n", as: Int.self) }
        }
        #expect(later == landed.sorted())
        try await store.close()
    }

    /// A sync of the WAL the test holds until it lets it go, counting the syncs begun; the real one runs after.
    private final class HeldSync: Sendable {
        let started = Mutex(0)
        let gate = DispatchSemaphore(value: 0)
        let real: @Sendable () throws -> Void
        init(path: String) { real = SQLiteWriter.syncingWAL(of: path) }
        func sync() throws {
            let first = started.withLock { count in
                count += 1
                return count == 1
            }
            if first { gate.wait() }
            try real()
        }
    }

    /// A value the test and the tasks it starts share.
    private final class Shared<Value: Sendable>: Sendable {
        let value: Mutex<Value>
        init(_ value: Value) { self.value = Mutex(value) }
    }

    @Test("a write is answered only once the WAL is synced after its commit; the writer commits the next ones meanwhile")
    func answeredAfterTheSync() async throws {
        guard case .sqlite(let path) = try TestDatabase.sqliteLocation() else { return }
        let held = HeldSync(path: path)
        let store = try await SQLiteStore.open(path: path, exclusive: true, logger: TestDatabase.logger) { try held.sync() }
        let answered = Shared<[Int]>([])
        func insert(_ n: Int) -> Task<Void, any Error> {
            Task {
                try await store.transaction { try await $0.raw("INSERT INTO items (n, label) VALUES (\(bind: n), \(bind: "l\(n)"))").run() }
                answered.value.withLock { $0.append(n) }
            }
        }
        // The table is made by the first write, whose sync the test holds.
        let table = Task {
            try await store.transaction { try await $0.raw("CREATE TABLE items (n INTEGER PRIMARY KEY, label TEXT NOT NULL)").run() }
        }
        func waitFor(_ what: String, _ condition: () -> Bool) async throws {
            for _ in 0..<2_000 where !condition() { try await Task.sleep(for: .milliseconds(5)) }
            #expect(condition(), "\(what)")
        }
        try await waitFor("the first sync began") { held.started.withLock { $0 } == 1 }
        let writes = (1...5).map(insert)
        // Committed, readable, yet not answered: the sync that would make them durable has not run.
        try await waitFor("the five writes committed while the first sync is held") { store.localCommits == 6 }
        let visible = try await store.read { try await $0.raw("SELECT COUNT(*) AS n FROM items").first()?.decode(column: "n", as: Int.self) }
        #expect(visible == 5)
        try await Task.sleep(for: .milliseconds(50))
        #expect(answered.value.withLock { $0 }.isEmpty, "a write was answered before its sync")
        held.gate.signal()
        try await table.value
        for write in writes { try await write.value }
        #expect(answered.value.withLock { $0 }.sorted() == [1, 2, 3, 4, 5])
        #expect(held.started.withLock { $0 } <= 3, "the writes committed during the held sync share the next: \(held.started.withLock { $0 })")
        try await store.close()
    }

    @Test("a write whose sync fails is answered with the disk's error, not as saved")
    func failedSync() async throws {
        guard case .sqlite(let path) = try TestDatabase.sqliteLocation() else { return }
        let failing = Shared(false)
        let real = SQLiteWriter.syncingWAL(of: path)
        let store = try await SQLiteStore.open(path: path, exclusive: true, logger: TestDatabase.logger) {
            if failing.value.withLock({ $0 }) { throw SQLiteError(code: SQLiteWriter.fsyncFailed, message: "EIO") }
            try real()
        }
        try await store.transaction { try await $0.raw("CREATE TABLE items (n INTEGER PRIMARY KEY)").run() }
        failing.value.withLock { $0 = true }
        await #expect(throws: StoreError.self) {
            try await store.transaction { try await $0.raw("INSERT INTO items (n) VALUES (1)").run() }
        }
        failing.value.withLock { $0 = false }
        try await store.transaction { try await $0.raw("INSERT INTO items (n) VALUES (2)").run() }
        try await store.close()
    }

    @Test("values read back as written: Vietnamese text, the empty string, NULL, the largest integers, reals, blobs")
    func values() async throws {
        let store = try await store()
        let text = "Nguyễn Thị Ánh — \u{0}? ☎"
        let blob = Data([0, 1, 2, 255])
        let row = try await store.transaction { database in
            try await database.raw(
                """
                SELECT \(bind: text) AS text, \(bind: "") AS empty, \(bind: String?.none) AS missing, \(bind: Int64.max) AS largest,
                \(bind: Int64.min) AS smallest, \(bind: 0.1) AS real, \(bind: true) AS flag, \(bind: blob) AS blob
                """
            ).first()
        }
        let values = try #require(row)
        #expect(try values.decode(column: "text", as: String.self) == text)
        #expect(try values.decode(column: "empty", as: String?.self) == "")
        #expect(try values.decode(column: "missing", as: String?.self) == nil)
        #expect(try values.decodeNil(column: "missing"))
        #expect(try values.decode(column: "largest", as: Int64.self) == Int64.max)
        #expect(try values.decode(column: "smallest", as: Int64.self) == Int64.min)
        #expect(try values.decode(column: "real", as: Double.self) == 0.1)
        #expect(try values.decode(column: "flag", as: Bool.self))
        #expect(try values.decode(column: "blob", as: Data.self) == blob)
        #expect(throws: DecodingError.self) { try values.decode(column: "missing", as: String.self) }
        #expect(throws: DecodingError.self) { try values.decode(column: "text", as: Int.self) }
        #expect(throws: DecodingError.self) { try values.decode(column: "absent", as: String.self) }
        try await store.close()
    }

    @Test("a kept statement sees a new column after a migration; two statements in one call are refused, not half run")
    func statements() async throws {
        let store = try await store()
        try await store.transaction { try await $0.raw("INSERT INTO items (n, label) VALUES (1, 'a')").run() }
        let before = try await store.transaction { try await $0.raw("SELECT * FROM items").first()?.allColumns }
        #expect(before == ["n", "label"])
        try await store.transaction { try await $0.raw("ALTER TABLE items ADD COLUMN note TEXT").run() }
        let after = try await store.transaction { try await $0.raw("SELECT * FROM items").first()?.allColumns }
        #expect(after == ["n", "label", "note"])
        await #expect(throws: SQLiteError.self) {
            try await store.transaction { try await $0.raw("INSERT INTO items (n, label) VALUES (2, 'b'); DELETE FROM items").run() }
        }
        let count = try await store.read {
            try await $0.raw("SELECT COUNT(*) AS c FROM items -- trailing comment").first()?.decode(column: "c", as: Int.self)
        }
        #expect(count == 1)
        try await store.close()
    }
}
