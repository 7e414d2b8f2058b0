public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Stops and restarts a case's clock: a temporary suspension or a clarification awaited stops it on the
/// organisation's day, and restarting moves the deadline by exactly the time stopped (`DeadlineRule.due(_:stoppedOn:…)`),
/// in calendar days or working days as the deadline counts. One rule for staff and citizens.
public struct CaseClock: Sendable {
    let schedules: ScheduleRepository
    let holidays: HolidayCalendar
    let deadlines: DeadlineRules
    let now: @Sendable () -> Date

    /// A clock over the holidays and deadline rules; `now` is moved by tests.
    public init(
        schedules: ScheduleRepository,
        holidays: HolidayCalendar,
        deadlines: DeadlineRules,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.schedules = schedules
        self.holidays = holidays
        self.deadlines = deadlines
        self.now = now
    }

    /// The organisation's day today.
    public func today(_ record: QuestionRecord) async throws -> CivilDate {
        ZoneClock(try await schedules.timeZone(organisationID: record.organisationID)).day(of: now())
    }

    /// The change that stops the clock today, with `note` in the history.
    public func stopping(_ record: QuestionRecord, note: String) async throws -> QuestionChange {
        QuestionChange(note: note, clockStoppedOn: try await today(record))
    }

    /// The change that restarts it today, moving the due date by the time stopped.
    public func restarting(_ record: QuestionRecord, note: String?) async throws -> QuestionChange {
        let today = try await today(record)
        let rule = deadlines.rule(record.category)
        let holidays = holidays
        return QuestionChange(
            note: note,
            restartedDue: { stopped in
                rule.due(
                    stopped.dueDate,
                    stoppedOn: stopped.clockStoppedOn ?? today,
                    restartedOn: today,
                    inWorkingDays: rule.countsWorkingDays(in: stopped.resumeStatus ?? .submitted),
                    calendar: holidays
                )
            }
        )
    }
}
