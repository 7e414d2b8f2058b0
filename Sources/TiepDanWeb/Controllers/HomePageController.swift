import Foundation
import Hummingbird
import TiepDanCore
import TiepDanStore

/// `/`: what the service is, the organisations, and the next sessions.
struct HomePageController {
    let pages: PageRenderer
    let schedules: ScheduleRepository

    static let operations = [
        OpenAPIOperation(method: "GET", path: "/", summary: "Home page (HTML; ?lang=en for English)", tag: "pages",
                         produces: "text/html"),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/") { request, context in
            let organisations = try await schedules.organisations()
            var query = SessionQuery(from: Date(), to: Date().addingTimeInterval(14 * 86_400))
            query.limit = 8
            let upcoming = try await schedules.sessions(query).filter { $0.status != .cancelled }
            // The list shows the first organisations; the sessions may belong to any.
            let names = try await schedules.organisations(ids: Set(upcoming.map(\.organisationID))).mapValues(\.name)
            let language = Language.of(request)
            let sessions: [[String: Any]] = upcoming.map { session in
                let day = ScheduleExpander.localDay(of: session.startsAt, in: RFC3339.vietnam)
                return [
                    "title": session.title, "organisation": names[session.organisationID] ?? "",
                    "organisation_id": session.organisationID, "location": session.location,
                    "when": pages.localization.word("weekday_\(day.weekday)", language) + " "
                        + DocumentDate.short(day) + ", "
                        + ZoneClock(RFC3339.vietnam).time(of: session.startsAt),
                ]
            }
            return try pages.page(
                "web/home", titleKey: "home_title", request: request, context: context,
                values: [
                    "organisations": organisations.map { ["id": $0.id, "name": $0.name] },
                    "has_organisations": !organisations.isEmpty,
                    "sessions": sessions, "has_sessions": !sessions.isEmpty,
                ])
        }
    }
}
