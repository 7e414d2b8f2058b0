import Logging
import NIOConcurrencyHelpers
import NIOCore
import SQLKit
import TiepDanStore

/// A real store that also writes down the SQL of every statement run through it (its text, not its values): to show
/// that two requests do the same work whatever they find.
final class StatementRecordingStore: Store {
    let inner: any Store
    private let recorded = NIOLockedValueBox<[String]>([])

    init(_ inner: any Store) {
        self.inner = inner
    }

    /// The statements run so far, and none afterwards until the next call.
    func take() -> [String] {
        recorded.withLockedValue { statements in
            defer { statements = [] }
            return statements
        }
    }

    var engine: DatabaseEngine { inner.engine }

    func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await inner.read { try await body(Recording(inner: $0, recorded: self.recorded)) }
    }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await inner.transaction { try await body(Recording(inner: $0, recorded: self.recorded)) }
    }

    func readinessProblem() -> String? { inner.readinessProblem() }

    func close() async throws { try await inner.close() }

    /// The database a body sees: the real one, each statement written down first.
    struct Recording: SQLDatabase {
        let inner: any SQLDatabase
        let recorded: NIOLockedValueBox<[String]>

        var logger: Logger { inner.logger }
        var eventLoop: any EventLoop { inner.eventLoop }
        var version: (any SQLDatabaseReportedVersion)? { inner.version }
        var dialect: any SQLDialect { inner.dialect }

        func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
            note(query)
            return inner.execute(sql: query, onRow)
        }

        func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
            note(query)
            try await inner.execute(sql: query, onRow)
        }

        private func note(_ query: any SQLExpression) {
            let text = inner.serialize(query).sql
            recorded.withLockedValue { $0.append(text) }
        }
    }
}
