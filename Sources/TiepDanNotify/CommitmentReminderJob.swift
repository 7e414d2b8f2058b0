import Foundation
public import Logging
public import ServiceLifecycle
public import TiepDanCore
public import TiepDanStore

/// Runs beside the server: every few minutes it queues the commitment reminders that are due
/// (`CommitmentRepository.queueReminders`), which the notification worker then delivers. Safe to
/// run on every instance: each reminder is claimed once in the database.
public struct CommitmentReminderJob: Service {
    let commitments: CommitmentRepository
    let calendar: HolidayCalendar
    let workingDaysBefore: Int
    let interval: Duration
    let logger: Logger

    /// A job reminding owners `workingDaysBefore` working days before each deadline, and on the
    /// first overdue day.
    public init(
        commitments: CommitmentRepository,
        calendar: HolidayCalendar,
        workingDaysBefore: Int,
        interval: Duration = .seconds(300),
        logger: Logger
    ) {
        self.commitments = commitments
        self.calendar = calendar
        self.workingDaysBefore = workingDaysBefore
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await ReminderRounds.run(every: interval, what: "commitment reminders", logger: logger) {
            try await commitments.queueReminders(now: Date(), workingDaysBefore: workingDaysBefore, calendar: calendar)
        }
    }
}
