public import TiepDanCore
public import TiepDanStore

/// The audit trail as an admin reads it: the history of one thing, oldest first, a page at a time.
public struct AuditDesk: Sendable {
    let store: any Store

    /// A desk over the store's audit trail.
    public init(store: any Store) {
        self.store = store
    }

    /// The trail of `entity`, written `KIND:ID` (`question:Q-2026-000042`), after `cursor`.
    public func trail(entity: String, cursor: String?, limit: Int) async throws -> (items: [AuditEntry], nextCursor: String?) {
        let parts = entity.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw OfficeError.invalid(field: "entity", "must be KIND:ID, e.g. question:Q-2026-000042")
        }
        let offset =
            try cursor.map { cursor -> Int in
                guard let offset = Int(cursor), offset >= 0 else { throw OfficeError.invalid(field: "cursor", "is not a cursor this list gave out") }
                return offset
            } ?? 0
        let entries = try await store.read { database in
            try await AuditLog.trail(kind: parts[0], id: parts[1], offset: offset, limit: limit + 1, on: database)
        }
        return (Array(entries.prefix(limit)), entries.count > limit ? String(offset + limit) : nil)
    }
}
