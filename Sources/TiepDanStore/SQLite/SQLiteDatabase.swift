import Logging
import NIOCore
import NIOPosix
import SQLKit

/// SQLKit's view of one `SQLiteConnection`: repositories write their SQL once, with binds, for either engine.
///
/// Each statement runs at once on the calling thread; the store makes that thread the connection's own.
struct SQLiteDatabase: SQLDatabase {
    let connection: SQLiteConnection
    let logger: Logger

    var eventLoop: any EventLoop { MultiThreadedEventLoopGroup.singleton.any() }
    var dialect: any SQLDialect { SQLiteDialect() }
    var queryLogLevel: Logger.Level? { .trace }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        eventLoop.makeCompletedFuture { try run(query, onRow) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    /// Leaves `query` to run once before the transaction commits, after the other requests committed with it: work
    /// that costs less done once for a group than once per request. A request that fails takes its own with it.
    func beforeCommit(_ query: any SQLExpression) throws {
        let (sql, binds) = serialize(query)
        connection.deferred.append((sql, try binds.map(SQLiteValueEncoder.value(of:))))
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = serialize(query)
        if logger.logLevel <= .trace { logger.trace("\(sql)") }
        try connection.execute(sql, try binds.map(SQLiteValueEncoder.value(of:))) { onRow($0) }
    }
}
