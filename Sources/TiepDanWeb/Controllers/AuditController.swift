import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// `GET /api/v1/audit?entity=KIND:ID`: the trail of one thing, for admins.
struct AuditController {
    let desk: AuditDesk

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
                let list = try ListQuery(request)
                let found = try await desk.trail(entity: request.uri.queryParameters.get("entity") ?? "", cursor: list.cursor, limit: list.limit)
                let items = found.items.map { entry in
                    Item(at: RFC3339.string(entry.at), actor: entry.actor, action: entry.action, before: entry.before, after: entry.after)
                }
                return ListPage(items: items, nextCursor: found.nextCursor)
            }
        ]
    }
}
