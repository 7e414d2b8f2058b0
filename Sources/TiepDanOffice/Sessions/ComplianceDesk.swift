public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The reception compliance report as the public reads it, shared by the JSON API, the page and the CSV: each leader's
/// reception days against the legal minimum of the role, counted up to today in the organisation's own zone.
public struct ComplianceDesk: Sendable {
    let schedules: ScheduleRepository
    let report: ComplianceReport
    let now: @Sendable () -> Date

    /// A desk over the schedules, against `minimums`, with `now` for what today is.
    public init(schedules: ScheduleRepository, minimums: [ReceptionMinimum], now: @escaping @Sendable () -> Date = Date.init) {
        self.schedules = schedules
        self.report = ComplianceReport(minimums: minimums)
        self.now = now
    }

    /// The organisation's report for `year` (this year where nil), by month or quarter.
    public func report(
        organisationID: String?,
        year: Int?,
        granularity: ComplianceReport.Granularity
    ) async throws -> (organisation: Organisation, year: Int, rows: [ComplianceRow]) {
        guard let id = organisationID, !id.isEmpty else { throw OfficeError.invalid(field: "organisation", "choose an organisation") }
        guard let organisation = try await schedules.organisation(id: id) else { throw OfficeError.notFound("no organisation \(id)") }
        let clock = ZoneClock(organisation.zone)
        let today = clock.day(of: now())
        let year = year ?? today.year
        let days = try await schedules.receptionDays(
            organisationID: organisation.id,
            from: clock.instant(CivilDate(year: year, month: 1, day: 1)!, minutes: 0),
            to: clock.instant(CivilDate(year: year + 1, month: 1, day: 1)!, minutes: 0),
            zone: organisation.zone
        )
        let leaders = try await schedules.leaders(organisationID: organisation.id)
        return (organisation, year, report.rows(leaders: leaders, year: year, granularity: granularity, days: days, today: today))
    }
}
