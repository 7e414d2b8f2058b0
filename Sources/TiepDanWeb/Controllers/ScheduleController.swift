import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The public schedule as JSON: organisations, leaders, sessions.
struct ScheduleController {
    let desk: SessionDesk

    struct OrganisationView: Encodable, Sendable {
        let id, name, level: String
        let parentId: String?
        let timeZone: String

        init(_ organisation: Organisation) {
            (id, name, level) = (organisation.id, organisation.name, organisation.level)
            (parentId, timeZone) = (organisation.parentID, organisation.timeZone)
        }
    }

    struct LeaderView: Encodable, Sendable {
        let id, name, title, organisationId: String

        init(_ leader: Leader) {
            (id, name, title, organisationId) = (leader.id, leader.name, leader.title, leader.organisationID)
        }
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/organisations",
                summary: "Organisations on the schedule",
                tag: "schedule",
                query: [("limit", "1-500, default 50"), ("cursor", "from next_cursor")]
            ) { request, _ -> ListPage<OrganisationView> in
                let list = try ListQuery(request)
                let found = try await desk.organisations(after: list.cursor, limit: list.limit)
                return ListPage(items: found.items.map(OrganisationView.init), nextCursor: found.nextCursor)
            },
            Endpoint(
                .get,
                "/api/v1/leaders",
                summary: "Leaders who receive citizens",
                tag: "schedule",
                query: [("organisation", "an organisation id"), ("limit", "1-500"), ("cursor", "from next_cursor")]
            ) { request, _ -> ListPage<LeaderView> in
                let list = try ListQuery(request)
                let found = try await desk.leaders(
                    organisationID: request.uri.queryParameters.get("organisation"),
                    after: list.cursor,
                    limit: list.limit
                )
                return ListPage(items: found.items.map(LeaderView.init), nextCursor: found.nextCursor)
            },
            Endpoint(
                .get,
                "/api/v1/sessions",
                summary: "Reception sessions and radio programmes",
                tag: "schedule",
                query: [
                    ("from", "YYYY-MM-DD or RFC 3339; default now"), ("to", "YYYY-MM-DD (inclusive) or RFC 3339; default 60 days on"),
                    ("organisation", "organisation id"), ("leader", "leader id"), ("kind", "reception, radio or dialogue"),
                    ("limit", "1-500"), ("cursor", "from next_cursor"),
                ],
                responses: [200: "the sessions", 422: "a filter is malformed"]
            ) { request, _ -> ListPage<PublicSession> in
                let list = try ListQuery(request)
                let parameters = request.uri.queryParameters
                let found = try await desk.sessions(
                    SessionFilter(
                        from: parameters.get("from"),
                        to: parameters.get("to"),
                        organisationID: parameters.get("organisation"),
                        leaderID: parameters.get("leader"),
                        kind: parameters.get("kind"),
                        cursor: list.cursor,
                        limit: list.limit
                    )
                )
                return ListPage(items: found.items, nextCursor: found.nextCursor)
            },
            Endpoint(
                .get,
                "/api/v1/sessions/{id}",
                summary: "One session with its booking slots",
                tag: "schedule",
                responses: [200: "the session", 404: "no such session"]
            ) { _, context -> PublicSession in
                try await desk.session(try context.parameters.require("id"))
            },
        ]
    }
}
