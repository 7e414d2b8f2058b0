import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// `/organisations/{id}`: the public schedule of one organisation, week by week.
struct OrganisationPageController {
    let pages: PageRenderer
    let desk: SessionDesk
    private var schedules: ScheduleRepository { desk.schedules }
    /// How long before a session bookings close, to offer booking only while it is open.
    let closesBefore: TimeInterval

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/organisations/{id}",
                summary: "Public schedule of one organisation, by week (HTML)",
                tag: "pages",
                responses: [200: "the page", 404: "no such organisation"],
                produces: "text/html",
                cached: .parameter("id")
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                guard let organisation = try await schedules.organisation(id: id) else { throw Problem.notFound("no organisation \(id)") }
                let zone = organisation.zone
                let today = ScheduleExpander.localDay(of: Date(), in: zone)
                var query = SessionQuery(
                    from: ScheduleExpander.instant(today, minutes: 0, in: zone),
                    to: ScheduleExpander.instant(today.adding(days: 56), minutes: 0, in: zone)
                )
                query.organisationID = id
                query.limit = 500
                let sessions = try await schedules.sessions(query)
                let seats = try await desk.seatsLeft(sessions)
                let leaders = Dictionary(uniqueKeysWithValues: try await schedules.leaders(organisationID: id).map { ($0.id, $0) })
                let language = Language.of(request)
                let content = OrganisationSchedulePage(
                    organisationID: organisation.id,
                    organisationName: organisation.name,
                    weeks: Self.weeks(
                        sessions,
                        zone: zone,
                        leaders: leaders,
                        seats: seats,
                        language: language,
                        words: pages.localization,
                        now: Date(),
                        closesBefore: closesBefore
                    )
                )
                return try pages.page("web/organisation", titleKey: "organisation_title", request: request, context: context, content: content)
            }
        ]
    }

    /// Sessions grouped by the Monday of their week.
    static func weeks(
        _ sessions: [ScheduledSession],
        zone: TimeZone,
        leaders: [String: Leader],
        seats: [String: Int],
        language: Language,
        words: Localization,
        now: Date,
        closesBefore: TimeInterval
    ) -> [OrganisationSchedulePage.Week] {
        let clock = ZoneClock(zone)
        var order: [CivilDate] = []
        var byWeek: [CivilDate: [OrganisationSchedulePage.Session]] = [:]
        for session in sessions {
            let day = clock.day(of: session.startsAt)
            let monday = day.adding(days: 1 - day.weekday)
            if byWeek[monday] == nil { order.append(monday) }
            let bookable = session.takesBookings(at: now, closesBefore: closesBefore)
            let left = bookable ? seats[session.id] : nil
            let names = session.leaderIDs.compactMap { leaders[$0] }.map { "\($0.title) \($0.name)" }
            byWeek[monday, default: []].append(
                OrganisationSchedulePage.Session(
                    id: session.id,
                    title: session.title,
                    day: words.word("weekday_\(day.weekday)", language) + ", " + DocumentDate.short(day),
                    hours: clock.time(of: session.startsAt) + " – " + clock.time(of: session.endsAt),
                    leaders: names.isEmpty ? nil : names.joined(separator: "; "),
                    location: session.location,
                    isRadio: session.kind == .radio,
                    topics: session.topics.isEmpty ? nil : session.topics.joined(separator: ", "),
                    status: words.word("status_\(session.status.rawValue)", language),
                    isCancelled: session.status == .cancelled,
                    movedFrom: session.movedFrom.map(DocumentDate.short),
                    reason: session.reason?.nilIfEmpty,
                    isBookable: bookable,
                    seatsLeft: left.map(String.init),
                    isFull: left == 0
                )
            )
        }
        return order.map { monday in
            OrganisationSchedulePage.Week(
                label: DocumentDate.short(monday) + " – " + DocumentDate.short(monday.adding(days: 6)),
                sessions: byWeek[monday] ?? []
            )
        }
    }
}
