import Foundation
import Logging
import NIOCore
import SQLKit
import Synchronization
import TiepDanStore

/// A store that, before each `SELECT` a repository runs, asks the database for the statement's plan with the same binds
/// and keeps it: the plan test calls the real repository methods, not copies of their SQL. SQLite answers
/// `EXPLAIN QUERY PLAN`; PostgreSQL answers `EXPLAIN` with sequential scans priced out (`enable_seqscan = off`), so that
/// on a test's nearly empty tables its plan still shows a full scan only where no index can serve.
final class PlanRecordingStore: Store {
    let base: any Store
    private let recorded = Mutex<[(sql: String, plan: [String])]>([])

    init(_ base: any Store) {
        self.base = base
    }

    var engine: DatabaseEngine { base.engine }

    /// Each statement run so far with its plan's lines, and forgets them.
    func take() -> [(sql: String, plan: [String])] {
        recorded.withLock { plans in
            defer { plans = [] }
            return plans
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await base.read { database in try await body(PlanRecordingDatabase(base: database, store: self)) }
    }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await base.transaction { database in try await body(PlanRecordingDatabase(base: database, store: self)) }
    }

    func readinessProblem() -> String? { base.readinessProblem() }

    func close() async throws { try await base.close() }

    fileprivate func keep(_ sql: String, _ plan: [String]) {
        recorded.withLock { $0.append((sql, plan)) }
    }
}

/// The database a ``PlanRecordingStore`` hands its callers.
private struct PlanRecordingDatabase: SQLDatabase {
    let base: any SQLDatabase
    let store: PlanRecordingStore

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        base.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        let sql = base.serialize(query).sql.trimmingCharacters(in: .whitespacesAndNewlines)
        if sql.uppercased().hasPrefix("SELECT") {
            let lines = Mutex<[String]>([])
            let postgres = base.dialect.name == "postgresql"
            if postgres { try await base.raw("SET enable_seqscan = off").run() }
            try await base.execute(sql: Explained(query: query, postgres: postgres)) { row in
                let column = postgres ? "QUERY PLAN" : "detail"
                if let detail = try? row.decode(column: column, as: String.self) { lines.withLock { $0.append(detail) } }
            }
            if postgres { try await base.raw("RESET enable_seqscan").run() }
            store.keep(sql, lines.withLock { $0 })
        }
        try await base.execute(sql: query, onRow)
    }
}

/// `EXPLAIN QUERY PLAN` (SQLite) or `EXPLAIN` (PostgreSQL) before a statement, its binds kept.
private struct Explained: SQLExpression {
    let query: any SQLExpression
    let postgres: Bool

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ")
        query.serialize(to: &serializer)
    }
}
