public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The periodic report, one function for the staff page, the API and the Excel file.
public struct ReceptionReportDesk: Sendable {
    let reports: ReceptionReportRepository
    let schedules: ScheduleRepository
    let surveys: SurveyRepository
    let rule: ReportingRule
    let minimums: [ReceptionMinimum]

    /// A desk counting under `rule`, against `minimums`.
    public init(store: any Store, rule: ReportingRule, minimums: [ReceptionMinimum]) {
        reports = ReceptionReportRepository(store: store)
        schedules = ScheduleRepository(store: store)
        surveys = SurveyRepository(store: store)
        self.rule = rule
        self.minimums = minimums
    }

    /// The report of `organisationID` and its child organisations for `period` (`2026-Q3`, `2026-H1`, `2026-9M`,
    /// `2026`), for `staff` who may read the organisation.
    public func report(organisationID: String?, period text: String?, staff: StaffUser) async throws -> ReceptionReport {
        guard let id = organisationID, !id.isEmpty else { throw OfficeError.invalid(field: "organisation", "choose an organisation") }
        guard let organisation = try await schedules.organisation(id: id) else { throw OfficeError.notFound("no organisation \(id)") }
        try OrganisationScope.requireRead(id, staff: staff, what: "the report of \(id)")
        guard let text, let period = ReportPeriod(text.trimmingCharacters(in: .whitespaces)) else {
            throw OfficeError.invalid(field: "period", "a quarter (2026-Q3), six months (2026-H1), nine months (2026-9M) or a year (2026)")
        }
        let (first, last) = period.days(cutOffDay: rule.cutOffDay)
        let units = [organisation] + (try await schedules.organisations(under: id)).sorted { $0.id < $1.id }
        // Read together, a zone at a time (a province's communes share one): a few statements, not a few per commune.
        var counts: [String: ReceptionCounts] = [:]
        var days: [String: [String: ReceptionDays]] = [:]
        for (zone, members) in Dictionary(grouping: units, by: \.zone) {
            let ids = members.map(\.id)
            let clock = ZoneClock(zone)
            counts.merge(try await reports.counts(organisationIDs: ids, first: first, last: last, zone: zone)) { $1 }
            days.merge(
                try await schedules.receptionDays(
                    organisationIDs: ids,
                    from: clock.instant(first, minutes: 0),
                    to: clock.instant(last.adding(days: 1), minutes: 0),
                    zone: zone
                )
            ) { $1 }
        }
        let leadersByUnit = try await schedules.leaders(organisationIDs: units.map(\.id))
        var figures: [ReceptionReport.Unit] = []
        var leaders: [ReceptionReport.LeaderDays] = []
        for unit in units {
            figures.append(ReceptionReport.Unit(organisationID: unit.id, name: unit.name, counts: counts[unit.id] ?? ReceptionCounts()))
            let unitDays = days[unit.id] ?? [:]
            for leader in leadersByUnit[unit.id] ?? [] {
                let held = (unitDays[leader.id] ?? unitDays[unit.id + "." + leader.id])?.held.count ?? 0
                leaders.append(
                    ReceptionReport.LeaderDays(
                        organisationID: unit.id,
                        leaderID: leader.id,
                        name: leader.name,
                        title: leader.title,
                        held: held,
                        required: Self.required(role: leader.role, first: first, last: last, months: period.months, minimums: minimums)
                    )
                )
            }
        }
        let totals = figures.map(\.counts).reduce(ReceptionCounts()) { $0.adding($1) }
        let answers = try await surveys.answers(
            organisationIDs: units.map(\.id),
            from: first.monthText,
            through: last.monthText
        )
        return ReceptionReport(
            organisationID: organisation.id,
            organisationName: organisation.name,
            period: period.text,
            from: DocumentDate.short(first),
            to: DocumentDate.short(last),
            basis: rule.basis,
            totals: totals,
            answeredOnTime: totals.questionsAnswered > 0 ? Double(totals.questionsAnsweredOnTime) / Double(totals.questionsAnswered) : nil,
            commitmentsOnTime: totals.commitmentsDone > 0 ? Double(totals.commitmentsDoneOnTime) / Double(totals.commitmentsDone) : nil,
            satisfaction: SatisfactionTally(answers.compactMap { $0.scores[SurveyForm.overallID] }),
            units: figures,
            leaders: leaders
        )
    }

    /// The days of reception the role's minimum in force on `last` requires over the period: per month times its
    /// calendar months, or per week times its whole weeks.
    static func required(role: String?, first: CivilDate, last: CivilDate, months: Int, minimums: [ReceptionMinimum]) -> Int? {
        guard let role, let minimum = minimums.first(where: { $0.role == role && $0.inForce(on: last) }) else { return nil }
        switch minimum.period {
        case .month: return minimum.days * months
        case .week: return minimum.days * ((first.days(until: last) + 1) / 7)
        }
    }
}
