import Foundation
import Hummingbird
import TiepDanCore
import TiepDanStore

/// `/organisations/{id}`: the public schedule of one organisation, week by week.
struct OrganisationPageController {
    let pages: PageRenderer
    let schedules: ScheduleRepository
    /// How long before a session bookings close, to offer booking only while it is open.
    let closesBefore: TimeInterval

    static let operations = [
        OpenAPIOperation(method: "GET", path: "/organisations/{id}", summary: "Public schedule of one organisation, by week (HTML)",
                         tag: "pages", responses: [200: "the page", 404: "no such organisation"], produces: "text/html"),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("organisations/:id") { request, context -> Response in
            let id = try context.parameters.require("id")
            guard let organisation = try await schedules.organisation(id: id) else { throw Problem.notFound("no organisation \(id)") }
            let zone = TimeZone(identifier: organisation.timeZone) ?? RFC3339.vietnam
            let today = ScheduleExpander.localDay(of: Date(), in: zone)
            var query = SessionQuery(
                from: ScheduleExpander.instant(today, minutes: 0, in: zone),
                to: ScheduleExpander.instant(today.adding(days: 56), minutes: 0, in: zone))
            query.organisationID = id
            query.limit = 500
            let sessions = try await schedules.sessions(query)
            let leaders = Dictionary(uniqueKeysWithValues: try await schedules.leaders(organisationID: id).map { ($0.id, $0) })
            let language = Language.of(request)
            return try pages.page(
                "web/organisation", titleKey: "organisation_title", request: request, context: context,
                values: [
                    "organisation": ["id": organisation.id, "name": organisation.name],
                    "weeks": Self.weeks(sessions, zone: zone, leaders: leaders, language: language, words: pages.localization,
                                        bookableAfter: Date().addingTimeInterval(closesBefore)),
                    "has_sessions": !sessions.isEmpty,
                ])
        }
    }

    /// Sessions grouped by the Monday of their week, as plain values for the template.
    static func weeks(
        _ sessions: [ScheduledSession], zone: TimeZone, leaders: [String: Leader], language: Language, words: Localization,
        bookableAfter: Date? = nil
    ) -> [[String: Any]] {
        var order: [CivilDate] = []
        var byWeek: [CivilDate: [[String: Any]]] = [:]
        for session in sessions {
            let day = ScheduleExpander.localDay(of: session.startsAt, in: zone)
            let monday = day.adding(days: 1 - day.weekday)
            if byWeek[monday] == nil { order.append(monday) }
            let names = session.leaderIDs.compactMap { leaders[$0] }.map { "\($0.title) \($0.name)" }
            byWeek[monday, default: []].append([
                "id": session.id,
                "title": session.title,
                "day": words.word("weekday_\(day.weekday)", language) + ", " + DocumentDate.short(day),
                "hours": Self.clock(session.startsAt, zone) + " – " + Self.clock(session.endsAt, zone),
                "leaders": names.joined(separator: "; "),
                "location": session.location,
                "topics": session.topics.joined(separator: ", "),
                "has_topics": !session.topics.isEmpty,
                "status": words.word("status_\(session.status.rawValue)", language),
                "is_cancelled": session.status == .cancelled,
                "moved_from": session.movedFrom.map(DocumentDate.short) ?? "",
                "is_moved": session.movedFrom != nil,
                "reason": session.reason ?? "",
                "is_radio": session.kind == .radio,
                "is_bookable": bookableAfter.map { session.kind == .reception && session.startsAt > $0
                    && (session.status == .scheduled || session.status == .postponed) } ?? false,
            ])
        }
        return order.map { monday in
            ["label": DocumentDate.short(monday) + " – " + DocumentDate.short(monday.adding(days: 6)), "sessions": byWeek[monday]!]
        }
    }

    /// "08:30" at `instant` in `zone`.
    static func clock(_ instant: Date, _ zone: TimeZone) -> String {
        DocumentDate.clock(minutes: ZoneClock(zone).minutes(of: instant))
    }
}
