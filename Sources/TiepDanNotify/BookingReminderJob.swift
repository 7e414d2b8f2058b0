import Foundation
public import Logging
public import ServiceLifecycle
public import TiepDanCore
public import TiepDanStore

/// Runs beside the server: every minute it queues the booking reminders that are due
/// (`BookingRepository.queueReminders`), which the notification worker then delivers. Safe to run on every instance:
/// each reminder is claimed once in the database.
public struct BookingReminderJob: Service {
    let bookings: BookingRepository
    let rule: ReminderRule
    let calendar: HolidayCalendar
    let composer: any NoticeComposer
    let interval: Duration
    let logger: Logger

    /// A job reminding citizens as `rule` says.
    public init(
        bookings: BookingRepository,
        rule: ReminderRule,
        calendar: HolidayCalendar,
        composer: any NoticeComposer,
        interval: Duration = .seconds(60),
        logger: Logger
    ) {
        self.bookings = bookings
        self.rule = rule
        self.calendar = calendar
        self.composer = composer
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await ReminderRounds.run(every: interval, what: "booking reminders", logger: logger) {
            try await bookings.queueReminders(now: Date(), rule: rule, calendar: calendar, composer: composer)
        }
    }
}
