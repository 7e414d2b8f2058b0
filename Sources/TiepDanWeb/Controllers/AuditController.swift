import Foundation
import Hummingbird
import TiepDanCore
import TiepDanStore

/// `GET /api/v1/audit?entity=KIND:ID`: the trail of one thing, for admins.
struct AuditController {
    let store: any Store

    struct Item: Encodable, Sendable {
        let at: String
        let actor: String
        let action: String
        let before: String?
        let after: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/audit",
                summary: "The audit trail of one thing, oldest first",
                tag: "staff",
                roles: [.admin],
                query: [("entity", "KIND:ID, e.g. question:Q-2026-000042"), ("limit", "1-500, default 50"), ("cursor", "from next_cursor")],
                responses: [200: "the trail", 401: "no sign-in", 403: "not an admin", 422: "entity missing or malformed"]
            ) { request, _ -> ListPage<Item> in
                let entity = request.uri.queryParameters.get("entity") ?? ""
                let parts = entity.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw Problem.invalid(field: "entity", "must be KIND:ID, e.g. question:Q-2026-000042")
                }
                let list = try ListQuery(request)
                let offset =
                    try list.cursor.map { cursor -> Int in
                        guard let offset = Int(cursor), offset >= 0 else {
                            throw Problem.invalid(field: "cursor", "is not a cursor this list gave out")
                        }
                        return offset
                    } ?? 0
                let entries = try await store.read { database in
                    try await AuditLog.trail(kind: parts[0], id: parts[1], offset: offset, limit: list.limit + 1, on: database)
                }
                let items = entries.prefix(list.limit).map { entry in
                    Item(
                        at: RFC3339.string(entry.at),
                        actor: entry.actor,
                        action: entry.action,
                        before: entry.before,
                        after: entry.after
                    )
                }
                return ListPage(items: items, nextCursor: entries.count > list.limit ? String(offset + list.limit) : nil)
            }
        ]
    }
}
