import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// `/`: what the service is, finding an organisation (search, or a province's communes), and the next sessions.
struct HomePageController {
    let pages: PageRenderer
    let sessions: SessionDesk
    private var schedules: ScheduleRepository { sessions.schedules }

    var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/", summary: "Home page (HTML; ?lang=en for English)", tag: "pages", produces: "text/html", cached: .everything) {
                request,
                context in
                // Only the provinces: a province's communes are one step further, never a flat list of thousands.
                let organisations = try await sessions.topOrganisations()
                var query = SessionQuery(from: Date(), to: Date().addingTimeInterval(14 * 86_400))
                query.limit = 8
                let upcoming = try await schedules.sessions(query).filter { $0.status != .cancelled }
                // The list shows the first organisations; the sessions may belong to any.
                let shown = try await schedules.organisations(ids: Set(upcoming.map(\.organisationID)))
                let language = Language.of(request)
                let sessions = upcoming.map { session in
                    // Each session in its own organisation's zone.
                    let clock = shown[session.organisationID]?.clock ?? ZoneClock(RFC3339.vietnam)
                    let day = clock.day(of: session.startsAt)
                    return HomePage.Session(
                        title: session.title,
                        when: pages.localization.word("weekday_\(day.weekday)", language) + " " + DocumentDate.short(day) + ", "
                            + clock.time(of: session.startsAt),
                        organisationID: session.organisationID,
                        organisation: shown[session.organisationID]?.name ?? session.organisationID,
                        location: session.location
                    )
                }
                let content = HomePage(sessions: sessions, organisations: organisations.map { HomePage.Organisation(id: $0.id, name: $0.name) })
                return try pages.page("web/home", titleKey: "home_title", request: request, context: context, content: content)
            }
        ]
    }
}
