import Foundation
import Hummingbird
import TiepDanCore
import TiepDanPublish
import TiepDanStore

/// `/calendar/{organisation}.ics` and `/calendar/leaders/{leader}.ics`: subscribable schedules.
struct CalendarFeedController {
    let schedules: ScheduleRepository

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/calendar/{organisation}.ics",
                summary: "iCalendar feed of an organisation's sessions",
                tag: "schedule",
                responses: [200: "RFC 5545 calendar", 404: "no such organisation"],
                produces: "text/calendar",
                cached: .parameter("organisation")
            ) { _, context -> Response in
                let id = try context.parameters.require("organisation")
                guard let organisation = try await schedules.organisation(id: id) else { throw Problem.notFound("no organisation \(id)") }
                var query = Self.window()
                query.organisationID = id
                return try await feed(name: organisation.name, query: query)
            },
            Endpoint(
                .get,
                "/calendar/leaders/{leader}.ics",
                summary: "iCalendar feed of one leader's sessions",
                tag: "schedule",
                responses: [200: "RFC 5545 calendar", 404: "no such leader"],
                produces: "text/calendar"
            ) { _, context -> Response in
                let id = try context.parameters.require("leader")
                guard let leader = try await schedules.leader(id: id) else { throw Problem.notFound("no leader \(id)") }
                var query = Self.window()
                query.leaderID = id
                return try await feed(name: "\(leader.title) \(leader.name)", query: query)
            },
        ]
    }

    private func feed(name: String, query: SessionQuery) async throws -> Response {
        let sessions = try await schedules.sessions(query)
        var names: [String: String] = [:]
        for organisation in Set(sessions.map(\.organisationID)) {
            for leader in try await schedules.leaders(organisationID: organisation, limit: 10_000) { names[leader.id] = leader.name }
        }
        let body = ICalendarFeed(name: name, sessions: sessions, leaderNames: names).render()
        return Response(
            status: .ok,
            headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "public, max-age=300"],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }

    /// From 60 days back (so recent changes still reach subscribers) to a year ahead.
    private static func window() -> SessionQuery {
        var query = SessionQuery(from: Date().addingTimeInterval(-60 * 86_400), to: Date().addingTimeInterval(366 * 86_400))
        query.limit = 5000
        return query
    }
}
