public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The satisfaction figures of an organisation, one function for the public page, the API and the Excel file.
public struct SatisfactionDesk: Sendable {
    let surveys: SurveyRepository
    let schedules: ScheduleRepository
    /// The forms, for the questions' wording (the last version's).
    let forms: [SurveyForm]
    let now: @Sendable () -> Date

    /// A desk over the survey answers.
    public init(surveys: SurveyRepository, schedules: ScheduleRepository, forms: [SurveyForm], now: @escaping @Sendable () -> Date = Date.init) {
        self.surveys = surveys
        self.schedules = schedules
        self.forms = forms
        self.now = now
    }

    /// The figures of `organisationID` for the months `from` through `to` (`YYYY-MM`; by default the twelve months to
    /// this one). Not found for an unknown organisation; each malformed month named.
    public func figures(organisationID: String, from: String?, to: String?) async throws -> SatisfactionFigures {
        guard let organisation = try await schedules.organisation(id: organisationID) else {
            throw OfficeError.notFound("no organisation \(organisationID)")
        }
        let today = ZoneClock(RFC3339.vietnam).day(of: now())
        let (first, last) = try Self.months(from: from, to: to, today: today)
        let answers = try await surveys.answers(organisationIDs: [organisationID], from: first.monthText, through: last.monthText)
        let clock = ZoneClock(organisation.zone)
        let start = clock.instant(CivilDate(first.year, first.month, 1), minutes: 0)
        let next = last.month == 12 ? (last.year + 1, 1) : (last.year, last.month + 1)
        let end = clock.instant(CivilDate(next.0, next.1, 1), minutes: 0)
        let invited = try await surveys.invitations(organisationIDs: [organisationID], from: start, to: end)
        let questions = forms.last?.questions ?? []
        func groups(_ key: (SurveyAnswer) -> String?) -> [SatisfactionFigures.Group] {
            Dictionary(grouping: answers.filter { key($0) != nil && $0.scores[SurveyForm.overallID] != nil }, by: { key($0)! })
                .map { SatisfactionFigures.Group(key: $0.key, tally: SatisfactionTally($0.value.compactMap { $0.scores[SurveyForm.overallID] })) }
                .sorted { $0.key < $1.key }
        }
        return SatisfactionFigures(
            organisationID: organisationID,
            organisationName: organisation.name,
            from: first.monthText,
            through: last.monthText,
            responses: answers.count,
            invited: invited,
            responseRate: answers.count >= SatisfactionTally.minimumResponses && invited > 0 ? Double(answers.count) / Double(invited) : nil,
            questions: questions.map { question in
                SatisfactionFigures.Question(
                    id: question.id,
                    text: question.vi,
                    tally: SatisfactionTally(answers.compactMap { $0.scores[question.id] })
                )
            },
            byLeader: groups(\.leaderID),
            byDepartment: groups(\.departmentID),
            byChannel: groups(\.channel),
            byContact: groups(\.contactKind),
            byMonth: groups(\.period)
        )
    }

    /// The months asked for, first and last; twelve months to `today`'s by default.
    static func months(from: String?, to: String?, today: CivilDate) throws -> (first: CivilDate, last: CivilDate) {
        var errors: [FieldIssue] = []
        func parse(_ text: String?, _ field: String) -> CivilDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            let parts = text.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), (2000...2100).contains(year),
                let day = CivilDate(year: year, month: month, day: 1)
            else {
                errors.append(FieldIssue(field: field, message: "a month written YYYY-MM, such as 2026-07"))
                return nil
            }
            return day
        }
        let thisMonth = CivilDate(today.year, today.month, 1)
        let last = parse(to, "to") ?? thisMonth
        let first = parse(from, "from") ?? CivilDate(last.month == 12 ? last.year : last.year - 1, last.month == 12 ? 1 : last.month + 1, 1)
        if errors.isEmpty, first > last { errors.append(FieldIssue(field: "from", message: "must not be after 'to'")) }
        guard errors.isEmpty else { throw OfficeError.invalid(errors) }
        return (first, last)
    }
}
