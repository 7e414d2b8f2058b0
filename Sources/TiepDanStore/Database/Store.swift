public import SQLKit

/// The database behind tiepdan: one protocol, an SQLite and a PostgreSQL implementation.
///
/// Repositories write SQL once against `SQLDatabase` with binds; the store decides how
/// connections are shared and how transactions begin.
public protocol Store: Sendable {
    /// Which engine this is, for the few statements that differ.
    var engine: DatabaseEngine { get }
    /// Runs `body` on a connection for reads. (`body` escapes: a store may answer its caller at a time limit while
    /// the work it gave up on ends later, with its connection.)
    func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Runs `body` in one transaction: all of its writes land, or none do.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Why the store should not be sent new work now, from what it can see without writing (a nearly full disk); nil
    /// when nothing is wrong. `/readyz` asks before it tries a write.
    func readinessProblem() -> String?
    /// Finishes the work under way and releases the database.
    func close() async throws
    /// How many transactions this process has committed, for an engine whose writes all pass through it (SQLite, one
    /// `serve` to a file); nil where other instances write too (PostgreSQL), so that a cache must ask the database.
    var localCommits: UInt64? { get }
}

extension Store {
    /// Other instances may write: nothing local to count.
    public var localCommits: UInt64? { nil }
}

/// The engines tiepdan runs on.
public enum DatabaseEngine: String, Sendable, CaseIterable {
    /// The embedded default.
    case sqlite
    /// For offices running several instances.
    case postgres
}
