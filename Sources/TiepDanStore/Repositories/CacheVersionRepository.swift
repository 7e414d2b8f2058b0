import SQLKit

/// The version of each organisation's public data, bumped by the database itself in the transaction of every write
/// (migration 27's triggers): a rendered page kept with the version it was built from is still right while the
/// version has not moved.
public struct CacheVersionRepository: Sendable {
    /// The scope of what spans organisations: the list of organisations, every organisation's next sessions, the
    /// bulletins of all.
    public static let everything = "*"

    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Transactions committed through this process, where every write passes through it (see ``Store/localCommits``).
    public var localCommits: UInt64? { store.localCommits }

    /// The version of `scope` (an organisation's id, or ``everything``) now; 0 before its first write.
    public func version(of scope: String) async throws -> Int64 {
        try await store.read { database in
            try await database.raw("SELECT version FROM cache_versions WHERE scope = \(bind: scope)").first()?
                .decode(column: "version", as: Int64.self) ?? 0
        }
    }
}
