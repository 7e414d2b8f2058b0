import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The public schedule as JSON: organisations, leaders, sessions.
struct ScheduleController {
    let schedules: ScheduleRepository
    let bookings: BookingRepository

    struct OrganisationView: Encodable, Sendable {
        let id, name, level: String
        let parentId: String?
        let timeZone: String
    }

    struct LeaderView: Encodable, Sendable {
        let id, name, title, organisationId: String
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
                let found = try await schedules.organisations(after: list.cursor, limit: list.limit + 1)
                let items = found.prefix(list.limit).map {
                    OrganisationView(id: $0.id, name: $0.name, level: $0.level, parentId: $0.parentID, timeZone: $0.timeZone)
                }
                return ListPage(items: items, nextCursor: found.count > list.limit ? items.last?.id : nil)
            },
            Endpoint(
                .get,
                "/api/v1/leaders",
                summary: "Leaders who receive citizens",
                tag: "schedule",
                query: [("organisation", "an organisation id"), ("limit", "1-500"), ("cursor", "from next_cursor")]
            ) { request, _ -> ListPage<LeaderView> in
                let list = try ListQuery(request)
                let found = try await schedules.leaders(
                    organisationID: request.uri.queryParameters.get("organisation"),
                    after: list.cursor,
                    limit: list.limit + 1
                )
                let items = found.prefix(list.limit).map { LeaderView(id: $0.id, name: $0.name, title: $0.title, organisationId: $0.organisationID) }
                return ListPage(items: items, nextCursor: found.count > list.limit ? items.last?.id : nil)
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
                let query = try Self.sessionQuery(request)
                let found = try await schedules.sessions(query)
                let page = found.prefix(query.limit)
                let zones = try await timeZones(Set(page.map(\.organisationID)))
                let taken = try await bookings.seatsTaken(sessions: page.filter { $0.kind == .reception }.map(\.id))
                return ListPage(
                    items: page.map { PublicSession($0, zone: zones[$0.organisationID] ?? RFC3339.vietnam, taken: taken) },
                    nextCursor: found.count > query.limit ? page.last.map { "\(Int64($0.startsAt.timeIntervalSince1970))_\($0.id)" } : nil
                )
            },
            Endpoint(
                .get,
                "/api/v1/sessions/{id}",
                summary: "One session with its booking slots",
                tag: "schedule",
                responses: [200: "the session", 404: "no such session"]
            ) { _, context -> PublicSession in
                let id = try context.parameters.require("id")
                guard let session = try await schedules.session(id: id) else { throw Problem.notFound("no session \(id)") }
                let zone = try await timeZones([session.organisationID])[session.organisationID] ?? RFC3339.vietnam
                let taken = try await bookings.seatsTaken(sessions: [session.id])
                return PublicSession(session, zone: zone, taken: taken).withSlots(of: session, zone: zone, taken: taken)
            },
        ]
    }

    /// The time zones of just the organisations a response names.
    private func timeZones(_ ids: Set<String>) async throws -> [String: TimeZone] {
        try await schedules.organisations(ids: ids).mapValues { $0.zone }
    }

    static func sessionQuery(_ request: Request) throws -> SessionQuery {
        let parameters = request.uri.queryParameters
        let list = try ListQuery(request)
        let from = try parameters.get("from").map { try instant($0, field: "from", endOfDay: false) } ?? Date()
        let to = try parameters.get("to").map { try instant($0, field: "to", endOfDay: true) } ?? from.addingTimeInterval(60 * 86_400)
        guard to > from else { throw Problem.invalid(field: "to", "must be after 'from'") }
        guard to.timeIntervalSince(from) <= 400 * 86_400 else { throw Problem.invalid(field: "to", "ranges may span at most 400 days") }
        var query = SessionQuery(from: from, to: to)
        query.organisationID = parameters.get("organisation")
        query.leaderID = parameters.get("leader")
        if let kind = parameters.get("kind") {
            guard let parsed = SessionKind(rawValue: kind) else { throw Problem.invalid(field: "kind", "must be reception, radio or dialogue") }
            query.kind = parsed
        }
        query.limit = list.limit
        if let cursor = list.cursor {
            let parts = cursor.split(separator: "_", maxSplits: 1)
            guard parts.count == 2, let start = Int64(parts[0]) else { throw Problem.invalid(field: "cursor", "is not a cursor this list gave out") }
            query.cursor = (start, String(parts[1]))
        }
        return query
    }

    /// `YYYY-MM-DD` (a Vietnamese day: its start, or with `endOfDay` the next day's start) or an RFC 3339 instant.
    static func instant(_ text: String, field: String, endOfDay: Bool) throws -> Date {
        if let day = CivilDate(iso: text) {
            return ScheduleExpander.instant(endOfDay ? day.adding(days: 1) : day, minutes: 0, in: RFC3339.vietnam)
        }
        if text.count >= 20, let instant = try? Date(text, strategy: .iso8601) { return instant }
        throw Problem.invalid(field: field, "must be a date YYYY-MM-DD or a time like 2026-03-05T07:30:00+07:00")
    }
}
